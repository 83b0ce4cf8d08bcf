package io.kehoach.examples;

import io.kehoach.plan.Plan;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.ValidationProfile;
import java.util.Locale;
import java.util.Map;

/**
 * Validates every seed plan under its profile: the Bình Phước plan as an issued document, the
 * press summaries as drafts; prints each report in English.
 */
public final class ValidateSeedPlans {
  private ValidateSeedPlans() {}

  /** Prints the five reports. */
  public static void main(String[] args) {
    PlanValidator validator = PlanValidator.create();
    for (Map.Entry<String, Plan> e : SeedPlans.all().entrySet()) {
      ValidationProfile profile = e.getKey().startsWith("003") ? ValidationProfile.ISSUED : ValidationProfile.DRAFT;
      System.out.println("== seed " + e.getKey());
      System.out.print(validator.validate(e.getValue(), profile).format(Locale.ENGLISH));
    }
  }
}
