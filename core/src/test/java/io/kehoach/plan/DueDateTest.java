package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDateTest {

  @Test
  void order_byDateThenFrequency() {
    DueDate yearly = DueDate.of(LocalDate.of(2017, 12, 31), ReportingFrequency.YEARLY, Period.ofYear(2017));
    DueDate half = DueDate.of(LocalDate.of(2017, 12, 31), ReportingFrequency.SIX_MONTHLY, Period.ofYear(2017));
    DueDate june = DueDate.of(LocalDate.of(2017, 6, 30), ReportingFrequency.YEARLY, Period.ofYear(2017));
    assertThat(java.util.stream.Stream.of(yearly, half, june).sorted()).containsExactly(june, half, yearly);
    assertThat(half.withRule("r").getRuleId()).contains("r");
  }
}
