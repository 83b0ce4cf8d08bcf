package io.kehoach.legacy.encoding.internal;

/**
 * Restores the capitals of ABC text typed in a capital font. TCVN3 has no code for a capital
 * letter with a tone mark: ABC text writes it with the code of the lowercase letter and sets it in
 * a capital font ({@code .VnTimeH}), so "KẾ HOẠCH" reaches a decoder as {@code "KÕ HO¹CH"} and
 * decodes to "Kế HOạCH". The rule: within one line, a word with no ASCII lowercase letter and at
 * least one non-ASCII lowercase letter is uppercased when it has two or more capitals, or when its
 * first letter is not a capital but another letter is ({@code "ñY"} → "ỦY"); a word with at most
 * one capital and no ASCII lowercase letter is then uppercased when the next or previous word on
 * the line was ("Kế" before "HOẠCH"). Text typed in sentence case is left alone. Linear; stateless.
 */
public final class Capitals {
  private static final int OTHER = 0, CANDIDATE0 = 1, CANDIDATE1 = 2, PROMOTED = 3, ALL_CAPS = 4;

  private Capitals() {}

  /** Whether a neighbour of {@code kind} is capital enough: PROMOTED always, ALL_CAPS when allowed. */
  private static boolean capital(int kind, int need) {
    return kind == PROMOTED || need == ALL_CAPS && kind == ALL_CAPS;
  }

  /** Whether only spaces separate {@code [from, to)}: "KẾ HOẠCH", but not "Số: 36/KH". */
  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\u00A0' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** {@code text} with the capitals of all-capital words restored. */
  public static String restore(String text) {
    int n = text.length();
    StringBuilder out = null;
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      out = restoreLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out == null ? text : out.toString();
  }

  private static StringBuilder restoreLine(String text, int from, int to, StringBuilder out) {
    // Words as [start, end) pairs, with their class.
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] kind = new int[16];
    int count = 0;
    boolean lineHasAsciiLower = false;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int upper = 0;
      int asciiLower = 0;
      int otherLower = 0;
      boolean firstUpper = Character.isUpperCase(text.charAt(i));
      while (i < to && Character.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (c < 0x80) {
          asciiLower++;
          lineHasAsciiLower = true;
        } else if (VietLetters.isNonAsciiVietnamese(c)) {
          otherLower++;
        } else {
          asciiLower++; // a foreign lowercase letter: treat the word as typed in lowercase
        }
        i++;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
        kind = java.util.Arrays.copyOf(kind, count * 2);
      }
      starts[count] = start;
      ends[count] = i;
      if (asciiLower == 0 && otherLower > 0) {
        kind[count] = upper >= 2 || upper == 1 && !firstUpper ? PROMOTED : upper == 1 ? CANDIDATE1 : CANDIDATE0;
      } else {
        kind[count] = asciiLower == 0 && otherLower == 0 && upper >= 2 ? ALL_CAPS : OTHER;
      }
      count++;
    }
    for (int w = 0; w < count; w++) {
      boolean promote = kind[w] == PROMOTED;
      if (!promote && !lineHasAsciiLower && (kind[w] == CANDIDATE0 || kind[w] == CANDIDATE1)) {
        // A neighbour in capitals, separated by spaces only; an all-capital word without a lowercase
        // code ("BAN", "UBND") counts only for a word that starts with a capital ("Uỷ BAN").
        int need = kind[w] == CANDIDATE1 ? ALL_CAPS : PROMOTED;
        promote = w > 0 && capital(kind[w - 1], need) && blank(text, ends[w - 1], starts[w])
            || w + 1 < count && capital(kind[w + 1], need) && blank(text, ends[w], starts[w + 1]);
      }
      if (promote) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        for (int k = starts[w]; k < ends[w]; k++) {
          out.setCharAt(k, Character.toUpperCase(text.charAt(k)));
        }
      }
    }
    return out;
  }
}
