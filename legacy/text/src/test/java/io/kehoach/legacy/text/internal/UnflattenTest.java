package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnflattenTest {

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    Unflatten.split(text, out);
    return out;
  }

  @Test
  void split_issuerAndNumberInOneCell() {
    assertThat(split("Sở Nội vụ Số: 118/KH-SNV")).containsExactly("Sở Nội vụ", "Số: 118/KH-SNV");
  }

  @Test
  void split_mottoAndDate() {
    assertThat(split("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Đà Nẵng, ngày 09 tháng 3 năm 2023"))
        .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đà Nẵng, ngày 09 tháng 3 năm 2023");
  }

  @Test
  void split_numberThenPlace() {
    assertThat(split("Số: 49 / KH – UBND Hà Nội, ngày 5 tháng 1 năm 2022"))
        .containsExactly("Số: 49 / KH – UBND", "Hà Nội, ngày 5 tháng 1 năm 2022");
  }

  @Test
  void split_leavesOrdinaryLinesAlone() {
    assertThat(split("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")).containsExactly("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI");
    assertThat(split("• BỘ TƯ PHÁP")).containsExactly("BỘ TƯ PHÁP");
  }

  @Test
  void apply_splitsOnlyTheHead_beforeTheTitle() {
    Work w = Works.run(Works.of("Sở Nội vụ Số: 118/KH-SNV", "KẾ HOẠCH", "Sở Tư pháp Số: 9 dòng sau tiêu đề"), new Unflatten());
    assertThat(w.lines).extracting(l -> l.text)
        .containsExactly("Sở Nội vụ", "Số: 118/KH-SNV", "KẾ HOẠCH", "Sở Tư pháp Số: 9 dòng sau tiêu đề");
    assertThat(w.line(1).number).isEqualTo(1);
  }
}
