package io.kehoach.legacy.internal;

import java.text.Normalizer;

/**
 * Vietnamese text folded for matching: lower case, tone and vowel marks removed, đ as d, so that
 * {@code HOÀ}, {@code hòa} and {@code Hoà} all read {@code hoa}. Each character of NFC text folds
 * to exactly one character, so positions in the folded text are positions in the original.
 */
public final class Fold {
  /**
   * Folded forms of U+0080 to U+2FFF (Latin with every Vietnamese letter, punctuation, symbols),
   * computed once: decomposing each character per call was 40 % of a text import.
   */
  private static final char[] TABLE = new char[0x3000 - 0x80];

  static {
    for (char c = 0x80; c < 0x3000; c++) {
      TABLE[c - 0x80] = slowFold(c);
    }
  }

  private Fold() {}

  /** The folded form of NFC text, of the same length. */
  public static String fold(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  /** One character folded. */
  public static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return c < 0x3000 ? TABLE[c - 0x80] : slowFold(c);
  }

  /** One character folded by decomposition: the definition the table is built from. */
  static char slowFold(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(d.charAt(0));
  }

  /** An identifier made from a name: {@code "Sở Tư pháp"} gives {@code "so-tu-phap"}. */
  public static String slug(String name) {
    String f = fold(name);
    StringBuilder b = new StringBuilder(f.length());
    boolean dash = false;
    for (int i = 0; i < f.length() && b.length() < 60; i++) {
      char c = f.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        b.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return b.length() == 0 ? "x" : b.toString();
  }
}
