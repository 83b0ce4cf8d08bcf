package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureTest {

  @Test
  void headInPerson_hasNoMarker() {
    Signature s = Signature.of("CHỦ TỊCH", "Nguyễn Văn Trâm");
    assertThat(s.getMarkers()).isEmpty();
    assertThat(s.getPosition()).isEqualTo("CHỦ TỊCH");
  }

  @Test
  void deputy_keepsMarkersInOrder() {
    Signature s = Signature.builder().addMarker(SigningMarker.parse("TM. ỦY BAN NHÂN DÂN"))
        .addMarker(SigningMarker.parse("KT. CHỦ TỊCH")).position("PHÓ CHỦ TỊCH").name("Trần Văn A").build();
    assertThat(s.getMarkers()).extracting(SigningMarker::getAuthority)
        .containsExactly(SigningAuthority.TM, SigningAuthority.KT);
  }
}
