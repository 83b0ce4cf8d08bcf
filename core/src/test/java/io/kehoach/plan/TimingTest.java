package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimingTest {

  @Test
  void parse_annexForms_returnTiming() {
    assertThat(Timing.parse("Thường xuyên")).isEqualTo(Timing.ongoing());
    assertThat(Timing.parse("THƯỜNG XUYÊN")).isEqualTo(Timing.ongoing());
    assertThat(Timing.parse("Tháng 6/2024")).isEqualTo(Timing.month(YearMonth.of(2024, 6)));
    assertThat(Timing.parse("tháng 06 năm 2024")).isEqualTo(Timing.month(YearMonth.of(2024, 6)));
    assertThat(Timing.parse("Quý II/2024")).isEqualTo(Timing.quarter(2024, 2));
    assertThat(Timing.parse("Quý 2/2024")).isEqualTo(Timing.quarter(2024, 2));
    assertThat(Timing.parse("Năm 2024")).isEqualTo(Timing.year(2024));
    assertThat(Timing.parse("30/6/2024")).isEqualTo(Timing.on(LocalDate.of(2024, 6, 30)));
    assertThat(Timing.parse("Trước ngày 30/6/2024")).isEqualTo(Timing.on(LocalDate.of(2024, 6, 30)));
  }

  @Test
  void parse_ranges_spanFirstToLastDay() {
    assertThat(Timing.parse("Tháng 3/2024 - Tháng 6/2024"))
        .isEqualTo(Timing.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)));
    assertThat(Timing.parse("từ 01/3/2024 đến 30/6/2024"))
        .isEqualTo(Timing.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)));
    assertThat(Timing.parse("Quý I/2024 – Quý III/2024"))
        .isEqualTo(Timing.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 30)));
  }

  @Test
  void parse_shorthandRanges_ofAnnexTables() {
    assertThat(Timing.parse("Tháng 6 - 9/2024")).isEqualTo(Timing.between(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 30)));
    assertThat(Timing.parse("Tháng 6-9/2024")).isEqualTo(Timing.between(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 30)));
    assertThat(Timing.parse("tháng 2 đến tháng 3 năm 2024"))
        .isEqualTo(Timing.between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31)));
    assertThat(Timing.parse("Quý III, IV/2024")).isEqualTo(Timing.between(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)));
    assertThat(Timing.parse("Quý III và Quý IV/2024")).isEqualTo(Timing.parse("Quý III, IV/2024"));
    assertThat(Timing.parse("Quý I - III/2024")).isEqualTo(Timing.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 30)));
    assertThat(Timing.parse("2024-2025")).isEqualTo(Timing.between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(Timing.parse("Năm 2024 – 2025")).isEqualTo(Timing.parse("2024-2025"));
    assertThat(Timing.parse("Từ năm 2021 đến năm 2025")).isEqualTo(Timing.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));
    // Two quarters that are not next to each other are two periods, not one range.
    assertThatThrownBy(() -> Timing.parse("Quý I, III/2024")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("consecutive quarters");
    assertThatThrownBy(() -> Timing.parse("Tháng 9 - 6/2024")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> Timing.parse("2025-2024")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> Timing.parse("Tháng 6 - 13/2024")).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void quarter_hasItsDays() {
    Timing q = Timing.quarter(2024, 4);
    assertThat(q.getStart()).contains(LocalDate.of(2024, 10, 1));
    assertThat(q.getEnd()).contains(LocalDate.of(2024, 12, 31));
    assertThat(q).hasToString("Quý IV/2024");
  }

  @Test
  void toString_parsedBack_isEqual() {
    for (Timing t : new Timing[] {Timing.ongoing(), Timing.on(LocalDate.of(2024, 2, 29)),
        Timing.month(YearMonth.of(2024, 11)), Timing.quarter(2025, 1), Timing.year(2026),
        Timing.between(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 15))}) {
      assertThat(Timing.parse(t.toString())).isEqualTo(t);
    }
  }

  @Test
  void parse_impossibleValues_areRejected() {
    assertThatThrownBy(() -> Timing.parse("Quý V/2024")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("no quarter");
    assertThatThrownBy(() -> Timing.parse("Tháng 13/2024")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("no month 13");
    assertThatThrownBy(() -> Timing.parse("Tháng 6/2024 - Tháng 3/2024")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("starts after it ends");
    assertThatThrownBy(() -> Timing.parse("sớm")).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void builder_inconsistentShape_isRejected() {
    assertThatThrownBy(() -> new Timing.Builder().kind(TimingKind.MONTH)
        .start(LocalDate.of(2024, 6, 2)).end(LocalDate.of(2024, 6, 30)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Timing.Builder().kind(TimingKind.ONGOING).start(LocalDate.of(2024, 6, 2)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Timing.quarter(2024, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
