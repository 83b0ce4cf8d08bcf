package io.kehoach.legacy.encoding.internal;

/**
 * Scores a candidate decoding by how Vietnamese it reads: words with a non-ASCII letter count as
 * good when they are well-formed syllables ({@link Syllables}) in a case pattern Vietnamese uses,
 * and bad otherwise; characters that
 * Vietnamese text does not hold (controls, the Latin-1 symbols 0xA1-0xBF that wrong decodings
 * spill, the replacement character) count as bad. Words of ASCII letters only count for nothing,
 * since every candidate reads them alike. Linear in the text; stateless and thread-safe.
 */
public final class Scorer {
  private Scorer() {}

  /** Good and bad evidence found in a text. */
  public static final class Evidence {
    private final int good;
    private final int bad;

    Evidence(int good, int bad) {
      this.good = good;
      this.bad = bad;
    }

    /** Words that are well-formed Vietnamese syllables with a non-ASCII letter. */
    public int good() {
      return good;
    }

    /** Malformed words and foreign characters. */
    public int bad() {
      return bad;
    }

    /** The share of good evidence in all evidence, 0 when there is none. */
    public double share() {
      int all = good + bad;
      return all == 0 ? 0 : (double) good / all;
    }
  }

  /** Evaluates {@code text}. */
  public static Evidence evaluate(CharSequence text) {
    int good = 0;
    int bad = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int start = i;
        boolean nonAscii = false;
        while (i < n && isWordChar(text.charAt(i))) {
          nonAscii |= text.charAt(i) >= 0x80;
          i++;
        }
        if (nonAscii && !isAcronym(text, start, i)) {
          if (!isMixedCase(text, start, i) && Syllables.isSyllable(text.subSequence(start, i))) {
            good++;
          } else {
            bad++;
          }
        }
        continue;
      }
      if (isForeign(c)) {
        bad++;
      }
      i++;
    }
    return new Evidence(good, bad);
  }

  /** A word of Vietnamese consonants only, such as "HĐND": neither good nor bad. */
  private static boolean isAcronym(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (VietLetters.isVowel(c) || !VietLetters.isVietnameseLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word with a capital after a lowercase ASCII letter, such as "TrƠn" (VISCII "Trần" read as
   * TCVN3): Vietnamese words are lowercase, capitalised or in capitals. A lowercase non-ASCII letter
   * before a capital is allowed, since TCVN3 headings decode so ("HOạCH": ABC text has no codes for
   * toned capitals).
   */
  private static boolean isMixedCase(CharSequence text, int from, int to) {
    boolean lowerAscii = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (lowerAscii && Character.isUpperCase(c)) {
        return true;
      }
      lowerAscii |= c >= 'a' && c <= 'z';
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isForeign(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
    return c >= 0x7F && c <= 0x9F || c >= 0xA1 && c <= 0xBF || c == '\uFFFD' || Character.isSurrogate(c)
        || Character.getType(c) == Character.PRIVATE_USE;
  }
}
