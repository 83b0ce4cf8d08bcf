package io.kehoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class KehoachExceptionTest {

  @Test
  void messages_carryLocationInEachLanguage() {
    KehoachException e = new MalformedInputException(LocalizedText.of("Thiếu số", "Missing number"), Location.at(2, 5));
    assertThat(e.getMessage()).isEqualTo("Missing number (line 2, column 5)");
    assertThat(e.getMessage(LocalizedText.VIETNAMESE)).isEqualTo("Thiếu số (dòng 2, cột 5)");
    assertThat(e.getLocation()).contains(Location.at(2, 5));
    assertThat(e.getText().vi()).isEqualTo("Thiếu số");
  }

  @Test
  void withoutLocation_messageIsPlain() {
    KehoachException e = new InvalidDataException(LocalizedText.of("Sai", "Wrong"), null);
    assertThat(e.getMessage()).isEqualTo("Wrong");
    assertThat(e.getLocation()).isEmpty();
    assertThat(e).isNotInstanceOf(MalformedInputException.class);
  }

  @Test
  void localizedMessage_followsDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(LocalizedText.VIETNAMESE);
      assertThat(new KehoachException(LocalizedText.of("Sai", "Wrong"), null, null).getLocalizedMessage())
          .isEqualTo("Sai");
    } finally {
      Locale.setDefault(before);
    }
  }
}
