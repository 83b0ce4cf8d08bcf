package io.kehoach.plan.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount in Vietnamese đồng without minor units, as every amount of a plan's budget must be:
 * {@code 150.000.000 đồng} is valid, {@code 10,5 đồng} and {@code 100 USD} are not.
 *
 * <p>Null is valid. Validated by {@code kehoach-validation}; rule code {@code money.whole-vnd}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface WholeVnd {
  /** The message key; kehoach reports its own bilingual message for rule {@code money.whole-vnd}. */
  String message() default "{io.kehoach.constraints.WholeVnd.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
