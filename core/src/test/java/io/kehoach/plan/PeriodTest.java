package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void parse_forms_returnPeriod() {
    assertThat(Period.parse("2017")).isEqualTo(Period.ofYear(2017));
    assertThat(Period.parse("năm 2017")).isEqualTo(Period.ofYear(2017));
    assertThat(Period.parse("2017-2020")).isEqualTo(Period.ofYears(2017, 2020));
    assertThat(Period.parse("giai đoạn 2017 – 2020")).isEqualTo(Period.ofYears(2017, 2020));
    assertThat(Period.parse("2017-02-16/2017-12-31"))
        .isEqualTo(Period.of(LocalDate.of(2017, 2, 16), LocalDate.of(2017, 12, 31)));
    assertThat(Period.parse("16/02/2017 - 31/12/2017"))
        .isEqualTo(Period.of(LocalDate.of(2017, 2, 16), LocalDate.of(2017, 12, 31)));
    assertThat(Period.parse("từ ngày 16/02/2017 đến ngày 31/12/2017"))
        .isEqualTo(Period.of(LocalDate.of(2017, 2, 16), LocalDate.of(2017, 12, 31)));
  }

  @Test
  void toString_parsedBack_isEqual() {
    for (Period p : new Period[] {Period.ofYear(2017), Period.ofYears(2017, 2020),
        Period.of(LocalDate.of(2017, 2, 16), LocalDate.of(2017, 12, 31))}) {
      assertThat(Period.parse(p.toString())).isEqualTo(p);
    }
    assertThat(Period.ofYears(2017, 2020)).hasToString("2017-2020");
    assertThat(Period.ofYear(2024)).hasToString("2024");
  }

  @Test
  void containsAndOverlaps_areInclusive() {
    Period p = Period.ofYear(2017);
    assertThat(p.contains(LocalDate.of(2017, 1, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2017, 12, 31))).isTrue();
    assertThat(p.contains(LocalDate.of(2018, 1, 1))).isFalse();
    assertThat(p.overlaps(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 1, 1))).isTrue();
    assertThat(p.overlaps(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))).isFalse();
  }

  @Test
  void reversedPeriod_canBeBuiltAndContainsNothing() {
    Period p = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1));
    assertThat(p.isOrdered()).isFalse();
    assertThat(p.isWholeYears()).isFalse();
    assertThat(p.overlaps(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))).isFalse();
  }

  @Test
  void parse_garbage_isRejected() {
    assertThatThrownBy(() -> Period.parse("mùa xuân")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> Period.parse("2017-13-01/2017-12-31")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("does not exist");
  }
}
