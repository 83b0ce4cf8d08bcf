package io.kehoach.legacy.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {

  /** The 12 vowel bases with the 6 tones (none, huyền, sắc, hỏi, ngã, nặng), written out by hand. */
  static final String[] LOWER_GRID = {
      "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
      "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"};

  /** Every Vietnamese letter with every tone, both cases, plus đ/Đ: 12 × 6 × 2 + 2 = 146. */
  static List<String> allLetters() {
    List<String> all = new ArrayList<>();
    for (String row : LOWER_GRID) {
      for (char c : row.toCharArray()) {
        all.add(String.valueOf(c));
        all.add(String.valueOf(c).toUpperCase(Locale.ROOT));
      }
    }
    all.add("đ");
    all.add("Đ");
    return all;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static boolean isToned(char c) {
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return nfd.chars().anyMatch(m -> m == 0x300 || m == 0x301 || m == 0x309 || m == 0x303 || m == 0x323);
  }

  @Test
  void grid_hasAll146Letters_distinctAndPrecomposed() {
    assertThat(allLetters()).hasSize(146).doesNotHaveDuplicates()
        .allSatisfy(l -> assertThat(Normalizer.isNormalized(l, Normalizer.Form.NFC)).isTrue());
  }

  @Test
  void vniAndViscii_everyLetterEveryToneBothCases_roundTrip() {
    for (LegacyEncoding e : new LegacyEncoding[] {LegacyEncoding.VNI, LegacyEncoding.VISCII}) {
      for (String letter : allLetters()) {
        byte[] encoded = e.encode(letter);
        assertThat(e.decode(encoded)).as("%s %s", e, letter).isEqualTo(letter);
        assertThat(e.decode(e.encodeToString(letter))).as("%s %s as text", e, letter).isEqualTo(letter);
        String nfd = Normalizer.normalize(letter, Normalizer.Form.NFD);
        assertThat(e.encode(nfd)).as("%s %s NFD", e, letter).isEqualTo(encoded);
      }
    }
  }

  @Test
  void viscii_allLettersTogether_take134DistinctBytes() {
    List<Integer> codes = new ArrayList<>();
    for (String letter : allLetters()) {
      byte[] b = LegacyEncoding.VISCII.encode(letter);
      assertThat(b).hasSize(1);
      if (letter.charAt(0) >= 0x80) {
        codes.add(b[0] & 0xFF);
      }
    }
    assertThat(codes).hasSize(134).doesNotHaveDuplicates();
  }

  @Test
  void tcvn3_lowercaseAndUntonedCapitals_roundTrip_tonedCapitalsAreRejectedOrFolded() {
    LegacyEncoding e = LegacyEncoding.TCVN3;
    int rejected = 0;
    for (String letter : allLetters()) {
      char c = letter.charAt(0);
      boolean tonedCapital = Character.isUpperCase(c) && isToned(c);
      if (tonedCapital) {
        rejected++;
        assertThat(e.canEncode(letter)).as(letter).isFalse();
        assertThatThrownBy(() -> e.encode("ab" + letter)).isInstanceOf(UnencodableCharacterException.class)
            .satisfies(x -> assertThat(((UnencodableCharacterException) x).getIndex()).isEqualTo(2));
        String lower = letter.toLowerCase(Locale.ROOT);
        assertThat(e.encodeFoldingCapitals(letter)).as(letter).isEqualTo(e.encode(lower));
        assertThat(e.decode(e.encodeFoldingCapitals(letter))).isEqualTo(lower);
      } else {
        byte[] encoded = e.encode(letter);
        assertThat(encoded).as(letter).hasSize(1);
        assertThat(e.decode(encoded)).as(letter).isEqualTo(letter);
        assertThat(e.encode(Normalizer.normalize(letter, Normalizer.Form.NFD))).isEqualTo(encoded);
      }
    }
    assertThat(rejected).isEqualTo(12 * 5);
  }

  /** Exact cells of the published tables, so that a shifted table cannot pass. */
  @Test
  void viscii_exactBytes_fromRfc1456() {
    LegacyEncoding v = LegacyEncoding.VISCII;
    assertThat(v.decode(bytes(0xE0))).isEqualTo("à");
    assertThat(v.decode(bytes(0xD5))).isEqualTo("ạ");
    assertThat(v.decode(bytes(0xA0))).isEqualTo("Õ");
    assertThat(v.decode(bytes(0xF0, 0xD0))).isEqualTo("đĐ");
    assertThat(v.decode(bytes(0xAA, 0xFF, 0xDF, 0xBD))).isEqualTo("ếỮươ");
    assertThat(v.decode(bytes(0x80, 0x9F, 0xB4, 0xBF))).isEqualTo("ẠỲƠƯ");
    // The six capitals in C0.
    assertThat(v.decode(bytes(0x02, 0x05, 0x06, 0x14, 0x19, 0x1E))).isEqualTo("ẲẴẪỶỸỴ");
    assertThat(v.encode("Việt Nam")).isEqualTo(bytes('V', 'i', 0xAE, 't', ' ', 'N', 'a', 'm'));
  }

  @Test
  void tcvn3_exactBytes_fromTcvn5712() {
    LegacyEncoding t = LegacyEncoding.TCVN3;
    assertThat(t.decode(bytes(0xB5, 0xB8, 0xB6, 0xB7, 0xB9))).isEqualTo("àáảãạ");
    assertThat(t.decode(bytes(0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7))).isEqualTo("ĂÂÊÔƠƯĐ");
    assertThat(t.decode(bytes(0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE))).isEqualTo("ăâêôơưđ");
    assertThat(t.decode(bytes(0xD5, 0xE9, 0xF9, 0xFE))).isEqualTo("ếộựỵ");
    assertThat(t.decode(bytes(0xA0))).isEqualTo("\u00A0");
    // VN2 capitals and combining marks are read, never written.
    assertThat(t.decode(bytes(0xDA, 0xFF, 0xC0))).isEqualTo("ẾỐẮ");
    assertThat(t.decode(bytes('a', 0xB3))).isEqualTo("á");
    // 0x80-0x9F are Windows-1252 punctuation, as in Word-era documents.
    assertThat(t.decode(bytes(0x93, 'x', 0x94, 0x85, 0x96))).isEqualTo("“x”…–");
    assertThat(t.encode("“Đà”")).isEqualTo(bytes(0x93, 0xA7, 0xB5, 0x94));
    assertThat(t.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
  }

  @Test
  void vni_exactBytes_fromTheVniLayout() {
    LegacyEncoding v = LegacyEncoding.VNI;
    assertThat(v.decode("Vieät Nam")).isEqualTo("Việt Nam");
    assertThat(v.encodeToString("Việt Nam")).isEqualTo("Vieät Nam");
    assertThat(v.encode("Đđ")).isEqualTo(bytes(0xD1, 0xF1));
    assertThat(v.encode("Á")).isEqualTo(bytes('A', 0xD9));
    assertThat(v.encode("ơư")).isEqualTo(bytes(0xF4, 0xF6));
    assertThat(v.encode("ờ")).isEqualTo(bytes(0xF4, 0xF8));
    assertThat(v.encode("ỵ")).isEqualTo(bytes(0xEE));
    assertThat(v.encode("ì í ỉ ĩ ị")).isEqualTo(bytes(0xEC, ' ', 0xED, ' ', 0xE6, ' ', 0xF3, ' ', 0xF2));
    assertThat(v.encode("ặ Ặ ậ")).isEqualTo(bytes('a', 0xEB, ' ', 'A', 0xCB, ' ', 'a', 0xE4));
    assertThat(v.decode("ñöôøng")).isEqualTo("đường");
    // Lenient: a capital mark after a lowercase vowel still joins.
    assertThat(v.decode("aÙ")).isEqualTo("á");
  }

  @Test
  void vni_markThatCannotJoin_isKeptAsItsCharacter() {
    assertThat(LegacyEncoding.VNI.decode(bytes(0xF9, 'b', 0xF9))).isEqualTo("ùbù");
    assertThat(LegacyEncoding.VNI.decode(bytes(0xE1, 0xF9))).isEqualTo("áù");
  }

  @Test
  void decodeString_acceptsCp1252AndLatin1ViewsOfTheSameBytes() {
    byte[] raw = bytes(0x93, 'H', 0xB5, 0x94, ' ', 0x96);
    String cp1252 = new String(raw, java.nio.charset.Charset.forName("windows-1252"));
    String latin1 = new String(raw, StandardCharsets.ISO_8859_1);
    for (LegacyEncoding e : LegacyEncoding.values()) {
      assertThat(e.decode(cp1252)).as("%s cp1252", e).isEqualTo(e.decode(raw));
      assertThat(e.decode(latin1)).as("%s latin-1", e).isEqualTo(e.decode(raw));
    }
    assertThat(LegacyEncoding.VISCII.decode(cp1252)).isEqualTo("ỘHộỢ Ờ");
    assertThat(LegacyEncoding.TCVN3.decode(latin1)).isEqualTo("“Hà” –");
  }

  @Test
  void decodeString_keepsCharactersThatAreNoByte() {
    assertThat(LegacyEncoding.TCVN3.decode("Hµ Nội")).isEqualTo("Hà Nội");
  }

  @Test
  void encode_unencodable_isTypedError_withIndexLineAndColumn_inBothLanguages() {
    assertThatThrownBy(() -> LegacyEncoding.VISCII.encode("Dòng một\nxin “chào”"))
        .isInstanceOf(UnencodableCharacterException.class)
        .isInstanceOf(io.kehoach.InvalidDataException.class)
        .satisfies(x -> {
          UnencodableCharacterException u = (UnencodableCharacterException) x;
          assertThat(u.getIndex()).isEqualTo(13);
          assertThat(u.getCodePoint()).isEqualTo(0x201C);
          assertThat(u.getEncoding()).isEqualTo(LegacyEncoding.VISCII);
          assertThat(u.getLocation().orElseThrow().getLine()).hasValue(2);
          assertThat(u.getLocation().orElseThrow().getColumn()).hasValue(5);
          assertThat(u.getText().en()).contains("U+201C", "index 13", "VISCII");
          assertThat(u.getText().vi()).contains("U+201C", "vị trí 13", "bảng mã");
        });
    assertThat(LegacyEncoding.VISCII.findUnencodable("abc€")).hasValue(3);
    assertThat(LegacyEncoding.VNI.findUnencodable("Tiếng Việt")).isEmpty();
    // Characters outside the BMP and stray combining marks are reported, not replaced.
    assertThat(LegacyEncoding.VNI.findUnencodable("a😀")).hasValue(1);
    assertThat(LegacyEncoding.TCVN3.findUnencodable("xb\u0301")).hasValue(2);
  }

  @Test
  void encode_nfdInput_encodesLikeNfc() {
    String text = "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2008";
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    for (LegacyEncoding e : LegacyEncoding.values()) {
      assertThat(e.encode(nfd)).as(e.name()).isEqualTo(e.encode(text));
    }
  }

  @Test
  void forName_findsConstantsAndAliases() {
    assertThat(LegacyEncoding.forName(".VnTime")).hasValue(LegacyEncoding.TCVN3);
    assertThat(LegacyEncoding.forName("abc")).hasValue(LegacyEncoding.TCVN3);
    assertThat(LegacyEncoding.forName("TCVN 5712:1993")).hasValue(LegacyEncoding.TCVN3);
    assertThat(LegacyEncoding.forName("vni-windows")).hasValue(LegacyEncoding.VNI);
    assertThat(LegacyEncoding.forName("VNI Times")).hasValue(LegacyEncoding.VNI);
    assertThat(LegacyEncoding.forName("viscii")).hasValue(LegacyEncoding.VISCII);
    assertThat(LegacyEncoding.forName("utf-8")).isEmpty();
    assertThat(LegacyEncoding.TCVN3.getDisplayName()).contains("TCVN3");
    assertThat(LegacyEncoding.VNI.getAliases()).contains("VNI-Windows");
  }
}
