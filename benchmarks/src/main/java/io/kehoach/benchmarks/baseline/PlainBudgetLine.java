package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/BudgetLine} of {@code docs/plan.schema.json}. */
public class PlainBudgetLine {
  public String id;
  public String description;
  /**
   * An amount: the schema's {@code oneOf} of a number (đồng) or an object {@code {"amount",
   * "currency"}}. Plain databind reads it untyped: a {@link Number}, or a {@code Map} for the
   * object form.
   */
  public Object amount;
  public String source;
  public List<String> taskIds;
}
