package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void marker_agreesWithTheMarkerPattern() {
    String[] lines = {"- Tuyên truyền", "+ cấp xã", "• Nội dung", "(1) Thủ tục", "1) Thủ tục", "a) Yêu cầu", "đ) Khác",
      "1.1. Mục đích", "1.2 Yêu cầu", "2.3.1. Chi tiết", "1. Mục đích", "12. Kinh phí", "II. NỘI DUNG", "IV) Tổ chức",
      "Tuyên truyền", "2021 - 2025", "1.", "A) Không", "VI.", "( Không", "123) Ba số", "1234) Bốn số", "*  Ghi chú", "– en dash",
      "10.5 triệu", "III.TỔ CHỨC THỰC HIỆN", "a)Không cách"};
    for (String s : lines) {
      Matcher m = Texts.MARKER.matcher(s);
      int k = Texts.marker(s);
      if (m.lookingAt()) {
        assertThat(k).as(s).isNotZero();
        assertThat(Texts.markerEnd(k)).as(s).isEqualTo(m.end());
        int kind = m.group(1) != null ? ("+".equals(m.group(1)) ? Texts.PLUS : Texts.BULLET) : m.group(2) != null ? Texts.PAREN
            : m.group(3) != null ? Texts.LETTER : m.group(4) != null ? Texts.DOTTED : m.group(5) != null ? Texts.NUMBER : Texts.ROMAN;
        assertThat(Texts.markerKind(k)).as(s).isEqualTo(kind);
      } else {
        assertThat(k).as(s).isZero();
      }
    }
  }

  @Test
  void marker_aNumberWithThousands_isNotAMarker() {
    assertThat(Texts.marker("1.000 đồng")).isZero();
    assertThat(Texts.MARKER.matcher("1.000 đồng").lookingAt()).as("the pattern takes 1.00 as a marker").isTrue();
  }

  @Test
  void isRule_layoutLinesOnly() {
    assertThat(Texts.isRule("_______________")).isTrue();
    assertThat(Texts.isRule("-----")).isTrue();
    assertThat(Texts.isRule("- Tuyên truyền")).isFalse();
    assertThat(Texts.isRule("")).isFalse();
  }

  @Test
  void isPersonName_capitalisedWordsOfLetters() {
    assertThat(Texts.isPersonName("Nguyễn Văn An")).isTrue();
    assertThat(Texts.isPersonName("Sở Tư pháp")).isFalse();
    assertThat(Texts.isPersonName("Nguyễn")).isFalse();
  }
}
