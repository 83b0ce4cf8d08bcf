package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Deadline;
import io.kehoach.plan.Period;
import io.kehoach.plan.ReportingFrequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeadlineTextTest {

  private static List<LocalDate> dates(String sentence, int year) {
    List<LocalDate> out = new ArrayList<>();
    for (Deadline d : DeadlineText.parse(Fold.fold(sentence))) {
      d.dueDates(Period.ofYear(year)).forEach(x -> out.add(x.getDate()));
    }
    out.sort(null);
    return out;
  }

  @Test
  void everyDeadlineShape_readsBackFromItsOwnDescription() {
    List<Deadline> all = new ArrayList<>();
    for (int day : new int[] {1, 15, 31}) {
      all.add(Deadline.monthly(day));
      all.add(Deadline.quarterly(day));
      all.add(Deadline.quarterly(day, 2, 4));
      all.add(Deadline.quarterly(day, 1, 2, 3));
      all.add(Deadline.builder().frequency(ReportingFrequency.QUARTERLY).monthOfPeriod(1).dayOfMonth(day)
          .inFollowingPeriod(true).build());
      all.add(Deadline.builder().frequency(ReportingFrequency.SIX_MONTHLY).dayOfMonth(day).build());
      for (int month = 1; month <= 12; month++) {
        all.add(Deadline.yearly(month, Math.min(day, java.time.Month.of(month).maxLength())));
      }
    }
    for (ReportingFrequency f : new ReportingFrequency[] {ReportingFrequency.MONTHLY, ReportingFrequency.QUARTERLY,
        ReportingFrequency.SIX_MONTHLY, ReportingFrequency.YEARLY}) {
      all.add(Deadline.endOfEach(f));
    }
    all.add(Deadline.once(LocalDate.of(2024, 11, 30)));
    all.add(Deadline.adHoc());
    for (Deadline d : all) {
      String words = d.describe(Locale.forLanguageTag("vi"));
      assertThat(DeadlineText.parse(Fold.fold(words))).as(words).containsExactly(d);
    }
  }

  @Test
  void wordingsOfRealPlans() {
    assertThat(dates("Định kỳ trước ngày 15 tháng cuối Quý II và Quý IV của năm, các cơ quan gửi báo cáo", 2017))
        .containsExactly(LocalDate.of(2017, 6, 15), LocalDate.of(2017, 12, 15));
    assertThat(dates("Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, gửi báo cáo", 2023)).hasSize(4)
        .startsWith(LocalDate.of(2023, 3, 15));
    assertThat(dates("báo cáo định kỳ 6 tháng (trước ngày 15 tháng 6) và hằng năm (trước ngày 15 tháng 12)", 2021))
        .containsExactly(LocalDate.of(2021, 6, 15), LocalDate.of(2021, 12, 15));
    assertThat(dates("gửi báo cáo 6 tháng trước ngày 15 tháng 6 năm 2025 và báo cáo năm trước ngày 15 tháng 11 năm 2025", 2025))
        .containsExactly(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 11, 15));
    assertThat(dates("định kỳ 6 tháng, năm tổng hợp kết quả thực hiện, báo cáo", 2017))
        .containsExactly(LocalDate.of(2017, 6, 30), LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 31));
    assertThat(dates("gửi báo cáo quý trước ngày 20 tháng cuối quý", 2026)).hasSize(4).endsWith(LocalDate.of(2026, 12, 20));
    assertThat(dates("gửi báo cáo trước ngày 25 hằng tháng", 2024)).hasSize(12);
    assertThat(dates("gửi báo cáo trước ngày 10 tháng 12 hằng năm", 2016)).containsExactly(LocalDate.of(2016, 12, 10));
    assertThat(dates("báo cáo trước ngày 15 tháng 6 và trước ngày 15 tháng 12 năm 2018", 2018))
        .containsExactly(LocalDate.of(2018, 6, 15), LocalDate.of(2018, 12, 15));
    assertThat(DeadlineText.parse(Fold.fold("báo cáo đột xuất khi có yêu cầu"))).containsExactly(Deadline.adHoc());
    assertThat(DeadlineText.parse(Fold.fold("tổ chức hội nghị tập huấn"))).isEmpty();
  }

  @Test
  void fold_keepsPositions_andIgnoresTonePlacement() {
    assertThat(Fold.fold("HOÀ")).isEqualTo(Fold.fold("HÒA")).isEqualTo("hoa");
    assertThat(Fold.fold("Thủy")).isEqualTo(Fold.fold("Thuỷ"));
    String s = "Định kỳ trước ngày 15";
    assertThat(Fold.fold(s)).hasSameSizeAs(s);
    assertThat(Fold.slug("Sở Văn hóa, Thể thao và Du lịch")).isEqualTo("so-van-hoa-the-thao-va-du-lich");
  }

  /** Issue 16, defect 1: days, months and quarters that no calendar has threw or were guessed. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "gửi báo cáo trước ngày 32 hằng tháng",
    "gửi báo cáo vào ngày 0 tháng sau",
    "báo cáo trước ngày 35 tháng cuối Quý II",
    "báo cáo trước ngày 40 tháng 12 hằng năm",
    "báo cáo trước ngày 31 tháng 2 hằng năm",
    "báo cáo trước ngày 31 tháng 4 hằng năm",
    "báo cáo trước ngày 10 tháng 13 hằng năm",
    "báo cáo trước ngày 15 tháng cuối quý iiii",
    "báo cáo trước ngày 15 tháng cuối quý 0",
    "báo cáo trước ngày 15 tháng thứ 4 của quý II",
    "báo cáo trước ngày 123 hằng tháng",
    "báo cáo năm trước ngày 30 tháng 2",
    "báo cáo 6 tháng trước ngày 10/13",
    "báo cáo trước ngày 31/02/2025",
    "báo cáo cuối tháng 0 hằng năm"
  })
  void read_aDeadlineNoCalendarHas_isUnread_andNothingIsGuessed(String words) {
    DeadlineText.Reading r = DeadlineText.read(Fold.fold(words));
    assertThat(r.deadlines()).as(words).isEmpty();
    assertThat(r.unread()).as(words).hasSize(1);
    DeadlineText.Unread u = r.unread().get(0);
    assertThat(words.substring(u.start(), u.end())).as(words).containsAnyOf("ngày", "tháng");
    assertThat(u.whyVi()).isNotBlank();
    assertThat(u.whyEn()).isNotBlank();
  }

  @Test
  void read_keepsTheReadableDeadlines_besideAnUnreadOne() {
    DeadlineText.Reading r = DeadlineText.read(Fold.fold("báo cáo trước ngày 15 tháng cuối quý II và trước ngày 40 tháng 12 hằng năm"));
    assertThat(r.deadlines()).containsExactly(Deadline.quarterly(15, 2));
    assertThat(r.unread()).singleElement().satisfies(u -> assertThat(u.whyEn()).contains("40"));
    // 29 February is a day of the calendar (in leap years), and the last day of February otherwise.
    assertThat(DeadlineText.read(Fold.fold("báo cáo trước ngày 29 tháng 2 hằng năm")).deadlines())
        .containsExactly(Deadline.yearly(2, 29));
    assertThat(DeadlineText.read(Fold.fold("gửi báo cáo trước ngày 31 hằng tháng")).deadlines())
        .containsExactly(Deadline.monthly(31));
  }
}
