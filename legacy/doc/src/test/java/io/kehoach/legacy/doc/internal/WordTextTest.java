package io.kehoach.legacy.doc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTextTest {
  @Test
  void fieldCodesGo_theirResultsStay() {
    assertThat(WordText.lines("Trang \u0013 PAGE \\* MERGEFORMAT \u00142\u0015 của 5\r")).containsExactly("Trang 2 của 5");
    assertThat(WordText.lines("\u0013 HYPERLINK \"x\" \u0014Cổng \u0013 REF a \u0014thông tin\u0015\u0015 điện tử"))
        .containsExactly("Cổng thông tin điện tử");
  }

  @Test
  void manualLineBreaksSplit_marksAndHiddenHyphensGo() {
    assertThat(WordText.lines("TM. ỦY BAN NHÂN DÂN\u000BKT. CHỦ TỊCH\u000BPHÓ CHỦ TỊCH\u0007"))
        .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    assertThat(WordText.lines("kiểm\u001Fsoát\u00A0thủ tục\u001Ehành chính\u000C")).containsExactly("kiểmsoát thủ tục-hành chính");
    assertThat(WordText.lines("\r")).containsExactly("");
  }

  @Test
  void numberFormats_asWordShowsThem() {
    assertThat(Numbering.format(4, 1)).isEqualTo("IV");
    assertThat(Numbering.format(9, 2)).isEqualTo("ix");
    assertThat(Numbering.format(2, 4)).isEqualTo("b");
    assertThat(Numbering.format(28, 3)).isEqualTo("BB");
    assertThat(Numbering.format(3, 22)).isEqualTo("03");
    assertThat(Numbering.format(12, 0)).isEqualTo("12");
    assertThat(Numbering.roman(1994)).isEqualTo("MCMXCIV");
  }
}
