package io.kehoach.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.SingleScript;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application that builds its own validator (as Spring does) enforces kehoach's constraints
 * too: their validators are registered as services by this module.
 */
class PlainBeanValidationTest {

  @Test
  void defaultFactory_enforcesKehoachConstraints() {
    Plan plan = Plans.validBuilder()
        .addBody(ResponsibleBody.of("so noi vu", "Sở Nội vụ", BodyKind.DEPARTMENT))
        .subject("Kế hoạch\u0000")
        .signature(Signature.of("CHỦ TỊCH", "Trần Văn Tо"))
        .build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Plan>> violations = validator.validate(plan);
      Set<String> found = violations.stream()
          .map(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName() + " "
              + v.getPropertyPath())
          .collect(Collectors.toSet());
      assertThat(found).containsExactlyInAnyOrder(
          Identifier.class.getSimpleName() + " bodies[4].id",
          PlainText.class.getSimpleName() + " subject",
          SingleScript.class.getSimpleName() + " signature.name");
    }
  }

  @Test
  void defaultFactory_acceptsAValidPlan() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(Plans.valid())).isEmpty();
    }
  }
}
