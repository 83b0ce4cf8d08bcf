package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/AdministrativeProcedure} of {@code docs/plan.schema.json}. */
public class PlainAdministrativeProcedure {
  /** A procedure code as written (e.g. {@code "1.001612"}); not parsed. */
  public String code;
  public String name;
  public String field;
  public String fieldCode;
  public String level;
  public Boolean oneStopShop;
  public String onlineServiceLevel;
}
