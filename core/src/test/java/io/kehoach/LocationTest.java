package io.kehoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void describe_inBothLanguages() {
    Location l = Location.builder().source("plan.json").line(3).column(7).pointer("/subject").build();
    assertThat(l.describe(Locale.ENGLISH)).isEqualTo("plan.json, line 3, column 7, at /subject");
    assertThat(l.describe(LocalizedText.VIETNAMESE)).isEqualTo("plan.json, dòng 3, cột 7, tại /subject");
  }

  @Test
  void rootPointer_isShownAsSlash() {
    assertThat(Location.atPointer("")).hasToString("at /");
  }

  @Test
  void inSource_addsName() {
    assertThat(Location.at(1, 2).inSource("a.txt")).hasToString("a.txt, line 1, column 2");
  }

  @Test
  void zeroLine_isRejected() {
    assertThatThrownBy(() -> Location.at(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
