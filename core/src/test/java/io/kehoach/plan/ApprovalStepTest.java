package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApprovalStepTest {

  @Test
  void of_holdsStageAndBody() {
    ApprovalStep s = ApprovalStep.of(BudgetStage.APPRAISE, "so-tai-chinh");
    assertThat(s.getStage()).isEqualTo(BudgetStage.APPRAISE);
    assertThat(s).hasToString("appraise:so-tai-chinh").isEqualTo(ApprovalStep.of(BudgetStage.APPRAISE, "so-tai-chinh"));
  }
}
