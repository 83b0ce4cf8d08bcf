package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubjectTest {

  private static Work subject(String... lines) {
    return Works.run(Works.found(lines), new Head(), new Decision(), new Subject());
  }

  @Test
  void apply_joinsTheWrappedSubject_andReadsThePeriod() {
    Work w = subject("Số: 1/KH-UBND", "KẾ HOẠCH", "Tuyên truyền cải cách hành chính", "giai đoạn 2021 – 2025", "",
        "Căn cứ Nghị định số 61/2018/NĐ-CP;");
    assertThat(w.draft.subject).isEqualTo("Tuyên truyền cải cách hành chính giai đoạn 2021 – 2025");
    assertThat(w.draft.period).isEqualTo(Period.ofYears(2021, 2025));
    assertThat(w.segments.bodyStart).isEqualTo(Works.indexOf(w, ""));
  }

  @Test
  void apply_theAttachmentNote_givesTheIssuingDecision() {
    Work w = subject("Số: 1/KH-UBND", "KẾ HOẠCH", "Tuyên truyền năm 2023",
        "(Ban hành kèm theo Quyết định số 125/QĐ-UBND ngày 18/01/2023", "của UBND tỉnh Lâm Đồng)", "", "I. MỤC ĐÍCH");
    assertThat(w.draft.subject).isEqualTo("Tuyên truyền năm 2023");
    assertThat(w.draft.issuingDecision.getIssueDate()).contains(LocalDate.of(2023, 1, 18));
  }

  @Test
  void apply_anUpperCaseSubjectOfAnUntitledPlan_keepsItsThucHienLine() {
    Work w = subject("Số: 15/KH-UBND", "Quảng Trị, ngày 8 tháng 1 năm 2024", "TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH,",
        "THỰC HIỆN CƠ CHẾ MỘT CỬA NĂM 2024", "Căn cứ Nghị định số 61/2018/NĐ-CP;");
    assertThat(w.draft.subject).isEqualTo("TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA NĂM 2024");
    assertThat(w.draft.period).isEqualTo(Period.ofYear(2024));
  }

  @Test
  void apply_noSubject_isADiagnostic() {
    Work w = subject("Số: 1/KH-UBND", "KẾ HOẠCH", "", "I. MỤC ĐÍCH");
    assertThat(w.diagnostics).anyMatch(d -> d.getCode().equals("section.missing"));
  }
}
