package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Objective} of {@code docs/plan.schema.json}. */
public class PlainObjective {
  public String id;
  public String statement;
  public List<PlainMeasurableTarget> targets;
}
