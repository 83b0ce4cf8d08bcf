package io.kehoach.plan.internal;

import java.util.Locale;

/** Roman numerals as Vietnamese documents use them for quarters and sections (I to XX). */
public final class Numerals {
  private static final String[] ROMAN = {
    "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"
  };

  private Numerals() {}

  /** {@code n} in Roman numerals, for 1 to 20. */
  public static String roman(int n) {
    if (n < 1 || n >= ROMAN.length) {
      throw new IllegalArgumentException("no Roman numeral kept for " + n);
    }
    return ROMAN[n];
  }

  /** The value of a Roman numeral from I to XX (any case), or -1. */
  public static int fromRoman(String s) {
    String u = s.toUpperCase(Locale.ROOT);
    for (int i = 1; i < ROMAN.length; i++) {
      if (ROMAN[i].equals(u)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of an Arabic or Roman numeral ({@code "2"}, {@code "II"}), or -1. */
  public static int parse(String s) {
    if (!s.isEmpty() && s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(s);
    }
    return fromRoman(s);
  }
}
