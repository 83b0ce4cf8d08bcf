package io.kehoach.legacy.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The fixtures written for the tests (see fixtures/encoding/README.md): detection and decoding. */
class EncodingFixturesTest {

  private static DynamicTest bytesFixture(String file, String expected, DetectedEncoding encoding) {
    return DynamicTest.dynamicTest(file, () -> {
      byte[] bytes = LegacyEncodingsTest.resource("/fixtures/encoding/" + file);
      String want = new String(LegacyEncodingsTest.resource("/fixtures/encoding/" + expected), StandardCharsets.UTF_8);
      assertThat(new String(bytes, 0, 20, StandardCharsets.US_ASCII)).isEqualTo("Written for the test");
      Detection d = LegacyEncodings.detect(bytes);
      assertThat(d.getEncoding()).isEqualTo(encoding);
      assertThat(d.isConfident()).isTrue();
      assertThat(d.getText()).isEqualTo(want);
    });
  }

  @TestFactory
  List<DynamicTest> fixtures() {
    return List.of(
        bytesFixture("01-tcvn3-plan-header.tcvn3.txt", "01-tcvn3-plan-header.expected", DetectedEncoding.TCVN3),
        bytesFixture("02-tcvn3-mojibake-string.txt", "02-tcvn3-mojibake-string.expected", DetectedEncoding.TCVN3),
        bytesFixture("03-vni-text.vni.txt", "03-vni-text.expected", DetectedEncoding.VNI),
        bytesFixture("04-viscii-text.viscii.txt", "04-viscii-text.expected", DetectedEncoding.VISCII),
        DynamicTest.dynamicTest("02 as a string", () -> {
          String text = new String(LegacyEncodingsTest.resource("/fixtures/encoding/02-tcvn3-mojibake-string.txt"),
              StandardCharsets.UTF_8);
          String want = new String(LegacyEncodingsTest.resource("/fixtures/encoding/02-tcvn3-mojibake-string.expected"),
              StandardCharsets.UTF_8);
          assertThat(LegacyEncodings.toUnicode(text)).isEqualTo(want);
          assertThat(LegacyEncoding.TCVN3.decode(text)).isEqualTo(want);
        }));
  }
}
