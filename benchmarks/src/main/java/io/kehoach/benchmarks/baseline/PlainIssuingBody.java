package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/IssuingBody} of {@code docs/plan.schema.json} (the plan's {@code issuer}). */
public class PlainIssuingBody {
  public String name;
  public String superiorBody;
  public String bodyId;
  public String agencyId;
}
