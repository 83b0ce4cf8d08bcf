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
 * A name whose letters all come from one script, so that look-alike letters cannot pass for one
 * another: {@code "Sở Tư pháp"} is valid, the same name with a Cyrillic {@code о} (U+043E) for
 * the Latin {@code o} is not.
 *
 * <p>Null is valid. Validated by {@code kehoach-validation}; rule code {@code text.mixed-scripts}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface SingleScript {
  /** The message key; kehoach reports its own bilingual message for rule {@code text.mixed-scripts}. */
  String message() default "{io.kehoach.constraints.SingleScript.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
