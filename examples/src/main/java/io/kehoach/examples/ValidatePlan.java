package io.kehoach.examples;

import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Plan;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.ValidationReport;
import java.util.Locale;

/** The validation example of the README: validate a plan and print the report. */
public final class ValidatePlan {
  private ValidatePlan() {}

  /** Validates the Bình Phước plan with its number mistyped as {@code 5/Kh-UBND}. */
  public static void main(String[] args) {
    Plan plan = BinhPhuoc2017.plan().withNumber(DocumentNumber.parse("5/Kh-UBND"));
    // README:begin
    PlanValidator validator = PlanValidator.create();          // build once, share across threads
    ValidationReport report = validator.validate(plan);        // profile "issued"; also draft, imported
    System.out.print(report.format(Locale.ENGLISH));           // or LocalizedText.VIETNAMESE
    // README:end
  }
}
