package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.PlanStatus;
import org.junit.jupiter.api.Test;

class AssembleTest {

  @Test
  void apply_keepsEveryUnclaimedLine_andReportsChromeOnce() {
    Work w = Works.run(Works.found("Trang chủ", "Đăng nhập", "Dòng lạ trước văn bản", "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
        "Số: 1/KH-UBND", "An Giang, ngày 2 tháng 3 năm 2024", "KẾ HOẠCH", "Tuyên truyền năm 2024", "", "I. MỤC ĐÍCH",
        "- Nâng cao nhận thức.", "Ghi chú cuối trang"), new Head(), new Decision(), new Subject(), new LegalBasis(), new Body(),
        new Closing(), new Annexes());
    TextImport r = Assemble.apply(w);
    assertThat(r.getPlan().get().getStatus()).isEqualTo(PlanStatus.ISSUED);
    assertThat(r.getPlan().get().getUnclassifiedTexts()).extracting(u -> u.getSection() + ":" + u.getText())
        .contains(PlanSection.HEADER + ":Dòng lạ trước văn bản");
    assertThat(r.getUnclassified()).extracting(l -> l.getLine().getAsInt()).contains(3);
    assertThat(r.getDiagnostics()).filteredOn(d -> d.getCode().equals("text.chrome")).hasSize(1);
  }
}
