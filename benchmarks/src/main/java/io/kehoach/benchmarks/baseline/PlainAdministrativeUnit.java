package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/AdministrativeUnit} of {@code docs/plan.schema.json}. */
public class PlainAdministrativeUnit {
  public String code;
  public String name;
  public String level;
  public String validFrom;
  public String validUntil;
  public String successorCode;
}
