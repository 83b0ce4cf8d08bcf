package io.kehoach.validation;

import io.kehoach.LocalizedText;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a plan: rule {@code ref.body}, severity error, at
 * {@code /assignments/1/bodyId}, "Mã cơ quan không có trong danh sách cơ quan của kế hoạch" /
 * "The body id is not declared among the plan's bodies", rejected value {@code "so-tu-phap"}.
 *
 * <p>The pointer is a JSON Pointer (RFC 6901) into the plan as the JSON format writes it; the
 * rejected value is the offending text, cut to 200 characters with control characters shown as
 * {@code U+XXXX}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** The code of the rule that found it, such as {@code "ref.body"}. */
  public abstract String getRuleCode();

  /** How serious it is under the profile used. */
  public abstract Severity getSeverity();

  /** Where in the plan: a JSON Pointer such as {@code "/assignments/1/bodyId"}; {@code ""} is the plan itself. */
  public abstract String getPointer();

  /** What is wrong, in Vietnamese and English. */
  public abstract LocalizedText getMessage();

  /** The offending value, made safe to show. */
  public abstract Optional<String> getRejectedValue();

  /** The message in the language of {@code locale} (Vietnamese unless English). */
  public String message(Locale locale) {
    return getMessage().get(locale);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code error ref.body /assignments/1/bodyId: The body id ... ('so-tu-phap')}, in English. */
  @Override
  public String toString() {
    return getSeverity().getCode() + " " + getRuleCode() + " " + (getPointer().isEmpty() ? "/" : getPointer()) + ": "
        + getMessage().en() + getRejectedValue().map(v -> " (" + v + ")").orElse("");
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
