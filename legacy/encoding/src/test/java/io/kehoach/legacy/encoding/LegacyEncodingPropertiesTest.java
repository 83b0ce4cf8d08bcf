package io.kehoach.legacy.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LegacyEncodingPropertiesTest {

  private static final String LETTERS = String.join("", LegacyEncodingTest.LOWER_GRID) + "đbcdghklmnpqrstvx";

  /** Vietnamese text: letters with tones (both cases), spaces, punctuation, digits, newlines. */
  @Provide
  Arbitrary<String> vietnamese() {
    Arbitrary<Character> lower = Arbitraries.of(LETTERS.chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    Arbitrary<Character> any = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, lower),
        net.jqwik.api.Tuple.of(4, lower.map(Character::toUpperCase)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(' ', ' ', '\n')),
        net.jqwik.api.Tuple.of(2, Arbitraries.of('.', ',', ';', ':', '-', '(', ')', '/', '"', '!', '?', '%')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('0', '9')));
    return any.list().ofMaxSize(80).map(cs -> {
      StringBuilder b = new StringBuilder();
      cs.forEach(b::append);
      return b.toString();
    });
  }

  /** The same text, sometimes in NFD. */
  @Provide
  Arbitrary<String> anyForm() {
    return vietnamese().flatMap(s -> Arbitraries.of(s, Normalizer.normalize(s, Normalizer.Form.NFD)));
  }

  @Property
  void vni_decodeOfEncode_isNfc(@ForAll("anyForm") String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encode(s))).isEqualTo(nfc);
    assertThat(LegacyEncoding.VNI.decode(LegacyEncoding.VNI.encodeToString(s))).isEqualTo(nfc);
  }

  @Property
  void viscii_decodeOfEncode_isNfc(@ForAll("anyForm") String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    assertThat(LegacyEncoding.VISCII.decode(LegacyEncoding.VISCII.encode(s))).isEqualTo(nfc);
  }

  /** TCVN3's repertoire has no capital with a tone mark: the property holds on the rest. */
  @Property
  void tcvn3_decodeOfEncode_isNfc_onItsRepertoire(@ForAll("anyForm") String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder();
    for (char c : nfc.toCharArray()) {
      b.append(LegacyEncoding.TCVN3.canEncode(String.valueOf(c)) ? c : Character.toLowerCase(c));
    }
    String repertoire = b.toString();
    assertThat(LegacyEncoding.TCVN3.canEncode(repertoire)).isTrue();
    assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encode(repertoire))).isEqualTo(repertoire);
    assertThat(LegacyEncoding.TCVN3.decode(LegacyEncoding.TCVN3.encodeFoldingCapitals(nfc))).isEqualTo(repertoire);
    if (!repertoire.equals(nfc)) {
      assertThat(LegacyEncoding.TCVN3.findUnencodable(nfc)).isPresent();
    }
  }

  @Property
  void anyBytes_decodeToNfc_andDetectionKeepsItsPromises(@ForAll byte[] bytes) {
    for (LegacyEncoding e : LegacyEncoding.values()) {
      assertThat(Normalizer.isNormalized(e.decode(bytes), Normalizer.Form.NFC)).isTrue();
    }
    Detection d = LegacyEncodings.detect(bytes);
    assertThat(d.getConfidence()).isBetween(0.0, 1.0);
    assertThat(d.getScores()).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
    assertThat(Normalizer.isNormalized(d.getText(), Normalizer.Form.NFC)).isTrue();
  }

  @Property
  void anyString_detectionNeverThrows(@ForAll String s) {
    Detection d = LegacyEncodings.detect(s);
    assertThat(Normalizer.isNormalized(d.getText(), Normalizer.Form.NFC)).isTrue();
    assertThat(d.getConfidence()).isBetween(0.0, 1.0);
    assertThat(d.getScores()).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
    // Text taken as Unicode (or ASCII) comes back as it is, in NFC: nothing converted behind the caller's back.
    if (d.getEncoding() == DetectedEncoding.UNICODE || d.getEncoding() == DetectedEncoding.ASCII) {
      assertThat(d.getText()).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFC));
    }
  }
}
