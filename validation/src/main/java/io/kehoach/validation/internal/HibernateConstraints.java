package io.kehoach.validation.internal;

import io.kehoach.plan.Plan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;

/**
 * The reference for the Bean Validation constraints of a plan: Hibernate Validator, bootstrapped on
 * first use (about 0.6 s in a fresh JVM), each violation turned into (rule code, JSON Pointer,
 * invalid value). {@link ConstraintWalk} must give exactly the same; its differential test compares
 * the two. Thread-safe.
 */
final class HibernateConstraints {
  private HibernateConstraints() {}

  private static final class Holder {
    static final Validator VALIDATOR = build();
  }

  private static Validator build() {
    // Messages are kehoach's own: no message template is ever interpolated, so no EL is needed
    // and user input can never reach an expression.
    MessageInterpolator none = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return template;
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return template;
      }
    };
    return Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(none)
        .buildValidatorFactory()
        .getValidator();
  }

  /** Validates {@code plan} with Hibernate Validator and reports each violation to {@code sink}. */
  static void walk(Plan plan, ConstraintWalk.Sink sink) {
    for (ConstraintViolation<Plan> v : Holder.VALIDATOR.validate(plan)) {
      sink.violation(Engine.code(v.getConstraintDescriptor().getAnnotation().annotationType()),
          pointer(v.getPropertyPath()), v.getInvalidValue());
    }
  }

  /** The JSON Pointer of a Bean Validation property path: {@code objectives[2].statement} is {@code /objectives/2/statement}. */
  static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable()) {
        if (n.getIndex() != null) {
          b.append('/').append(n.getIndex());
        } else if (n.getKey() != null) {
          b.append('/').append(Engine.Findings.escape(n.getKey().toString()));
        }
      }
      if (n.getKind() == ElementKind.PROPERTY) {
        b.append('/').append(Engine.Findings.escape(n.getName()));
      }
    }
    return b.toString();
  }
}
