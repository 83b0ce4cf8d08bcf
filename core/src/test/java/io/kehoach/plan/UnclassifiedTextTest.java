package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnclassifiedTextTest {

  @Test
  void keepsSectionAndText() {
    UnclassifiedText t = UnclassifiedText.of(PlanSection.IMPLEMENTATION, "Ghi chú");
    assertThat(t.getSection()).isEqualTo(PlanSection.IMPLEMENTATION);
    assertThat(t.getText()).isEqualTo("Ghi chú");
  }
}
