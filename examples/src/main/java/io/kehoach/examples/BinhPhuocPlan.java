package io.kehoach.examples;

import io.kehoach.plan.Plan;

/**
 * The README's first command: builds the Bình Phước plan of 2017 (seed 003) and prints what it
 * holds, with the reporting calendar computed from its two reporting rules.
 */
public final class BinhPhuocPlan {
  private BinhPhuocPlan() {}

  /** Prints the summary. */
  public static void main(String[] args) {
    Plan plan = BinhPhuoc2017.plan();
    PlanSummary.print(plan, System.out);
  }
}
