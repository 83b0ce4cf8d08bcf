package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import org.junit.jupiter.api.Test;

class ReportingTest {

  private static Work reporting(String sentence) {
    Work w = Works.of(sentence);
    Reporting.recognise(w, sentence, null, new Item(9, 0, sentence));
    return w;
  }

  @Test
  void recognise_explicitDaysOfTwoRules() {
    Work w = reporting("Các cơ quan, đơn vị báo cáo định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) về UBND tỉnh");
    ReportingRule r = w.draft.reporting.get(0);
    assertThat(r.getDeadlines()).extracting(d -> d.getFrequency() + " " + d.getDayOfMonth())
        .containsExactly(ReportingFrequency.SIX_MONTHLY + " OptionalInt[10]", ReportingFrequency.YEARLY + " OptionalInt[10]");
    assertThat(r.getRecipientId()).isEqualTo("ubnd-tinh");
    assertThat(r.getReporterIds()).containsExactly("cac-co-quan-don-vi");
  }

  @Test
  void recognise_throughTheDepartment_andTheDepartmentsOnwardReport() {
    Work w = reporting("Các cơ quan, đơn vị gửi báo cáo trước ngày 15 tháng cuối quý về UBND tỉnh (qua Sở Tư pháp) để tổng hợp,"
        + " báo cáo Bộ Tư pháp");
    assertThat(w.draft.reporting).hasSize(2);
    assertThat(w.draft.reporting.get(0).getIntermediaryId()).contains("so-tu-phap");
    assertThat(w.draft.reporting.get(1).getReporterIds()).containsExactly("so-tu-phap");
    assertThat(w.draft.reporting.get(1).getRecipientId()).isEqualTo("bo-tu-phap");
  }

  @Test
  void recognise_aSentenceWithoutDeadlineOrRecipient_isNotARule() {
    assertThat(reporting("Tổng hợp, báo cáo kết quả thực hiện").draft.reporting).isEmpty();
    assertThat(reporting("Báo cáo kết quả về UBND tỉnh").draft.reporting).isEmpty();
  }
}
