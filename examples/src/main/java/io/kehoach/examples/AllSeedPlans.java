package io.kehoach.examples;

import io.kehoach.plan.Plan;
import java.util.Map;

/** Prints every seed document as the plan kehoach holds for it. */
public final class AllSeedPlans {
  private AllSeedPlans() {}

  /** Prints the five summaries. */
  public static void main(String[] args) {
    for (Map.Entry<String, Plan> e : SeedPlans.all().entrySet()) {
      System.out.println("== seed " + e.getKey());
      PlanSummary.print(e.getValue(), System.out);
      System.out.println();
    }
  }
}
