package io.kehoach.validation;

import io.kehoach.LocalizedText;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of the {@linkplain RuleCatalogue catalogue}: a stable code ({@code "ref.body"}), what
 * it checks in Vietnamese and English, its source (an article of Decree 30/2020/NĐ-CP, or "domain
 * practice"), and its severity under each profile (none where the profile does not apply it).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Rule {
  Rule() {}

  /** The stable code, such as {@code "ref.body"}. */
  public abstract String getCode();

  /** What the rule checks; also the message of its findings. */
  public abstract LocalizedText getDescription();

  /** Where the rule comes from, such as {@code "Decree 30/2020/NĐ-CP, Appendix I"} or {@code "domain practice"}. */
  public abstract String getSource();

  /** Whether the rule is checked by Bean Validation constraints on the model (else by a domain rule). */
  @Value.Default
  public boolean isBeanValidation() {
    return false;
  }

  /** The severity under each profile; a profile missing from the map does not apply the rule. */
  public abstract Map<ValidationProfile, Severity> getSeverities();

  /** The severity under {@code profile}, or empty when the profile does not apply the rule. */
  public Optional<Severity> severity(ValidationProfile profile) {
    return Optional.ofNullable(getSeverities().get(profile));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rule}. */
  public static final class Builder extends ImmutableRule.Builder {}
}
