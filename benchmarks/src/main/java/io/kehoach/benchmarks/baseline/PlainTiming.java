package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/Timing} of {@code docs/plan.schema.json}. */
public class PlainTiming {
  public String kind;
  public String start;
  public String end;
}
