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
 * Text without control characters (other than line breaks and tabs where {@link #multiline()}
 * allows them), without bidirectional overrides (U+202A–U+202E, U+2066–U+2069), and without the
 * replacement character U+FFFD that marks text lost in a wrong decoding.
 *
 * <p>Null is valid. Validated by {@code kehoach-validation}; rule code {@code text.control-characters}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface PlainText {
  /** The message key; kehoach reports its own bilingual message for rule {@code text.control-characters}. */
  String message() default "{io.kehoach.constraints.PlainText.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** Whether line feeds and tabs are allowed (paragraphs kept as written). */
  boolean multiline() default false;
}
