package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Assignment} of {@code docs/plan.schema.json}. */
public class PlainAssignment {
  public String id;
  public String bodyId;
  public String role;
  public String text;
  public List<PlainTask> tasks;
}
