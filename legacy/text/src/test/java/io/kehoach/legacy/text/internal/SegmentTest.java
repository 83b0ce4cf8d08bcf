package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.text.DocumentKind;
import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void apply_findsTheTitlesAndWhereTheHeadEnds() {
    Work w = Works.found("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "Số: 5/KH-UBND", "An Giang, ngày 2 tháng 3 năm 2024", "",
        "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2024");
    assertThat(w.segments.planTitle).isEqualTo(5);
    assertThat(w.segments.first).isEqualTo(5);
    assertThat(w.segments.numberLine).isEqualTo(2);
    assertThat(w.segments.untitled).isFalse();
    assertThat(w.kind).isEqualTo(DocumentKind.OFFICIAL_TEXT);
  }

  @Test
  void apply_aPlanWithoutKeHoachLine_takesItsSubjectAsTitle() {
    Work w = Works.found("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 15/KH-UBND", "Quảng Trị, ngày 8 tháng 1 năm 2024",
        "TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024", "Căn cứ Nghị định số 61/2018/NĐ-CP;");
    assertThat(w.segments.untitled).isTrue();
    assertThat(w.segments.planTitle).isEqualTo(3);
  }

  @Test
  void apply_aDecisionBeforeThePlan_opensTheDocument() {
    Work w = Works.found("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 125/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch",
        "KẾ HOẠCH", "Tuyên truyền");
    assertThat(w.segments.decisionFirst()).isTrue();
    assertThat(w.segments.planTitle).isEqualTo(4);
  }

  @Test
  void dateLine_readsWrappedAndDottedDateLines() {
    Work w = Works.of("Hà Nội, ngày", "15 tháng 9 năm 2020", "Hà Nội, ngày  .... tháng ... năm 2020");
    assertThat(Segment.dateLine(w, 0, w.size())).isZero();
    assertThat(Segment.dateLine(w, 1, w.size())).isEqualTo(2);
  }
}
