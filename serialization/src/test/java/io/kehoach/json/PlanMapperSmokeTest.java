package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanMapperSmokeTest {
  @Test
  void print() {
    PlanMapper m = PlanMapper.create();
    String y = m.write(PlanFormat.YAML, TestPlans.rich());
    System.out.println(y);
    String j = m.write(PlanFormat.JSON, TestPlans.rich());
    System.out.println(j.substring(0, 600));
    assertThat(m.read(PlanFormat.YAML, y).getPlan()).isEqualTo(TestPlans.rich());
    assertThat(m.read(PlanFormat.JSON, j).getPlan()).isEqualTo(TestPlans.rich());
  }
}
