package io.kehoach.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.plan.Plan;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

  private static final PlanValidator VALIDATOR = PlanValidator.create();

  @Test
  void validPlan_hasNoFinding() {
    ValidationReport report = VALIDATOR.validate(Plans.valid());
    assertThat(report.getFindings()).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThat(report.getProfile()).isEqualTo(ValidationProfile.ISSUED);
  }

  @Test
  void validateOrThrow_returnsValidPlan_throwsWithReport() {
    Plan valid = Plans.valid();
    assertThat(VALIDATOR.validateOrThrow(valid)).isSameAs(valid);
    Plan broken = Plans.validBuilder().subject(" ").build();
    assertThatThrownBy(() -> VALIDATOR.validateOrThrow(broken))
        .isInstanceOf(PlanValidationException.class)
        .hasMessageContaining("1 error").hasMessageContaining("value.required")
        .satisfies(e -> {
          PlanValidationException x = (PlanValidationException) e;
          assertThat(x.getReport().findings(Severity.ERROR)).hasSize(1);
          assertThat(x.getLocation().get().getPointer()).contains("/subject");
          assertThat(x.getMessage(Locale.forLanguageTag("vi"))).contains("Kế hoạch không hợp lệ");
        });
  }

  @Test
  void builder_disableAndSeverity() {
    Plan broken = Plans.validBuilder().subject(" ").build();
    PlanValidator lenient = PlanValidator.builder().severity(RuleCatalogue.VALUE_REQUIRED, Severity.WARNING).build();
    ValidationReport r = lenient.validate(broken);
    assertThat(r.isValid()).isTrue();
    assertThat(r.findings(Severity.WARNING)).extracting(Finding::getRuleCode).containsExactly("value.required");
    PlanValidator off = PlanValidator.builder().disable(RuleCatalogue.VALUE_REQUIRED).build();
    assertThat(off.validate(broken).getFindings()).isEmpty();
  }

  @Test
  void builder_unknownCode_isRejected() {
    assertThatThrownBy(() -> PlanValidator.builder().disable("no.such-rule"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such-rule");
  }

  @Test
  void report_format_inBothLanguages() {
    Plan broken = Plans.validBuilder().subject(" ").build();
    ValidationReport r = VALIDATOR.validate(broken);
    assertThat(r.format(Locale.ENGLISH)).startsWith("Not valid (Issued document): 1 errors, 0 warnings, 0 notes")
        .contains("Error  value.required  /subject  A required value is blank");
    assertThat(r.format(Locale.forLanguageTag("vi"))).startsWith("Không hợp lệ (Văn bản ban hành): 1 lỗi")
        .contains("Lỗi  value.required  /subject  Thiếu giá trị bắt buộc");
  }

  @Test
  void findings_areOrderedByPointerNumerically() {
    Plan.Builder b = Plans.validBuilder();
    for (int i = 0; i < 12; i++) {
      b.addObjective(io.kehoach.plan.Objective.of("o" + i, i == 2 || i == 10 ? " " : "x"));
    }
    ValidationReport r = VALIDATOR.validate(b.build());
    assertThat(r.getFindings()).extracting(Finding::getPointer)
        .containsExactly("/objectives/3/statement", "/objectives/11/statement");
  }
}
