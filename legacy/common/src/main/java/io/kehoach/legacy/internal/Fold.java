package io.kehoach.legacy.internal;

import java.nio.charset.StandardCharsets;
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
    int n = s.length();
    // Folded Vietnamese is almost always Latin-1: build its bytes directly, which spares the
    // String constructor a compressing pass over a char array.
    byte[] latin = new byte[n];
    for (int i = 0; i < n; i++) {
      char f = fold(s.charAt(i));
      if (f > 0xFF) {
        char[] out = new char[n];
        for (int k = 0; k < i; k++) {
          out[k] = (char) (latin[k] & 0xFF);
        }
        for (int k = i; k < n; k++) {
          out[k] = fold(s.charAt(k));
        }
        return new String(out);
      }
      latin[i] = (byte) f;
    }
    return new String(latin, StandardCharsets.ISO_8859_1);
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
