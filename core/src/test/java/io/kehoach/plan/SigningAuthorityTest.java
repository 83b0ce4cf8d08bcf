package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SigningAuthorityTest {

  @Test
  void fromMarker_toleratesCaseAndMissingDot() {
    assertThat(SigningAuthority.fromMarker("kt")).contains(SigningAuthority.KT);
    assertThat(SigningAuthority.fromMarker("TM.")).contains(SigningAuthority.TM);
    assertThat(SigningAuthority.fromMarker("XX.")).isEmpty();
  }

  @Test
  void markers_areAsWrittenInDocuments() {
    assertThat(SigningAuthority.TM.getMarker()).isEqualTo("TM.");
    assertThat(SigningAuthority.TUQ.getMarker()).isEqualTo("TUQ.");
  }
}
