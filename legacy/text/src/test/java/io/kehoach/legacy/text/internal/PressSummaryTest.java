package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Plan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PressSummaryTest {

  private static Plan press(String... lines) {
    return PressSummary.apply(Works.found(lines)).getPlan().get();
  }

  @Test
  void apply_theDateOpeningTheSentence_andTheProvinceNamedElsewhere() {
    Plan p = press("Gia Lai đẩy mạnh tuyên truyền cải cách hành chính", "Thứ Hai, 11/04/2022 - 09:30",
        "Ngày 07/4/2022, UBND tỉnh đã ban hành Kế hoạch số 93/KH-UBND về tuyên truyền cải cách hành chính năm 2022.",
        "Kế hoạch triển khai Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.");
    assertThat(p.getNumber()).hasValueSatisfying(n -> assertThat(n).hasToString("93/KH-UBND"));
    assertThat(p.getIssueDate()).contains(LocalDate.of(2022, 4, 7));
    assertThat(p.getIssuer().getName()).isEqualTo("UBND tỉnh Gia Lai");
    assertThat(p.getSubject()).startsWith("tuyên truyền cải cách hành chính năm 2022");
  }

  @Test
  void apply_theDateWrittenWithTheNumber_andTheIssuerAfterIt() {
    Plan p = press("Kế hoạch số 3162/KH-UBND ngày 16/6/2020 của UBND tỉnh Bến Tre về truyền thông hỗ trợ kiểm soát thủ tục hành chính.");
    assertThat(p.getIssueDate()).contains(LocalDate.of(2020, 6, 16));
    assertThat(p.getIssuer().getName()).isEqualTo("UBND tỉnh Bến Tre");
    assertThat(p.getTerritory()).isPresent();
  }

  @Test
  void apply_anEnglishItem_andAnIssuerKnownBySymbol() {
    Plan p = press("Health ministry steps up communication on administrative procedure reform",
        "Hà Nội - Under Plan No. 236/KH-BYT dated March 7, 2023 on communication, the sector will publish every procedure.");
    assertThat(p.getIssueDate()).contains(LocalDate.of(2023, 3, 7));
    assertThat(p.getIssuer().getName()).isEqualTo("Ministry of Health");
    Plan bnv = press("Theo Kế hoạch 58/KH-BNV, năm 2023 công tác tuyên truyền cải cách hành chính được đổi mới.");
    assertThat(bnv.getIssuer().getName()).isEqualTo("Bộ Nội vụ");
    assertThat(bnv.getIssueDate()).isEmpty();
  }
}
