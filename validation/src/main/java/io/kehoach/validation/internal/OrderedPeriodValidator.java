package io.kehoach.validation.internal;

import io.kehoach.plan.Period;
import io.kehoach.plan.constraints.OrderedPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link OrderedPeriod}: the start is not after the end. */
public final class OrderedPeriodValidator implements ConstraintValidator<OrderedPeriod, Period> {

  @Override
  public boolean isValid(Period value, ConstraintValidatorContext context) {
    return value == null || value.isOrdered();
  }
}
