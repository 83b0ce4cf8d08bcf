package io.kehoach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void get_englishOnlyForEnglish() {
    LocalizedText t = LocalizedText.of("Kế hoạch", "Plan");
    assertThat(t.get(Locale.ENGLISH)).isEqualTo("Plan");
    assertThat(t.get(Locale.UK)).isEqualTo("Plan");
    assertThat(t.get(LocalizedText.VIETNAMESE)).isEqualTo("Kế hoạch");
    assertThat(t.get(Locale.ROOT)).isEqualTo("Kế hoạch");
  }

  @Test
  void construction_normalisesToNfc() {
    String nfd = Normalizer.normalize("Kế hoạch", Normalizer.Form.NFD);
    assertThat(LocalizedText.of(nfd, "Plan").vi()).isEqualTo("Kế hoạch");
  }

  @Test
  void nulls_areRejected() {
    assertThatThrownBy(() -> LocalizedText.of(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
