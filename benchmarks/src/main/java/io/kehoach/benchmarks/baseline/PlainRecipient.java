package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/Recipient} of {@code docs/plan.schema.json}. */
public class PlainRecipient {
  public String name;
  public String purpose;
  public String bodyId;
  public String agencyId;
}
