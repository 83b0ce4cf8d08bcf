package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import org.junit.jupiter.api.Test;

class SigningMarkerTest {

  @Test
  void parse_markerLines_returnAuthorityAndName() {
    assertThat(SigningMarker.parse("TM. ỦY BAN NHÂN DÂN"))
        .isEqualTo(SigningMarker.of(SigningAuthority.TM, "ỦY BAN NHÂN DÂN"));
    assertThat(SigningMarker.parse("KT.CHỦ TỊCH")).isEqualTo(SigningMarker.of(SigningAuthority.KT, "CHỦ TỊCH"));
    assertThat(SigningMarker.parse("tuq. giám đốc").getAuthority()).isEqualTo(SigningAuthority.TUQ);
    assertThat(SigningMarker.parse("Q. CHỦ TỊCH").getAuthority()).isEqualTo(SigningAuthority.Q);
  }

  @Test
  void toString_parsedBack_isEqual() {
    SigningMarker m = SigningMarker.of(SigningAuthority.TL, "CHỦ TỊCH");
    assertThat(m).hasToString("TL. CHỦ TỊCH");
    assertThat(SigningMarker.parse(m.toString())).isEqualTo(m);
  }

  @Test
  void parse_unknownMarkerOrNoTitle_isRejected() {
    assertThatThrownBy(() -> SigningMarker.parse("CHỦ TỊCH")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> SigningMarker.parse("KT.")).isInstanceOf(MalformedInputException.class);
  }
}
