package io.kehoach.legacy.encoding.internal;

import static io.kehoach.legacy.encoding.internal.VietLetters.BASES;
import static io.kehoach.legacy.encoding.internal.VietLetters.TONES;

/**
 * A charset of one byte per character: TCVN3 (TCVN 5712:1993, the ABC / {@code .VnTime} set) and
 * VISCII (RFC 1456). The tables are facts of the published standards, laid out here as a grid of
 * twelve vowel bases (rows, {@code a ă â e ê i o ô ơ u ư y}) by six tones (columns: none, huyền
 * (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot below)); see each factory for the
 * sources they were checked against.
 */
public final class SingleByteCodec extends Codec {
  private final char[] toChar;

  private SingleByteCodec(char[] toChar) {
    this.toChar = toChar;
  }

  @Override
  public String decode(Units units) {
    int n = units.length();
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int u = units.at(i);
      b.append(u >= Units.LITERAL ? (char) (u - Units.LITERAL) : toChar[u]);
    }
    return nfc(b);
  }

  /** The character of byte {@code b} (0-255), before normalisation. */
  public char charOf(int b) {
    return toChar[b];
  }

  // --- TCVN3 ---------------------------------------------------------------------------------

  /**
   * TCVN3 lowercase letters: TCVN 5712:1993 VN3, the set of the ABC keyboard driver and of the
   * {@code .VnTime} fonts. Checked against: GNU libiconv {@code lib/tcvn.h} (TCVN-5712), glibc
   * iconv charmap {@code TCVN5712-1} (run locally), xvnkb {@code tcvn.h} (Dao Hai Lam, 2002),
   * duydev/vietnamese-conversion {@code src/charsets.ts} and the OpenKey/UniKey-derived table of
   * NexusKey {@code CodeTableConverter.cpp}: all five agree on every cell.
   */
  private static final int[][] TCVN3_LOWER = {
      // none  grave acute hook  tilde dot
      {'a', 0xB5, 0xB8, 0xB6, 0xB7, 0xB9}, // a
      {0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6}, // ă
      {0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB}, // â
      {'e', 0xCC, 0xD0, 0xCE, 0xCF, 0xD1}, // e
      {0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6}, // ê
      {'i', 0xD7, 0xDD, 0xD8, 0xDC, 0xDE}, // i
      {'o', 0xDF, 0xE3, 0xE1, 0xE2, 0xE4}, // o
      {0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9}, // ô
      {0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE}, // ơ
      {'u', 0xEF, 0xF3, 0xF1, 0xF2, 0xF4}, // u
      {0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9}, // ư
      {'y', 0xFA, 0xFD, 0xFB, 0xFC, 0xFE}, // y
  };

  /** TCVN3 capitals without tone (VN3): Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7; đ at 0xAE; NBSP at 0xA0. */
  private static final int[][] TCVN3_OTHERS = {
      {0xA1, 'Ă'}, {0xA2, 'Â'}, {0xA3, 'Ê'}, {0xA4, 'Ô'}, {0xA5, 'Ơ'}, {0xA6, 'Ư'}, {0xA7, 'Đ'},
      {0xAE, 'đ'}, {0xA0, '\u00A0'},
  };

  /**
   * The sixteen toned capitals and five combining tone marks that TCVN 5712:1993 VN2 places in the
   * upper half where VN3 has nothing (libiconv {@code tcvn.h} and glibc {@code TCVN5712-1} agree).
   * Read when met; never written, since the {@code .VnTime} fonts have no such glyphs and ABC text
   * writes capitals with the lowercase codes (see {@code LegacyEncoding.TCVN3}).
   */
  private static final int[][] TCVN3_VN2_READ_ONLY = {
      {0xAF, 'Ằ'}, {0xBA, 'Ẳ'}, {0xBF, 'Ẵ'}, {0xC0, 'Ắ'}, {0xC1, 'Ầ'}, {0xC2, 'Ẩ'}, {0xC3, 'Ẫ'},
      {0xC4, 'Ấ'}, {0xC5, 'Ề'}, {0xCD, 'Ể'}, {0xD9, 'Ễ'}, {0xDA, 'Ế'}, {0xDB, 'Ồ'}, {0xE0, 'Ổ'},
      {0xF0, 'Ỗ'}, {0xFF, 'Ố'},
      {0xB0, '\u0300'}, {0xB1, '\u0309'}, {0xB2, '\u0303'}, {0xB3, '\u0301'}, {0xB4, '\u0323'},
  };

  /**
   * TCVN3 as ABC text holds it. Bytes 0x00-0x7F are ASCII (VN3 and VN2 keep C0 as controls; the
   * capitals that VN1 puts at 0x01-0x17 are not read, since no ABC font or driver produces them);
   * 0x80-0x9F are read as Windows-1252 (curly quotes, dashes, ellipsis), which is what Word-era
   * {@code .VnTime} documents hold there, rather than the VN1 capitals of libiconv.
   */
  public static SingleByteCodec tcvn3() {
    char[] t = new char[256];
    for (int i = 0; i < 256; i++) {
      t[i] = Cp1252.toChar(i);
    }
    for (int[] p : TCVN3_VN2_READ_ONLY) {
      t[p[0]] = (char) p[1];
    }
    SingleByteCodec codec = new SingleByteCodec(t);
    for (int b = 0; b < BASES.length(); b++) {
      for (int tone = 0; tone < TONES; tone++) {
        int code = TCVN3_LOWER[b][tone];
        t[code] = VietLetters.letter(b, tone, false);
      }
    }
    for (int[] p : TCVN3_OTHERS) {
      t[p[0]] = (char) p[1];
    }
    for (int i = 0; i < 256; i++) {
      if (!isReadOnly(i)) {
        codec.encodeAs(t[i], (byte) i);
      }
    }
    return codec;
  }

  private static boolean isReadOnly(int code) {
    for (int[] p : TCVN3_VN2_READ_ONLY) {
      if (p[0] == code) {
        return true;
      }
    }
    return false;
  }

  // --- VISCII --------------------------------------------------------------------------------

  /**
   * VISCII lowercase letters, RFC 1456 ("VISCII 1.1"). Checked against GNU libiconv
   * {@code lib/viscii.h} and the glibc iconv charmap {@code VISCII} (run locally over all 256
   * bytes): they agree on every cell.
   */
  private static final int[][] VISCII_LOWER = {
      // none  grave acute hook  tilde dot
      {'a', 0xE0, 0xE1, 0xE4, 0xE3, 0xD5}, // a
      {0xE5, 0xA2, 0xA1, 0xC6, 0xC7, 0xA3}, // ă
      {0xE2, 0xA5, 0xA4, 0xA6, 0xE7, 0xA7}, // â
      {'e', 0xE8, 0xE9, 0xEB, 0xA8, 0xA9}, // e
      {0xEA, 0xAB, 0xAA, 0xAC, 0xAD, 0xAE}, // ê
      {'i', 0xEC, 0xED, 0xEF, 0xEE, 0xB8}, // i
      {'o', 0xF2, 0xF3, 0xF6, 0xF5, 0xF7}, // o
      {0xF4, 0xB0, 0xAF, 0xB1, 0xB2, 0xB5}, // ô
      {0xBD, 0xB6, 0xBE, 0xB7, 0xDE, 0xFE}, // ơ
      {'u', 0xF9, 0xFA, 0xFC, 0xFB, 0xF8}, // u
      {0xDF, 0xD7, 0xD1, 0xD8, 0xE6, 0xF1}, // ư
      {'y', 0xCF, 0xFD, 0xD6, 0xDB, 0xDC}, // y
  };

  /** VISCII capitals, RFC 1456; six of them sit in C0 (0x02, 0x05, 0x06, 0x14, 0x19, 0x1E). */
  private static final int[][] VISCII_UPPER = {
      // none  grave acute hook  tilde dot
      {'A', 0xC0, 0xC1, 0xC4, 0xC3, 0x80}, // A
      {0xC5, 0x82, 0x81, 0x02, 0x05, 0x83}, // Ă
      {0xC2, 0x85, 0x84, 0x86, 0x06, 0x87}, // Â
      {'E', 0xC8, 0xC9, 0xCB, 0x88, 0x89}, // E
      {0xCA, 0x8B, 0x8A, 0x8C, 0x8D, 0x8E}, // Ê
      {'I', 0xCC, 0xCD, 0x9B, 0xCE, 0x98}, // I
      {'O', 0xD2, 0xD3, 0x99, 0xA0, 0x9A}, // O
      {0xD4, 0x90, 0x8F, 0x91, 0x92, 0x93}, // Ô
      {0xB4, 0x96, 0x95, 0x97, 0xB3, 0x94}, // Ơ
      {'U', 0xD9, 0xDA, 0x9C, 0x9D, 0x9E}, // U
      {0xBF, 0xBB, 0xBA, 0xBC, 0xFF, 0xB9}, // Ư
      {'Y', 0x9F, 0xDD, 0x14, 0x19, 0x1E}, // Y
  };

  /** VISCII: every byte is a character; 0x80-0xFF and six C0 positions are letters. */
  public static SingleByteCodec viscii() {
    char[] t = new char[256];
    for (int i = 0; i < 128; i++) {
      t[i] = (char) i;
    }
    for (int b = 0; b < BASES.length(); b++) {
      for (int tone = 0; tone < TONES; tone++) {
        t[VISCII_LOWER[b][tone]] = VietLetters.letter(b, tone, false);
        t[VISCII_UPPER[b][tone]] = VietLetters.letter(b, tone, true);
      }
    }
    t[0xF0] = 'đ';
    t[0xD0] = 'Đ';
    SingleByteCodec codec = new SingleByteCodec(t);
    for (int i = 0; i < 256; i++) {
      if (t[i] == 0 && i != 0) {
        throw new AssertionError("VISCII byte without a character: " + i);
      }
      codec.encodeAs(t[i], (byte) i);
    }
    return codec;
  }
}
