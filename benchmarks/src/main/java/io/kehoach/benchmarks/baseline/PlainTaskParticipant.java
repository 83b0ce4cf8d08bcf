package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/TaskParticipant} of {@code docs/plan.schema.json}. */
public class PlainTaskParticipant {
  public String bodyId;
  public String role;
}
