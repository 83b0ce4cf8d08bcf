package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasurableTargetTest {

  @Test
  void indicatorRequired_restOptional() {
    MeasurableTarget t = MeasurableTarget.builder().indicator("PAR INDEX").build();
    assertThat(t.getTargetValue()).isEmpty();
    assertThat(t.withTargetValue(BigDecimal.valueOf(85)).getTargetValue()).contains(BigDecimal.valueOf(85));
    assertThatThrownBy(() -> MeasurableTarget.builder().build()).isInstanceOf(IllegalStateException.class);
  }
}
