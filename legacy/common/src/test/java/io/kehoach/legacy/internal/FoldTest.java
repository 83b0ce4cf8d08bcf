package io.kehoach.legacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {

  @Test
  void table_foldsEveryCharacterAsDecompositionDoes() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(Fold.fold((char) c)).as("U+%04X", c).isEqualTo(Fold.slowFold((char) c));
    }
  }

  @Test
  void vietnamese_foldsToPlainLowerCase() {
    assertThat(Fold.fold("HOÀ hòa Hoà ĐƯỜNG Ỷ Quý IV")).isEqualTo("hoa hoa hoa duong y quy iv");
    assertThat(Fold.slug("Sở Tư pháp")).isEqualTo("so-tu-phap");
  }

  @Test
  void textOutsideLatin1_foldsCharacterByCharacter() {
    assertThat(Fold.fold("Quý I – Quý II “đạt”")).isEqualTo("quy i – quy ii “dat”");
    assertThat(Fold.fold("")).isEmpty();
  }
}
