package io.kehoach.legacy.encoding.internal;

import java.text.Normalizer;

/**
 * The Vietnamese letters as a grid: twelve vowel bases ({@code a ă â e ê i o ô ơ u ư y}) times six
 * tones (none, huyền, sắc, hỏi, ngã, nặng) in both cases, plus {@code đ}/{@code Đ}. Every one of
 * the 134 precomposed letters of Unicode (and of RFC 1456) is one cell; the Unicode character of a
 * cell is computed from its base and the combining tone mark by NFC, so no table of Unicode code
 * points is typed here.
 */
public final class VietLetters {
  /** The vowel bases in the order of the legacy tables below. */
  public static final String BASES = "aăâeêioôơuưy";

  /** Base indices. */
  public static final int A = 0, A_BREVE = 1, A_CIRC = 2, E = 3, E_CIRC = 4, I = 5, O = 6, O_CIRC = 7,
      O_HORN = 8, U = 9, U_HORN = 10, Y = 11;

  /** Tone indices, in the order the tables of this package use. */
  public static final int NONE = 0, GRAVE = 1, ACUTE = 2, HOOK = 3, TILDE = 4, DOT = 5;

  /** The number of tones, including none. */
  public static final int TONES = 6;

  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  private static final char[][] LOWER = new char[BASES.length()][TONES];
  private static final char[][] UPPER = new char[BASES.length()][TONES];
  /** For each char below {@code LIMIT}: base * 16 + tone * 2 + (upper ? 1 : 0), or -1. */
  private static final int LIMIT = 0x1F00;
  private static final short[] INFO = new short[LIMIT];

  static {
    java.util.Arrays.fill(INFO, (short) -1);
    for (int b = 0; b < BASES.length(); b++) {
      for (int t = 0; t < TONES; t++) {
        String lower = BASES.charAt(b) + (t == 0 ? "" : String.valueOf(TONE_MARKS[t]));
        String nfc = Normalizer.normalize(lower, Normalizer.Form.NFC);
        String upperNfc = nfc.toUpperCase(java.util.Locale.ROOT);
        if (nfc.length() != 1 || upperNfc.length() != 1) {
          throw new AssertionError("not precomposed: " + lower);
        }
        LOWER[b][t] = nfc.charAt(0);
        UPPER[b][t] = upperNfc.charAt(0);
        INFO[LOWER[b][t]] = (short) (b * 16 + t * 2);
        INFO[UPPER[b][t]] = (short) (b * 16 + t * 2 + 1);
      }
    }
  }

  private VietLetters() {}

  /** The letter of base {@code base} with tone {@code tone}, capital when {@code upper}. */
  public static char letter(int base, int tone, boolean upper) {
    return upper ? UPPER[base][tone] : LOWER[base][tone];
  }

  /** Whether {@code c} is a Vietnamese vowel letter (with or without tone), in either case. */
  public static boolean isVowel(char c) {
    return c < LIMIT && INFO[c] >= 0;
  }

  /** The base index of vowel letter {@code c}; {@code c} must be a vowel. */
  public static int base(char c) {
    return INFO[c] >> 4;
  }

  /** The tone index of vowel letter {@code c}; {@code c} must be a vowel. */
  public static int tone(char c) {
    return (INFO[c] >> 1) & 7;
  }

  /** Whether vowel letter {@code c} is a capital; {@code c} must be a vowel. */
  public static boolean isUpper(char c) {
    return (INFO[c] & 1) != 0;
  }

  /** Whether {@code c} is a letter of the Vietnamese alphabet, ASCII or not, in either case. */
  public static boolean isVietnameseLetter(char c) {
    if (isVowel(c) || c == 'đ' || c == 'Đ') {
      return true;
    }
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Whether {@code c} is a Vietnamese letter outside ASCII (a vowel with a mark, or đ/Đ). */
  public static boolean isNonAsciiVietnamese(char c) {
    return c >= 0x80 && isVietnameseLetter(c);
  }
}
