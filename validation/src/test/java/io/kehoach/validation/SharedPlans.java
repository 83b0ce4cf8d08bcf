package io.kehoach.validation;

import io.kehoach.plan.Plan;

/** {@link Plans} for the tests of {@code io.kehoach.validation.internal}. */
public final class SharedPlans {
  private SharedPlans() {}

  /** {@link Plans#validBuilder()}. */
  public static Plan.Builder validBuilder() {
    return Plans.validBuilder();
  }

  /** {@link Plans#valid()}. */
  public static Plan valid() {
    return Plans.valid();
  }
}
