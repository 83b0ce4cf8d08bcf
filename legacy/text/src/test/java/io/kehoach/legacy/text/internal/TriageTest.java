package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.text.DocumentKind;
import org.junit.jupiter.api.Test;

class TriageTest {

  @Test
  void apply_anArticleCitingAPlan_isAPressItem() {
    Work w = Works.found("Gia Lai đẩy mạnh tuyên truyền cải cách hành chính",
        "Ngày 07/4/2022, UBND tỉnh đã ban hành Kế hoạch số 93/KH-UBND về tuyên truyền cải cách hành chính năm 2022.");
    assertThat(w.kind).isEqualTo(DocumentKind.PRESS_SUMMARY);
  }

  @Test
  void apply_anEnglishItem_isAPressItem() {
    Work w = Works.found("The Ministry of Health issued Plan No. 236/KH-BYT on communication on administrative procedures.",
        "The plan covers 2023.");
    assertThat(w.kind).isEqualTo(DocumentKind.PRESS_SUMMARY);
  }

  @Test
  void apply_aPageCitingAPlanOnceFarDown_isNotAPlan() {
    String[] lines = new String[40];
    for (int i = 0; i < 39; i++) {
      lines[i] = "| " + i + " | Thủ tục đăng ký khai sinh số " + i + " | Hộ tịch | Toàn trình |";
    }
    lines[39] = "Danh mục niêm yết theo Kế hoạch số 96/KH-UBND ngày 07/7/2025 về truyền thông thủ tục hành chính.";
    assertThat(Works.found(lines).kind).isEqualTo(DocumentKind.NOT_A_PLAN);
  }

  @Test
  void apply_otherText_isNotAPlan() {
    assertThat(Works.found("Mưa lớn kéo dài ở miền Trung", "Nhiều tuyến đường bị ngập.").kind).isEqualTo(DocumentKind.NOT_A_PLAN);
  }
}
