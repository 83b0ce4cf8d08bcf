package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Budget} of {@code docs/plan.schema.json}. */
public class PlainBudget {
  public List<String> sources;
  public List<PlainBudgetLine> lines;
  /**
   * An amount: the schema's {@code oneOf} of a number (đồng) or an object {@code {"amount",
   * "currency"}}. Plain databind reads it untyped: a {@link Number}, or a {@code Map} for the
   * object form.
   */
  public Object total;
  public List<PlainApprovalStep> approvalChain;
  public String text;
}
