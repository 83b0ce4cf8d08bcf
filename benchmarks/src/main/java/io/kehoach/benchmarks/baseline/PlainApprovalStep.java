package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/ApprovalStep} of {@code docs/plan.schema.json}. */
public class PlainApprovalStep {
  public String stage;
  public String bodyId;
}
