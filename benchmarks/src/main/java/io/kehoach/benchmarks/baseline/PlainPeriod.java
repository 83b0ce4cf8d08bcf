package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/Period} of {@code docs/plan.schema.json}. */
public class PlainPeriod {
  public String start;
  public String end;
}
