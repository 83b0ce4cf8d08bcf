package io.kehoach.validation;

import io.kehoach.plan.Plan;
import io.kehoach.validation.internal.Engine;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates plans: Bean Validation of every part of the model and the domain rules of the
 * {@linkplain RuleCatalogue catalogue}, in one pass, into an immutable {@link ValidationReport}.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.create();          // once; keep it
 * ValidationReport report = validator.validate(plan);        // profile "issued"
 * if (!report.isValid()) System.out.print(report.format(Locale.ENGLISH));
 * }</pre>
 *
 * <p>The first validation in a JVM reads the model's Bean Validation constraints once (about
 * 0.1 s, without bootstrapping a Bean Validation provider) into a walk shared by every validator;
 * validating is cheap. A validator is immutable,
 * thread-safe and meant to be shared. Each rule runs in time linear in the size of the plan.
 *
 * @since 0.1
 */
public final class PlanValidator {
  private final ValidationProfile profile;
  private final Map<String, Optional<Severity>> overrides;
  private final Engine engine;

  private PlanValidator(Builder b) {
    this.profile = b.profile;
    this.overrides = Map.copyOf(b.overrides);
    this.engine = Engine.shared();
  }

  /** A validator with the {@link ValidationProfile#ISSUED} profile and every rule at its catalogue severity. */
  public static PlanValidator create() {
    return builder().build();
  }

  /** A builder, to choose the profile and switch rules off or change their severity. */
  public static Builder builder() {
    return new Builder();
  }

  /** The profile used by {@link #validate(Plan)}. */
  public ValidationProfile getProfile() {
    return profile;
  }

  /**
   * Validates {@code plan} under this validator's profile.
   *
   * @param plan the plan, not null
   */
  public ValidationReport validate(Plan plan) {
    return validate(plan, profile);
  }

  /**
   * Validates {@code plan} under {@code profile}.
   *
   * @param plan the plan, not null
   * @param profile the profile, not null
   */
  public ValidationReport validate(Plan plan, ValidationProfile profile) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(profile, "profile");
    return engine.validate(plan, null, profile, overrides);
  }

  /**
   * Validates {@code after} as a change of {@code before}: every rule on {@code after}, and the
   * lifecycle rule {@value RuleCatalogue#STATUS_TRANSITION} on the change of status.
   *
   * @param before the plan as it was, not null
   * @param after the plan as it is to become, not null
   */
  public ValidationReport validateChange(Plan before, Plan after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    return engine.validate(after, before, profile, overrides);
  }

  /**
   * Validates {@code plan} and returns it when valid.
   *
   * @param plan the plan, not null
   * @return {@code plan}
   * @throws PlanValidationException if the report has an error; it carries the report
   */
  public Plan validateOrThrow(Plan plan) {
    ValidationReport report = validate(plan);
    if (!report.isValid()) {
      throw new PlanValidationException(report);
    }
    return plan;
  }

  /** Chooses the profile and the rules of a {@link PlanValidator}. */
  public static final class Builder {
    private ValidationProfile profile = ValidationProfile.ISSUED;
    private final Map<String, Optional<Severity>> overrides = new HashMap<>();

    private Builder() {}

    /** The profile used by {@link PlanValidator#validate(Plan)}; {@link ValidationProfile#ISSUED} by default. */
    public Builder profile(ValidationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Switches off the rule {@code code} in every profile.
     *
     * @throws IllegalArgumentException if no rule has that code
     */
    public Builder disable(String code) {
      overrides.put(known(code), Optional.empty());
      return this;
    }

    /**
     * Gives the rule {@code code} the severity {@code severity} in every profile.
     *
     * @throws IllegalArgumentException if no rule has that code
     */
    public Builder severity(String code, Severity severity) {
      overrides.put(known(code), Optional.of(Objects.requireNonNull(severity, "severity")));
      return this;
    }

    private static String known(String code) {
      if (RuleCatalogue.rule(Objects.requireNonNull(code, "code")).isEmpty()) {
        throw new IllegalArgumentException("no validation rule has the code '" + code
            + "'; the codes are listed by RuleCatalogue.rules() and in docs/rules.md");
      }
      return code;
    }

    /** The validator. */
    public PlanValidator build() {
      return new PlanValidator(this);
    }
  }
}
