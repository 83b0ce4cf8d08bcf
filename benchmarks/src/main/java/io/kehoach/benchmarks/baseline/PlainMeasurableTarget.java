package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/MeasurableTarget} of {@code docs/plan.schema.json}. */
public class PlainMeasurableTarget {
  public String indicator;
  public Double targetValue;
  public String unit;
  public String dueDate;
}
