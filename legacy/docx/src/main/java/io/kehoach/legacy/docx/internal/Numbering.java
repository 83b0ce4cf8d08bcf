package io.kehoach.legacy.docx.internal;

import io.kehoach.plan.internal.Numerals;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The list markers Word generates, recovered as text: per numbering instance ({@code w:numId}) a
 * counter per level, started at the level's {@code w:start} (or the instance's
 * {@code w:startOverride}), deeper levels restarting when a shallower one moves on. As in Word,
 * instances of one abstract definition ({@code w:abstractNum}) without overrides share their
 * counters (a list continued after Word made a new {@code w:num} for it), while an instance with a
 * {@code w:lvlOverride} (Word's "restart numbering") counts on its own; a list may start at 0. The level's
 * {@code w:lvlText} ({@code "%1."}, {@code "%1.%2."}, {@code "%2)"}) filled in with each level's
 * number in its {@code w:numFmt} (decimal, Roman, letters, leading zero); bullets as {@code •},
 * {@code -} or {@code +}. Made per document.
 */
final class Numbering {
  private record Level(String format, String text, int start) {}

  /** The numbering instances ({@code w:num}) and abstract definitions ({@code w:abstractNum}) by their ids. */
  private final Map<String, Element> nums = new HashMap<>();
  private final Map<String, Element> abstracts = new HashMap<>();
  /** A counter not started yet (a list may start at 0). */
  private static final int UNSET = Integer.MIN_VALUE;

  private final Map<String, Level[]> levels = new HashMap<>();
  /** Per numId, the key of the counters it uses: its abstract definition's, or its own when it overrides. */
  private final Map<String, String> counterKeys = new HashMap<>();
  private final Map<String, int[]> counters = new HashMap<>();

  /** The numbering of the numbering part {@code root} ({@code w:numbering}); none when the document has no such part. */
  Numbering(@Nullable Element root) {
    for (Element e : W.children(root)) {
      if ("num".equals(e.getLocalName())) {
        String id = W.attr(e, "numId");
        if (id != null) {
          nums.putIfAbsent(id(id), e);
        }
      } else if ("abstractNum".equals(e.getLocalName())) {
        String id = W.attr(e, "abstractNumId");
        if (id != null) {
          abstracts.putIfAbsent(id(id), e);
        }
      }
    }
  }

  /** The marker of the next item of list {@code numId} at level {@code ilvl}, or null when it shows none. */
  @Nullable String next(String numId, int ilvl) {
    Level[] defs = levels.computeIfAbsent(numId, this::definitions);
    int lvl = Math.max(0, Math.min(8, ilvl));
    if (defs[lvl] == null) {
      return null;
    }
    int[] c = counters.computeIfAbsent(counterKeys.getOrDefault(numId, numId), k -> fresh());
    c[lvl] = c[lvl] == UNSET ? defs[lvl].start() : c[lvl] + 1;
    for (int deeper = lvl + 1; deeper < 9; deeper++) {
      c[deeper] = UNSET;
    }
    Level def = defs[lvl];
    if (def.format().equals("bullet")) {
      return bullet(def.text());
    }
    if (def.format().equals("none")) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    String t = def.text();
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
        int k = t.charAt(i + 1) - '1';
        Level other = defs[k];
        int n = c[k] == UNSET ? (other == null ? 1 : other.start()) : c[k];
        b.append(format(n, other == null ? "decimal" : other.format()));
        i++;
      } else {
        b.append(ch);
      }
    }
    String marker = b.toString().strip();
    return marker.isEmpty() ? null : marker;
  }

  private Level[] definitions(String numId) {
    Level[] defs = new Level[9];
    Element numEl = nums.get(id(numId));
    if (numEl == null) {
      return defs;
    }
    String abstractId = W.val(numEl, "abstractNumId");
    Element abs = abstractId == null ? null : abstracts.get(id(abstractId));
    if (abs != null) {
      for (Element lvl : W.children(abs)) {
        if ("lvl".equals(lvl.getLocalName())) {
          put(defs, lvl);
        }
      }
    }
    boolean overrides = false;
    for (Element o : W.children(numEl)) {
      if (!"lvlOverride".equals(o.getLocalName())) {
        continue;
      }
      overrides = true;
      int k = W.integer(W.attr(o, "ilvl"), -1);
      if (k < 0 || k > 8) {
        continue;
      }
      Element lvl = W.child(o, "lvl");
      if (lvl != null) {
        put(defs, lvl);
      }
      String start = W.val(o, "startOverride");
      if (start != null && defs[k] != null) {
        defs[k] = new Level(defs[k].format(), defs[k].text(), W.integer(start, 1));
      }
    }
    if (abstractId != null && !overrides) {
      counterKeys.put(numId, "abstract:" + abstractId);
    }
    return defs;
  }

  /** An id as a number ({@code "07"} and {@code "7"} are one id), or as written when it is none. */
  private static String id(String s) {
    try {
      return new java.math.BigInteger(s.strip()).toString();
    } catch (NumberFormatException e) {
      return s;
    }
  }

  private static int[] fresh() {
    int[] c = new int[9];
    java.util.Arrays.fill(c, UNSET);
    return c;
  }

  private static void put(Level[] defs, Element lvl) {
    int k = W.integer(W.attr(lvl, "ilvl"), -1);
    if (k < 0 || k > 8) {
      return;
    }
    String format = W.val(lvl, "numFmt");
    String text = W.val(lvl, "lvlText");
    defs[k] = new Level(format == null ? "decimal" : format, text == null ? "" : text, W.integer(W.val(lvl, "start"), 1));
  }

  private static @Nullable String bullet(String symbol) {
    if (symbol.isEmpty()) {
      return "•";
    }
    char c = symbol.charAt(0);
    if (c == '-' || c == '\uF02D' || c == '–' || c == '—') {
      return "-";
    }
    if (c == '+') {
      return "+";
    }
    return "•";
  }

  /** {@code n} in the number format {@code fmt} of WordprocessingML. */
  static String format(int n, String fmt) {
    switch (fmt) {
      case "upperRoman":
        return roman(n);
      case "lowerRoman":
        return roman(n).toLowerCase(Locale.ROOT);
      case "upperLetter":
        return letter(n);
      case "lowerLetter":
        return letter(n).toLowerCase(Locale.ROOT);
      case "decimalZero":
        return n < 10 ? "0" + n : Integer.toString(n);
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
