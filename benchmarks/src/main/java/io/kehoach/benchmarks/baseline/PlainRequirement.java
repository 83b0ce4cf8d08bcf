package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Requirement} of {@code docs/plan.schema.json}. */
public class PlainRequirement {
  public String id;
  public String statement;
  public List<PlainMeasurableTarget> targets;
}
