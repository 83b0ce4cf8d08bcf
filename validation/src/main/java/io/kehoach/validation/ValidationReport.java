package io.kehoach.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of validating one plan: the profile used and every finding, ordered by place in the
 * plan. Valid means no finding is an {@linkplain Severity#ERROR error}; warnings and information
 * do not make a plan invalid.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  /** The profile the plan was validated under. */
  public abstract ValidationProfile getProfile();

  /** Every finding, ordered by pointer (list indices numerically), then by rule code. */
  public abstract List<Finding> getFindings();

  /** Whether no finding is an error. */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /** The number of findings of {@code severity}. */
  public long count(Severity severity) {
    return getFindings().stream().filter(f -> f.getSeverity() == severity).count();
  }

  /** The findings of {@code severity}, in report order. */
  public List<Finding> findings(Severity severity) {
    return getFindings().stream().filter(f -> f.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /** The findings of the rule {@code code}, in report order. */
  public List<Finding> findings(String code) {
    return getFindings().stream().filter(f -> f.getRuleCode().equals(code)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The report as lines of text in the language of {@code locale}: a summary line, then one line
   * per finding ({@code lỗi  ref.body  /assignments/1/bodyId  message  [value]}).
   */
  public String format(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    StringBuilder b = new StringBuilder();
    b.append(en ? (isValid() ? "Valid" : "Not valid") : (isValid() ? "Hợp lệ" : "Không hợp lệ"))
        .append(" (").append(getProfile().label(locale)).append("): ")
        .append(count(Severity.ERROR)).append(en ? " errors, " : " lỗi, ")
        .append(count(Severity.WARNING)).append(en ? " warnings, " : " cảnh báo, ")
        .append(count(Severity.INFO)).append(en ? " notes" : " thông tin").append('\n');
    for (Finding f : getFindings()) {
      b.append("  ").append(f.getSeverity().label(locale)).append("  ").append(f.getRuleCode()).append("  ")
          .append(f.getPointer().isEmpty() ? "/" : f.getPointer()).append("  ").append(f.message(locale));
      f.getRejectedValue().ifPresent(v -> b.append("  [").append(v).append(']'));
      b.append('\n');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationReport}. */
  public static final class Builder extends ImmutableValidationReport.Builder {}
}
