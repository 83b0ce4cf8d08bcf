package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportingRuleTest {

  private static final ReportingRule SUMMARY = ReportingRule.builder().id("reporting-2")
      .addReporterId("so-tu-phap").recipientId("ubnd-tinh")
      .addDeadline(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY))
      .addDeadline(Deadline.endOfEach(ReportingFrequency.YEARLY))
      .build();

  @Test
  void dueDates_mergeDeadlinesInDateOrder_withRuleId() {
    List<DueDate> due = SUMMARY.dueDates(Period.ofYear(2017));
    assertThat(due).extracting(DueDate::getDate).containsExactly(
        LocalDate.of(2017, 6, 30), LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 31));
    assertThat(due).extracting(DueDate::getFrequency).containsExactly(
        ReportingFrequency.SIX_MONTHLY, ReportingFrequency.SIX_MONTHLY, ReportingFrequency.YEARLY);
    assertThat(due).allSatisfy(d -> assertThat(d.getRuleId()).contains("reporting-2"));
  }

  @Test
  void frequencies_comeFromDeadlines() {
    assertThat(SUMMARY.frequencies()).containsExactly(ReportingFrequency.SIX_MONTHLY, ReportingFrequency.YEARLY);
  }

  @Test
  void describeDeadlines_joinsThem() {
    assertThat(SUMMARY.describeDeadlines(Locale.forLanguageTag("vi")))
        .isEqualTo("cuối tháng cuối mỗi 6 tháng; cuối tháng 12 hằng năm");
  }

  @Test
  void dueDates_overMultiYearPeriod_countOnePerPeriod() {
    ReportingRule monthly = ReportingRule.builder().id("r").recipientId("ubnd").addDeadline(Deadline.monthly(25)).build();
    List<LocalDate> dates = monthly.dueDates(Period.ofYears(2017, 2020)).stream().map(DueDate::getDate)
        .collect(Collectors.toList());
    assertThat(dates).hasSize(48).isSorted();
  }
}
