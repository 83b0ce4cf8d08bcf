package io.kehoach.legacy.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kehoach.legacy.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LegacyEncodingsTest {

  static final String[] SEEDS = {"000_2890048806d2c790.txt", "001_034941025d401579.txt",
      "002_85e0e6a2eab08a47.txt", "003_338ae78fb495c782.txt", "004_062a52863d0809ee.txt"};

  static byte[] resource(String path) throws IOException {
    try (InputStream in = LegacyEncodingsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    }
  }

  static String seed(String name) throws IOException {
    return Seeds.nfc(name.substring(0, 3));
  }

  /** What VISCII cannot hold in the seeds (curly quotes, ellipsis, no-break space), replaced. */
  static String forViscii(String s) {
    return s.replace('“', '"').replace('”', '"').replace("…", "...").replace('\u00A0', ' ');
  }

  /** The seed as ABC text keeps it: capitals with a tone mark become lowercase (TCVN3 has no code). */
  static String tonedCapitalsLowered(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      boolean toned = Character.isUpperCase(c) && !LegacyEncoding.TCVN3.canEncode(String.valueOf(c));
      b.append(toned ? Character.toLowerCase(c) : c);
    }
    return b.toString();
  }

  @TestFactory
  List<DynamicTest> seeds_encodedInEachCharset_decodeBack_andAreDetectedConfidently() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : SEEDS) {
      tests.add(DynamicTest.dynamicTest(name + " VNI", () -> {
        String text = seed(name);
        byte[] bytes = LegacyEncoding.VNI.encode(text);
        assertThat(LegacyEncoding.VNI.decode(bytes)).isEqualTo(text);
        Detection d = LegacyEncodings.detect(bytes);
        assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.VNI);
        assertThat(d.getConfidence()).isGreaterThan(0.7);
        assertThat(d.getText()).isEqualTo(text);
      }));
      tests.add(DynamicTest.dynamicTest(name + " VISCII", () -> {
        String text = seed(name);
        assertThat(LegacyEncoding.VISCII.canEncode(text) || text.matches("(?s).*[“”…\u00A0].*")).isTrue();
        String viscii = forViscii(text);
        byte[] bytes = LegacyEncoding.VISCII.encode(viscii);
        assertThat(LegacyEncoding.VISCII.decode(bytes)).isEqualTo(viscii);
        Detection d = LegacyEncodings.detect(bytes);
        assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.VISCII);
        assertThat(d.getConfidence()).isGreaterThan(0.7);
        assertThat(d.getText()).isEqualTo(viscii);
      }));
      tests.add(DynamicTest.dynamicTest(name + " TCVN3", () -> {
        String text = seed(name);
        String abc = tonedCapitalsLowered(text);
        byte[] bytes = LegacyEncoding.TCVN3.encode(abc);
        assertThat(LegacyEncoding.TCVN3.decode(bytes)).isEqualTo(abc);
        assertThat(LegacyEncoding.TCVN3.encodeFoldingCapitals(text)).isEqualTo(bytes);
        Detection d = LegacyEncodings.detect(bytes);
        assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.TCVN3);
        assertThat(d.getConfidence()).isGreaterThan(0.7);
        assertThat(d.getText()).isEqualToIgnoringCase(text);
        // The same bytes as a Windows-1252 reader shows them are found and converted too.
        Detection s = LegacyEncodings.detect(LegacyEncoding.TCVN3.encodeToString(abc));
        assertThat(s.getEncoding()).isEqualTo(DetectedEncoding.TCVN3);
        assertThat(s.getText()).isEqualTo(d.getText());
      }));
      tests.add(DynamicTest.dynamicTest(name + " UTF-8", () -> {
        String text = seed(name);
        Detection d = LegacyEncodings.detect(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.UNICODE);
        assertThat(d.getConfidence()).isGreaterThan(0.7);
        assertThat(d.getText()).isEqualTo(text);
        assertThat(LegacyEncodings.toUnicode(text)).isEqualTo(text);
      }));
    }
    return tests;
  }

  @Test
  void seed003_tcvn3_strictEncodeFailsAtFirstTonedCapital() throws IOException {
    String text = seed("003_338ae78fb495c782.txt");
    int expected = -1;
    for (int i = 0; i < text.length() && expected < 0; i++) {
      if (!LegacyEncoding.TCVN3.canEncode(String.valueOf(text.charAt(i)))) {
        expected = i;
      }
    }
    assertThat(expected).isGreaterThanOrEqualTo(0);
    assertThat(LegacyEncoding.TCVN3.findUnencodable(text)).hasValue(expected);
  }

  @Test
  void seed003_tcvn3_allCapitalLinesAreRestoredByDetection() throws IOException {
    String text = seed("003_338ae78fb495c782.txt");
    String decoded = LegacyEncodings.detect(LegacyEncoding.TCVN3.encodeFoldingCapitals(text)).getText();
    List<String> capitalLines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String letters = line.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 4 && line.equals(line.toUpperCase(Locale.ROOT)) && line.contains(" ")) {
        capitalLines.add(line);
      }
    }
    assertThat(capitalLines).contains("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU");
    assertThat(decoded.split("\n")).contains(capitalLines.toArray(new String[0]));
    assertThat(decoded).contains("Số: 36 /KH-UBND", "Bình Phước, ngày 16 tháng 02 năm 2017");
  }

  @Test
  void titleLine_inTcvn3_isFound() {
    byte[] title = LegacyEncoding.TCVN3.encodeFoldingCapitals(
        "Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017");
    Detection d = LegacyEncodings.detect(title);
    assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.TCVN3);
    assertThat(d.isConfident()).isTrue();
    assertThat(d.getText()).isEqualTo("Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017");
  }

  @Test
  void shortTitle_inEachCharset_isFound() {
    String title = "Kế hoạch năm 2008";
    for (LegacyEncoding e : LegacyEncoding.values()) {
      Detection d = LegacyEncodings.detect(e.encode(title));
      assertThat(d.getEncoding()).as(e.name()).isEqualTo(DetectedEncoding.of(e));
      assertThat(d.getText()).isEqualTo(title);
      assertThat(d.getConfidence()).isGreaterThan(0);
    }
  }

  @Test
  void ambiguousSingleByte_hasLowConfidence() {
    // 0xE0 is "Ổ" in TCVN3, "à" in VISCII and in VNI: each a word on its own.
    Detection d = LegacyEncodings.detect(new byte[] {'V', 0x20, (byte) 0xE0});
    assertThat(d.isConfident()).isFalse();
    assertThat(d.getConfidence()).isLessThan(0.2);
    assertThat(d.getScores()).hasSize(4);
  }

  @Test
  void asciiOnly_isAscii_withFullConfidence() {
    Detection d = LegacyEncodings.detect("Plan 36/KH-UBND, 2017".getBytes(StandardCharsets.US_ASCII));
    assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.ASCII);
    assertThat(d.getConfidence()).isEqualTo(1.0);
    assertThat(d.getText()).isEqualTo("Plan 36/KH-UBND, 2017");
    assertThat(d.getScores()).extracting(EncodingScore::encoding).contains(DetectedEncoding.values());
    assertThat(LegacyEncodings.detect("").getEncoding()).isEqualTo(DetectedEncoding.ASCII);
    assertThat(LegacyEncodings.detect(new byte[0]).getText()).isEmpty();
  }

  @Test
  void utf8WithBom_isUnicode_withoutTheBom() {
    byte[] body = "Ủy ban nhân dân tỉnh Bình Phước".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(LegacyEncodings.decodeAuto(bytes)).isEqualTo("Ủy ban nhân dân tỉnh Bình Phước");
  }

  @Test
  void utf8HoldingMojibake_isConvertedFromTcvn3() {
    byte[] bytes = "Céng hoµ x· héi chñ nghÜa ViÖt Nam".getBytes(StandardCharsets.UTF_8);
    Detection d = LegacyEncodings.detect(bytes);
    assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.TCVN3);
    assertThat(d.getText()).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
    assertThat(d.isConfident()).isTrue();
  }

  @Test
  void nfdUnicodeString_isUnicode_andComesBackNfc() {
    String nfc = "Nghị quyết về phát triển kinh tế - xã hội";
    Detection d = LegacyEncodings.detect(Normalizer.normalize(nfc, Normalizer.Form.NFD));
    assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.UNICODE);
    assertThat(d.getText()).isEqualTo(nfc);
  }

  @Test
  void restoreCapitals_leavesSentenceCaseAlone() {
    assertThat(LegacyEncodings.restoreCapitals("Kế HOạCH")).isEqualTo("KẾ HOẠCH");
    assertThat(LegacyEncodings.restoreCapitals("ủY BAN NHÂN DÂN")).isEqualTo("ỦY BAN NHÂN DÂN");
    assertThat(LegacyEncodings.restoreCapitals("Uỷ BAN NHÂN DÂN")).isEqualTo("UỶ BAN NHÂN DÂN");
    assertThat(LegacyEncodings.restoreCapitals("Số: 36 /KH-UBND")).isEqualTo("Số: 36 /KH-UBND");
    assertThat(LegacyEncodings.restoreCapitals("Kế hoạch của Hà Nội\nở TP")).isEqualTo("Kế hoạch của Hà Nội\nở TP");
  }

  // --- hostile inputs ---------------------------------------------------------------------

  @Test
  void all256Bytes_decodeInEveryCharset_toNfc_andDetectionDoesNotThrow() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    for (LegacyEncoding e : LegacyEncoding.values()) {
      String s = e.decode(all);
      assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as(e.name()).isTrue();
      assertThat(s.length()).as(e.name()).isBetween(200, 256);
    }
    assertThat(LegacyEncoding.VISCII.decode(all)).hasSize(256);
    Detection d = LegacyEncodings.detect(all);
    assertThat(d.getConfidence()).isBetween(0.0, 1.0);
    assertThat(Normalizer.isNormalized(d.getText(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void loneVniMarkAtStart_andEmptyInput_areHarmless() {
    assertThat(LegacyEncoding.VNI.decode(new byte[] {(byte) 0xF9})).isEqualTo("ù");
    assertThat(LegacyEncoding.VNI.decode(new byte[] {(byte) 0xD9, 'A'})).isEqualTo("ÙA");
    for (LegacyEncoding e : LegacyEncoding.values()) {
      assertThat(e.decode(new byte[0])).isEmpty();
      assertThat(e.decode("")).isEmpty();
      assertThat(e.encode("")).isEmpty();
    }
  }

  @Test
  void randomBytes_neverThrow_andDecodeToNfc() {
    Random random = new Random(20080305);
    for (int round = 0; round < 300; round++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      for (LegacyEncoding e : LegacyEncoding.values()) {
        String s = e.decode(bytes);
        assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isTrue();
      }
      Detection d = LegacyEncodings.detect(bytes);
      assertThat(Normalizer.isNormalized(d.getText(), Normalizer.Form.NFC)).isTrue();
    }
  }

  @Test
  void tenMegabytes_isDetectedAndDecoded() throws IOException {
    byte[] one = LegacyEncoding.VNI.encode(seed("003_338ae78fb495c782.txt"));
    byte[] big = new byte[10 * 1024 * 1024];
    for (int at = 0; at < big.length; at += one.length) {
      System.arraycopy(one, 0, big, at, Math.min(one.length, big.length - at));
    }
    Detection d = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> LegacyEncodings.detect(big));
    assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.VNI);
    assertThat(d.getText()).startsWith(seed("003_338ae78fb495c782.txt").substring(0, 200));
    byte[] back = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> LegacyEncoding.VNI.encode(d.getText()));
    assertThat(Arrays.equals(back, big)).isTrue();
  }

  @Test
  void detect_aShortVisciiName_isNotTakenForMixedCaseTcvn3() {
    // Regression: VISCII "Trần Thị Mai" read as TCVN3 is "TrƠn Thá Mai"; every word passed the
    // syllable grammar (case ignored), so TCVN3 won the tie. A capital after a lowercase ASCII
    // letter now counts against a reading.
    byte[] bytes = LegacyEncoding.VISCII.encode("Trần Thị Mai");
    Detection d = LegacyEncodings.detect(bytes);
    assertThat(d.getEncoding()).isEqualTo(DetectedEncoding.VISCII);
    assertThat(d.getText()).isEqualTo("Trần Thị Mai");
    // A TCVN3 heading, whose toned capitals decode lowercase between capitals ("HOạCH"), still wins.
    Detection heading = LegacyEncodings.detect(LegacyEncoding.TCVN3.encodeFoldingCapitals("KẾ HOẠCH TRIỂN KHAI"));
    assertThat(heading.getEncoding()).isEqualTo(DetectedEncoding.TCVN3);
    assertThat(heading.getText()).isEqualTo("KẾ HOẠCH TRIỂN KHAI");
  }
}
