package io.kehoach.validation.internal;

import io.kehoach.plan.Money;
import io.kehoach.plan.constraints.WholeVnd;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link WholeVnd}: the amount is in VND and has no fraction. */
public final class WholeVndValidator implements ConstraintValidator<WholeVnd, Money> {

  @Override
  public boolean isValid(Money value, ConstraintValidatorContext context) {
    return value == null || value.isWholeVnd();
  }
}
