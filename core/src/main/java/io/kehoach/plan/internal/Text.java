package io.kehoach.plan.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Text helpers shared by the model: Unicode NFC normalisation and safe quoting of input. */
public final class Text {
  private static final int QUOTE_LIMIT = 80;

  private Text() {}

  /**
   * Whether {@code s} is already in NFC. A fast scan accepts the common case (ASCII, Latin-1,
   * Latin Extended-A/B with Vietnamese ư ơ đ, and the precomposed Vietnamese letters of Latin
   * Extended Additional) without calling the JDK normaliser: no character below U+0300 or in
   * U+1E00–U+1EFF, U+2010–U+2027, U+2030–U+205E or U+20A0–U+20BF has an NFC quick-check value
   * other than "yes".
   */
  public static boolean isNfc(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E)
          || (c >= 0x20A0 && c <= 0x20BF)) {
        // Also dashes, quotes, bullets and currency signs (₫): quick-check "yes" too.
        continue;
      }
      // The slow path: text outside those blocks, a surrogate among them. A lone surrogate is not
      // Unicode text, so not NFC either: nfc() refuses it.
      return loneSurrogate(s, i) < 0 && Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }
    return true;
  }

  /**
   * The index of the first lone surrogate of {@code s} from {@code from} (a high surrogate not
   * followed by a low one, or a low one not preceded by a high one), or -1 if there is none.
   * {@code from} is not the low half of a pair.
   */
  public static int loneSurrogate(CharSequence s, int from) {
    for (int i = Math.max(0, from), n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        // Pairs are skipped whole above: this one has no high half before it.
        return i;
      }
    }
    return -1;
  }

  /** Whether every string given is in NFC. */
  public static boolean isNfc(String a, String b) {
    return isNfc(a) && isNfc(b);
  }

  /** Whether every string given is in NFC. */
  public static boolean isNfc(String a, String b, String c) {
    return isNfc(a) && isNfc(b) && isNfc(c);
  }

  /** Whether the optional string, if present, is in NFC. */
  public static boolean isNfc(Optional<String> s) {
    return s.isEmpty() || isNfc(s.get());
  }

  /** Whether every element of the list is in NFC. */
  public static boolean allNfc(List<String> list) {
    for (String s : list) {
      if (!isNfc(s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The NFC form of {@code s} ({@code s} itself when already normalised).
   *
   * @throws IllegalArgumentException if {@code s} holds a lone surrogate: it is not Unicode text
   */
  public static String nfc(String s) {
    if (isNfc(s)) {
      return s;
    }
    int lone = loneSurrogate(s, 0);
    if (lone >= 0) {
      throw new IllegalArgumentException("Text holds a lone surrogate U+" + Integer.toHexString(s.charAt(lone))
          .toUpperCase(Locale.ROOT) + " at character " + (lone + 1) + ": it is not Unicode text");
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** The NFC form of the optional string. */
  public static Optional<String> nfc(Optional<String> s) {
    return s.map(Text::nfc);
  }

  /** The NFC form of every element of the list. */
  public static List<String> nfc(List<String> list) {
    if (allNfc(list)) {
      return list;
    }
    List<String> out = new ArrayList<>(list.size());
    for (String s : list) {
      out.add(nfc(s));
    }
    return out;
  }

  /**
   * Input quoted for an error message: NFC, control characters shown as U+XXXX, cut to 80
   * characters so that hostile input cannot flood a log.
   */
  public static String quote(CharSequence input) {
    String s = input.toString();
    StringBuilder b = new StringBuilder(Math.min(s.length(), QUOTE_LIMIT) + 8).append('\'');
    int n = Math.min(s.length(), QUOTE_LIMIT);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        b.append(String.format(Locale.ROOT, "U+%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > QUOTE_LIMIT) {
      b.append('…');
    }
    return b.append('\'').toString();
  }

  /** Vietnamese-aware lower case (locale-independent). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Dashes that people and word processors use for a hyphen, folded to {@code '-'}. */
  public static String foldDashes(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean dash = c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
          || c == '\u2014' || c == '\u2015' || c == '\u2212' || c == '\uFE63' || c == '\uFF0D';
      if (dash && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(dash ? '-' : c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Collapses runs of white space (including no-break spaces and line breaks) to one space, trimmed. */
  public static String collapseSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
