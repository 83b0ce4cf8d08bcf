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
 * An identifier declared once in a plan and referred to elsewhere, such as {@code "so-tu-phap"}:
 * 1 to 100 characters, ASCII letters and digits, then also {@code . _ : -}.
 *
 * <p>Null is valid. Validated by {@code kehoach-validation}; rule code {@code id.format}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface Identifier {
  /** The message key; kehoach reports its own bilingual message for rule {@code id.format}. */
  String message() default "{io.kehoach.constraints.Identifier.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
