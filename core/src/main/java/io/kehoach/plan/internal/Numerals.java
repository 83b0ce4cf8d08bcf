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

  /** {@code n} in Roman numerals for 1 to 3999, as list numbering shows them; other numbers in digits. */
  public static String anyRoman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        b.append(symbols[i]);
        rest -= values[i];
      }
    }
    return b.toString();
  }

  /** {@code n} as the letters of list numbering: A … Z, AA, BB, …; numbers below 1 in digits. */
  public static String letters(int n) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    return String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
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
