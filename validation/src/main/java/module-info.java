/**
 * Validation of kehoach plans: the Bean Validation constraints of the model and the domain rules
 * that a single field cannot express, in one pass, with a report in Vietnamese and English.
 *
 * <p>The constraints are checked by a walk built once from the model's annotations; Hibernate
 * Validator is the reference it is tested against, and is bootstrapped only by that test.
 *
 * <p>The validators of the constraints declared in {@code io.kehoach.plan.constraints} are
 * registered as services, so any Jakarta Validation provider on the path enforces them.
 */
module io.kehoach.validation {
  requires transitive io.kehoach.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.validation;
  // Hibernate Validator instantiates the constraint validators reflectively.
  exports io.kehoach.validation.internal to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      io.kehoach.validation.internal.IdentifierValidator,
      io.kehoach.validation.internal.PlainTextValidator,
      io.kehoach.validation.internal.SingleScriptValidator,
      io.kehoach.validation.internal.WholeVndValidator,
      io.kehoach.validation.internal.OrderedPeriodValidator;
}
