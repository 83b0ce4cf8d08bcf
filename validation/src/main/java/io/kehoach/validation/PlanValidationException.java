package io.kehoach.validation;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;

/**
 * A plan that failed validation, thrown by {@link PlanValidator#validateOrThrow}; carries the full
 * report. The message names the number of errors and the first of them, in both languages.
 *
 * @since 0.1
 */
public class PlanValidationException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /**
   * Creates an exception for a report with at least one error.
   *
   * @param report the report, not null
   */
  public PlanValidationException(ValidationReport report) {
    super(text(report), report.findings(Severity.ERROR).stream().findFirst()
        .map(f -> Location.atPointer(f.getPointer())).orElse(null));
    this.report = report;
  }

  private static LocalizedText text(ValidationReport report) {
    long errors = report.count(Severity.ERROR);
    Finding first = report.findings(Severity.ERROR).stream().findFirst().orElse(null);
    String vi = "Kế hoạch không hợp lệ: " + errors + " lỗi";
    String en = "The plan is not valid: " + errors + (errors == 1 ? " error" : " errors");
    if (first != null) {
      vi += "; lỗi đầu tiên [" + first.getRuleCode() + "] " + first.getMessage().vi();
      en += "; first [" + first.getRuleCode() + "] " + first.getMessage().en();
    }
    return LocalizedText.of(vi, en);
  }

  /** The report, with every finding. */
  public ValidationReport getReport() {
    return report;
  }
}
