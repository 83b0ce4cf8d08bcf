package io.kehoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.validation.Finding;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.Severity;
import io.kehoach.validation.ValidationProfile;
import io.kehoach.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The seed plans validate under their profiles with the findings expected of them. */
class SeedPlansValidationTest {

  private static final PlanValidator VALIDATOR = PlanValidator.create();

  @Test
  void binhPhuoc_asIssued_hasNoFinding() {
    ValidationReport report = VALIDATOR.validate(BinhPhuoc2017.plan(), ValidationProfile.ISSUED);
    assertThat(report.getFindings()).as(report.toString()).isEmpty();
  }

  @Test
  void pressSummaries_asDrafts_haveNoFinding() {
    SeedPlans.all().forEach((seed, plan) -> {
      if (!seed.startsWith("003")) {
        ValidationReport report = VALIDATOR.validate(plan, ValidationProfile.DRAFT);
        assertThat(report.getFindings()).as(seed + "\n" + report).isEmpty();
      }
    });
  }

  @Test
  void pressSummaries_asIssued_lackWhatAnArticleDoesNotGive() {
    assertThat(errors(PressSummaries.socTrang2017To2020()))
        .containsExactly("place.missing", "recipients.missing", "signature.missing");
    assertThat(errors(PressSummaries.hoChiMinhCity2017()))
        .containsExactly("date.issue-missing", "number.missing", "place.missing", "recipients.missing",
            "signature.missing");
    assertThat(errors(PressSummaries.dakLak2018()))
        .containsExactly("date.issue-missing", "number.missing", "place.missing", "recipients.missing",
            "signature.missing");
  }

  @Test
  void binhPhuoc_withAMistypedNumber_warnsTwice() {
    ValidationReport report = VALIDATOR.validate(BinhPhuoc2017.plan()
        .withNumber(io.kehoach.plan.DocumentNumber.parse("5/Kh-UBND")));
    assertThat(report.isValid()).isTrue();
    assertThat(report.findings(Severity.WARNING)).extracting(Finding::getRuleCode)
        .containsExactly("number.leading-zero", "number.type-case");
  }

  private static java.util.List<String> errors(io.kehoach.plan.Plan plan) {
    return VALIDATOR.validate(plan, ValidationProfile.ISSUED).findings(Severity.ERROR).stream()
        .map(Finding::getRuleCode).sorted().collect(java.util.stream.Collectors.toList());
  }
}
