package io.kehoach.plan.internal;

import java.math.BigDecimal;

/**
 * The bounds of the decimal numbers the model holds (amounts of money, target values): at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_FRACTION_DIGITS}
 * after it, trailing zeros aside. A number's characters say nothing of its size ({@code 1e1000000}
 * is nine characters and a million digits); these bounds are checked from its precision and scale
 * alone, before any arithmetic that could take time or memory in proportion to its size.
 */
public final class Decimals {
  /** The most digits before the decimal point: 10^24 đồng is beyond any budget. */
  public static final int MAX_INTEGER_DIGITS = 24;
  /** The most digits after the decimal point, trailing zeros aside. */
  public static final int MAX_FRACTION_DIGITS = 6;

  private Decimals() {}

  /** Whether {@code d} is within the bounds; cheap whatever its size. */
  public static boolean fits(BigDecimal d) {
    if (d.signum() == 0) {
      return true;
    }
    // Digits before the point: precision - scale, for |d| >= 1; long arithmetic, scale may be near Integer.MIN_VALUE.
    long integerDigits = (long) d.precision() - d.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      return false;
    }
    if (d.scale() <= MAX_FRACTION_DIGITS) {
      return true;
    }
    // A larger scale holds only if enough of it is trailing zeros: strip them, at a cost bounded by the
    // number's own digits (its precision is at most its scale plus MAX_INTEGER_DIGITS here, and its
    // digits came from text the reader has bounded).
    if ((long) d.scale() - d.precision() >= MAX_FRACTION_DIGITS) {
      // 0.000…0001 with more zeros than fraction digits allowed: no stripping can help.
      return false;
    }
    return d.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS;
  }

  /**
   * {@code d}, if within the bounds.
   *
   * @param what what the number is, capitalised, for the message: {@code "An amount"}
   * @throws IllegalArgumentException if it is not
   */
  public static BigDecimal check(BigDecimal d, String what) {
    if (!fits(d)) {
      throw new IllegalArgumentException(what + " has at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
          + MAX_FRACTION_DIGITS + " after it, not " + describe(d));
    }
    return d;
  }

  /** A short form of {@code d} for messages (scientific when long): never its full plain digits. */
  public static String describe(BigDecimal d) {
    String s = d.toString();
    return s.length() <= 40 ? s : s.substring(0, 20) + "…" + s.substring(s.length() - 12);
  }
}
