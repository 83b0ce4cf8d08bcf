package io.kehoach.legacy.doc.internal;

import io.kehoach.plan.internal.Numerals;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;

/**
 * The markers Word generates for numbered and bulleted paragraphs of a {@code .doc}, recovered as
 * text ({@code "1."}, {@code "a)"}, {@code "II."}, {@code "-"}): counters per list and level, a level
 * restarting when a higher level moves on, each level's number template with its placeholders
 * ({@code U+0000}–{@code U+0008} stand for the numbers of levels 1–9) filled in. Made per document.
 */
final class Numbering {
  private final Map<Integer, int[]> counters = new HashMap<>();

  /**
   * The marker of the next item of {@code list} at level {@code level} (0–8), or null when the
   * level has no text Word shows.
   */
  String next(int listId, HWPFList list, int level) {
    int lvl = Math.max(0, Math.min(8, level));
    int[] c = counters.computeIfAbsent(listId, k -> new int[9]);
    if (c[lvl] == 0) {
      c[lvl] = startAt(list, lvl);
    } else {
      c[lvl]++;
    }
    for (int deeper = lvl + 1; deeper < 9; deeper++) {
      c[deeper] = 0;
    }
    String template;
    try {
      template = list.getNumberText((char) lvl);
    } catch (RuntimeException e) {
      return null;
    }
    if (template == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char ch = template.charAt(i);
      if (ch <= 8) {
        int n = c[ch] == 0 ? startAt(list, ch) : c[ch];
        b.append(format(n, formatOf(list, ch)));
      } else if (ch == '\uF0B7' || ch == '\uF0A7' || ch == '\uF0D8' || ch == '\uF076' || ch == '\uF0FC') {
        b.append('•'); // Symbol and Wingdings bullets in the private-use area
      } else if (ch == '\uF02D') {
        b.append('-');
      } else if (ch >= ' ') {
        b.append(ch);
      }
    }
    String marker = b.toString().strip();
    return marker.isEmpty() ? null : marker;
  }

  private static int startAt(HWPFList list, int level) {
    try {
      return Math.max(0, list.getStartAt((char) level));
    } catch (RuntimeException e) {
      return 1;
    }
  }

  private static int formatOf(HWPFList list, int level) {
    try {
      return list.getNumberFormat((char) level);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** {@code n} in Word's number format {@code nfc}: 0 decimal, 1 upper Roman, 2 lower Roman, 3 upper letter, 4 lower letter. */
  static String format(int n, int nfc) {
    switch (nfc) {
      case 1:
        return roman(n);
      case 2:
        return roman(n).toLowerCase(java.util.Locale.ROOT);
      case 3:
        return letter(n);
      case 4:
        return letter(n).toLowerCase(java.util.Locale.ROOT);
      case 22:
        return n < 10 ? "0" + n : Integer.toString(n); // decimal with a leading zero
      default:
        return Integer.toString(n);
    }
  }

  static String roman(int n) {
    return Numerals.anyRoman(n);
  }

  static String letter(int n) {
    return Numerals.letters(n);
  }
}
