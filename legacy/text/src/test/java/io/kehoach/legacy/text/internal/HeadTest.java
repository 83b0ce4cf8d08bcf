package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeadTest {

  private static Work head(String... lines) {
    return Works.run(Works.found(lines), new Head());
  }

  @Test
  void apply_readsIssuerNumberPlaceAndDate_inEitherColumnOrder() {
    Work w = head("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đà Nẵng, ngày 09 tháng 3 năm 2023",
        "UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ NỘI VỤ", "Số: 118/KH-SNV", "KẾ HOẠCH", "Tuyên truyền");
    assertThat(w.draft.number).hasToString("118/KH-SNV");
    assertThat(w.draft.date).isEqualTo(LocalDate.of(2023, 3, 9));
    assertThat(w.draft.placeAndDate.getPlace()).isEqualTo("Đà Nẵng");
    assertThat(w.draft.issuerLines).containsExactly("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ NỘI VỤ");
    assertThat(w.draft.plan.subject("").build().getIssuer().getSuperiorBody()).contains("UBND THÀNH PHỐ ĐÀ NẴNG");
  }

  @Test
  void apply_aFlattenedHeadRow_andAWrappedDate() {
    Work w = head("Sở Nội vụ Số: 118/KH-SNV |", "Đà Nẵng, ngày", "15 tháng 9 năm 2020", "KẾ HOẠCH", "Tuyên truyền");
    assertThat(w.draft.number).hasToString("118/KH-SNV");
    assertThat(w.draft.date).isEqualTo(LocalDate.of(2020, 9, 15));
  }

  @Test
  void apply_numberOnTheLineAfterSo() {
    Work w = head("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG", "Số:", "05/KH-CTUBND", "KẾ HOẠCH", "X");
    assertThat(w.draft.number).hasToString("05/KH-CTUBND");
  }

  @Test
  void apply_marksAboveTheHead_areNotTheIssuer() {
    Work w = head("DỰ THẢO", "ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "Số: 1/KH-UBND", "KẾ HOẠCH", "X");
    assertThat(w.draft.issuerLines).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH AN GIANG");
    assertThat(w.diagnostics).anyMatch(d -> d.getCode().equals("head.mark"));
  }

  @Test
  void apply_anUnreadableNumber_isADiagnosticNotAnError() {
    Work w = head("ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Số: /KH-UBND", "KẾ HOẠCH", "X");
    assertThat(w.draft.number).isNull();
    assertThat(w.diagnostics).anyMatch(d -> d.getCode().equals("number.unreadable"));
  }
}
