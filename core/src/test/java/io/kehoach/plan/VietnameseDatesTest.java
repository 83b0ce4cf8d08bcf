package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {

  @ParameterizedTest
  @CsvSource({
    "2017-02-16, ngày 16 tháng 02 năm 2017",
    "2021-03-11, ngày 11 tháng 3 năm 2021",
    "2021-03-05, ngày 05 tháng 3 năm 2021",
    "2020-01-01, ngày 01 tháng 01 năm 2020",
    "2024-12-31, ngày 31 tháng 12 năm 2024",
    "2024-10-09, ngày 09 tháng 10 năm 2024"
  })
  void format_followsLeadingZeroRule(LocalDate date, String expected) {
    assertThat(VietnameseDates.format(date)).isEqualTo(expected);
    assertThat(VietnameseDates.parse(expected)).isEqualTo(date);
  }

  @Test
  void parse_anyPaddingCaseAndLineBreaks_returnsDate() {
    assertThat(VietnameseDates.parse("Ngày 5 tháng 3 năm 2021")).isEqualTo(LocalDate.of(2021, 3, 5));
    assertThat(VietnameseDates.parse("ngày 16 tháng 2\nnăm 2017")).isEqualTo(LocalDate.of(2017, 2, 16));
    assertThat(VietnameseDates.parse("NGÀY 16 THÁNG 02 NĂM 2017")).isEqualTo(LocalDate.of(2017, 2, 16));
    assertThat(VietnameseDates.parse("16 tháng 02 năm 2017")).isEqualTo(LocalDate.of(2017, 2, 16));
  }

  @Test
  void parse_numericForms_returnDate() {
    assertThat(VietnameseDates.parse("16/02/2017")).isEqualTo(LocalDate.of(2017, 2, 16));
    assertThat(VietnameseDates.parse("5/3/2020")).isEqualTo(LocalDate.of(2020, 3, 5));
    assertThat(VietnameseDates.parse("16-02-2017")).isEqualTo(LocalDate.of(2017, 2, 16));
    assertThat(VietnameseDates.parse("16.02.2017")).isEqualTo(LocalDate.of(2017, 2, 16));
  }

  @Test
  void parse_mixedSeparators_isRejected() {
    assertThatThrownBy(() -> VietnameseDates.parse("16/02-2017")).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void parse_dayThatDoesNotExist_saysSo() {
    assertThatThrownBy(() -> VietnameseDates.parse("ngày 30 tháng 02 năm 2017"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("there is no day 30 in month 02");
    assertThatThrownBy(() -> VietnameseDates.parse("29/02/2019")).isInstanceOf(MalformedInputException.class);
    assertThat(VietnameseDates.parse("29/02/2020")).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void parse_notADate_isRejected() {
    assertThatThrownBy(() -> VietnameseDates.parse("tháng Giêng")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("not of the form");
  }

  @Test
  void formatNumeric_padsDayAndMonth() {
    assertThat(VietnameseDates.formatNumeric(LocalDate.of(2024, 6, 5))).isEqualTo("05/06/2024");
  }
}
