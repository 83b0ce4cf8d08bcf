package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanStatusTest {

  @Test
  void lifecycle_happyPath_isAllowed() {
    assertThat(PlanStatus.DRAFT.canTransitionTo(PlanStatus.SUBMITTED)).isTrue();
    assertThat(PlanStatus.SUBMITTED.canTransitionTo(PlanStatus.APPROVED)).isTrue();
    assertThat(PlanStatus.APPROVED.canTransitionTo(PlanStatus.ISSUED)).isTrue();
    assertThat(PlanStatus.ISSUED.canTransitionTo(PlanStatus.IN_PROGRESS)).isTrue();
    assertThat(PlanStatus.IN_PROGRESS.canTransitionTo(PlanStatus.COMPLETED)).isTrue();
  }

  @Test
  void skippingOrGoingBackAfterIssue_isNotAllowed() {
    assertThat(PlanStatus.DRAFT.canTransitionTo(PlanStatus.ISSUED)).isFalse();
    assertThat(PlanStatus.ISSUED.canTransitionTo(PlanStatus.DRAFT)).isFalse();
    assertThat(PlanStatus.COMPLETED.isFinal()).isTrue();
    assertThat(PlanStatus.SUPERSEDED.isFinal()).isTrue();
    assertThat(PlanStatus.SUBMITTED.canTransitionTo(PlanStatus.DRAFT)).isTrue();
  }

  @Test
  void noStateMovesToItself() {
    for (PlanStatus s : PlanStatus.values()) {
      assertThat(s.canTransitionTo(s)).as(s.name()).isFalse();
    }
  }

  @Test
  void isIssued_fromIssuedOn() {
    assertThat(PlanStatus.APPROVED.isIssued()).isFalse();
    assertThat(PlanStatus.ISSUED.isIssued()).isTrue();
    assertThat(PlanStatus.SUPERSEDED.isIssued()).isTrue();
  }
}
