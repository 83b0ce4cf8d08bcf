package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionTest {

  @Test
  void apply_theHeadsNumberIsTheDecisions_andItsSignatureIsKept() {
    Work w = Works.run(Works.found("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 125/QĐ-UBND", "Lâm Đồng, ngày 18 tháng 01 năm 2023",
        "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023", "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
        "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đoàn Minh Tuấn",
        "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2023"), new Head(), new Decision());
    assertThat(w.draft.number).isNull();
    assertThat(w.draft.issuingDecision.getNumber()).hasValueSatisfying(n -> assertThat(n).hasToString("125/QĐ-UBND"));
    assertThat(w.draft.issuingDecision.getIssueDate()).contains(LocalDate.of(2023, 1, 18));
    assertThat(w.draft.decisionSubject).isEqualTo("Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2023");
    assertThat(w.draft.legalBases).isEqualTo(1);
    assertThat(w.draft.decisionSignature.getName()).isEqualTo("Đoàn Minh Tuấn");
    assertThat(w.isClaimed(Works.indexOf(w, "- Như Điều 3;"))).isTrue();
  }

  @Test
  void apply_aPlanInArticleOne_boundsTheBody() {
    Work w = Works.run(Works.found("CHỦ TỊCH", "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "Số: 08/QĐ-CTUBND",
        "Bình Định, ngày 06 tháng 01 năm 2025", "QUYẾT ĐỊNH", "Phê duyệt Kế hoạch truyền thông năm 2025",
        "Điều 1. Phê duyệt Kế hoạch như sau:", "1. Mục đích", "- Nâng cao nhận thức.", "Điều 2. Hiệu lực.", "Nơi nhận:"),
        new Head(), new Decision());
    assertThat(w.segments.bodyStart).isEqualTo(Works.indexOf(w, "1. Mục đích"));
    assertThat(w.segments.bodyEnd).isEqualTo(Works.indexOf(w, "Nơi nhận:"));
  }

  @Test
  void apply_withoutADecision_doesNothing() {
    Work w = Works.run(Works.found("ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Số: 1/KH-UBND", "KẾ HOẠCH", "X"), new Head(), new Decision());
    assertThat(w.draft.issuingDecision).isNull();
    assertThat(w.draft.number).isNotNull();
  }
}
