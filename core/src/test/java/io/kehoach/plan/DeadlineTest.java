package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static List<LocalDate> dates(Deadline d, Period p) {
    return d.dueDates(p).stream().map(DueDate::getDate).collect(Collectors.toList());
  }

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void quarterly_lastMonthOfQ2AndQ4_over2017() {
    Deadline d = Deadline.quarterly(15, 2, 4);
    assertThat(dates(d, Period.ofYear(2017))).containsExactly(date(2017, 6, 15), date(2017, 12, 15));
    DueDate first = d.dueDates(Period.ofYear(2017)).get(0);
    assertThat(first.getCoveredPeriod()).isEqualTo(Period.of(date(2017, 4, 1), date(2017, 6, 30)));
    assertThat(first.getFrequency()).isEqualTo(ReportingFrequency.QUARTERLY);
  }

  @Test
  void sixMonthlyAndYearly_overMultiYearPeriod() {
    Period p = Period.ofYears(2017, 2020);
    assertThat(dates(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY), p)).containsExactly(
        date(2017, 6, 30), date(2017, 12, 31), date(2018, 6, 30), date(2018, 12, 31),
        date(2019, 6, 30), date(2019, 12, 31), date(2020, 6, 30), date(2020, 12, 31));
    assertThat(dates(Deadline.endOfEach(ReportingFrequency.YEARLY), p)).containsExactly(
        date(2017, 12, 31), date(2018, 12, 31), date(2019, 12, 31), date(2020, 12, 31));
  }

  @Test
  void monthly_25th_everyMonth() {
    List<LocalDate> due = dates(Deadline.monthly(25), Period.ofYears(2017, 2018));
    assertThat(due).hasSize(24).startsWith(date(2017, 1, 25)).endsWith(date(2018, 12, 25));
    assertThat(due).allMatch(x -> x.getDayOfMonth() == 25);
  }

  @Test
  void yearly_10December_everyYear() {
    assertThat(dates(Deadline.yearly(12, 10), Period.ofYears(2017, 2020)))
        .containsExactly(date(2017, 12, 10), date(2018, 12, 10), date(2019, 12, 10), date(2020, 12, 10));
  }

  @Test
  void monthly_dayPastEndOfMonth_fallsOnLastDay_leapYearsIncluded() {
    List<LocalDate> due = dates(Deadline.monthly(30), Period.of(date(2019, 1, 1), date(2020, 3, 31)));
    assertThat(due).contains(date(2019, 2, 28), date(2020, 2, 29), date(2020, 1, 30), date(2020, 3, 30));
    assertThat(dates(Deadline.yearly(2, 29), Period.ofYears(2019, 2021)))
        .containsExactly(date(2019, 2, 28), date(2020, 2, 29), date(2021, 2, 28));
    assertThat(dates(Deadline.monthly(31), Period.ofYear(2024))).contains(date(2024, 4, 30), date(2024, 2, 29));
  }

  @Test
  void endOfMonth_inLeapFebruary_is29th() {
    assertThat(dates(Deadline.endOfEach(ReportingFrequency.MONTHLY), Period.of(date(2024, 2, 1), date(2024, 2, 29))))
        .containsExactly(date(2024, 2, 29));
  }

  @Test
  void periodStartingMidYear_dropsDatesBeforeStart() {
    Period p = Period.of(date(2017, 2, 16), date(2017, 12, 31));
    assertThat(dates(Deadline.monthly(10), p)).first().isEqualTo(date(2017, 3, 10));
    assertThat(dates(Deadline.quarterly(15, 2, 4), Period.of(date(2017, 6, 20), date(2017, 12, 31))))
        .containsExactly(date(2017, 12, 15));
  }

  @Test
  void followingPeriod_reportOnLastQuarterIsDueAfterPeriodEnds() {
    Deadline d = Deadline.builder().frequency(ReportingFrequency.QUARTERLY).monthOfPeriod(1).dayOfMonth(5)
        .inFollowingPeriod(true).build();
    assertThat(dates(d, Period.ofYear(2017)))
        .containsExactly(date(2017, 4, 5), date(2017, 7, 5), date(2017, 10, 5), date(2018, 1, 5));
  }

  @Test
  void onceAndAdHoc() {
    assertThat(dates(Deadline.once(date(2017, 11, 30)), Period.ofYear(2017))).containsExactly(date(2017, 11, 30));
    assertThat(dates(Deadline.once(date(2016, 11, 30)), Period.ofYear(2017))).isEmpty();
    assertThat(dates(Deadline.adHoc(), Period.ofYear(2017))).isEmpty();
  }

  @Test
  void reversedPeriod_givesNoDates() {
    assertThat(dates(Deadline.monthly(1), Period.of(date(2018, 1, 1), date(2017, 1, 1)))).isEmpty();
  }

  @Test
  void hugePeriod_isRefused() {
    Period p = Period.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    assertThatThrownBy(() -> Deadline.monthly(1).dueDates(p)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_impossibleRules_areRejected() {
    assertThatThrownBy(() -> Deadline.quarterly(15, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.monthly(32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.yearly(13, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.builder().frequency(ReportingFrequency.ONCE).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.builder().frequency(ReportingFrequency.AD_HOC).dayOfMonth(3).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describe_inBothLanguages() {
    Deadline d = Deadline.quarterly(15, 2, 4);
    assertThat(d.describe(Locale.forLanguageTag("vi"))).isEqualTo("trước ngày 15 tháng cuối Quý II và Quý IV");
    assertThat(d.describe(Locale.ENGLISH)).isEqualTo("by the 15th of the last month of Q2 and Q4");
    assertThat(Deadline.yearly(12, 10).describe(Locale.ENGLISH)).isEqualTo("by the 10th of December every year");
    assertThat(Deadline.monthly(25).describe(Locale.forLanguageTag("vi"))).isEqualTo("trước ngày 25 hằng tháng");
    assertThat(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY).describe(Locale.ENGLISH))
        .isEqualTo("by the end of the last month of each half-year");
  }

  /** Issue 16: "ngày 31 tháng 2 hằng năm" was accepted and fell on 28 February without a word. */
  @Test
  void yearly_aDayItsMonthNeverHas_isRefused_and29February_fallsOnThe28thInOtherYears() {
    assertThatThrownBy(() -> Deadline.yearly(2, 30))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Month 2 has days 1 to 29, not 30, in a yearly deadline");
    assertThatThrownBy(() -> Deadline.yearly(4, 31))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Month 4 has days 1 to 30");
    Deadline leap = Deadline.yearly(2, 29);
    assertThat(leap.dueDates(Period.ofYear(2024))).extracting(DueDate::getDate)
        .containsExactly(LocalDate.of(2024, 2, 29));
    assertThat(leap.dueDates(Period.ofYear(2025))).extracting(DueDate::getDate)
        .containsExactly(LocalDate.of(2025, 2, 28));
  }
}
