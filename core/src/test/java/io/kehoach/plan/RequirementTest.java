package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequirementTest {

  @Test
  void statement_isNormalised_andTargetsOptional() {
    Requirement o = Requirement.of("x1", Normalizer.normalize("Nâng cao chỉ số cải cách hành chính", Normalizer.Form.NFD));
    assertThat(o.getStatement()).isEqualTo("Nâng cao chỉ số cải cách hành chính");
    assertThat(o.getTargets()).isEmpty();
  }

  @Test
  void targets_areKept() {
    MeasurableTarget t = MeasurableTarget.builder().indicator("SIPAS").targetValue(new BigDecimal("80")).unit("%")
        .dueDate(LocalDate.of(2025, 12, 31)).build();
    Requirement o = Requirement.builder().id("x1").statement("Hài lòng").addTarget(t).build();
    assertThat(o.getTargets()).containsExactly(t);
    assertThat(o.withStatement("khác")).isNotEqualTo(o);
  }
}
