package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.internal.Decimals;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An amount of money, such as {@code 150.000.000 đồng}: in Vietnamese đồng (VND) unless another
 * ISO 4217 currency is named.
 *
 * <p>The đồng has no minor unit: a plan's amounts are whole numbers of VND. An amount in another
 * currency, or with a fraction, can be held (so that imported data is not lost) and is reported
 * by validation. The amount is kept without trailing zeros, so equal amounts are equal values
 * whatever their scale. An amount has at most 24 digits before the decimal point and 6 after it
 * (trailing zeros aside): larger numbers are refused, whatever form they are written in.
 *
 * <p>{@link #parse(CharSequence)} reads amounts as documents write them: {@code 150.000.000 đồng},
 * {@code 150.000.000đ}, {@code 150,000,000 VND}, {@code 150 triệu đồng}, {@code 1,5 tỷ đồng};
 * {@link #toString()} prints the Vietnamese form, {@code 150.000.000 đồng}, which {@code parse}
 * reads back. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Money implements Comparable<Money> {
  /** The ISO 4217 code of the Vietnamese đồng. */
  public static final String VND = "VND";

  private static final Pattern SHAPE = Pattern.compile(
      "(?iu)(-)?\\s*(\\d[\\d.,]*)\\s*(nghìn|ngàn|triệu|tỷ|tỉ)?\\s*(đồng|vnđ|vnd|đ|[a-z]{3})?");

  Money() {}

  /** The amount, such as {@code 150000000}; may be negative (validation reports it in a budget). */
  @Value.Parameter
  public abstract BigDecimal getAmount();

  /** The ISO 4217 currency code, {@code "VND"} unless stated. */
  @Value.Parameter
  @Value.Default
  public String getCurrency() {
    return VND;
  }

  @Value.Check
  Money normalize() {
    BigDecimal a = Decimals.check(getAmount(), "An amount");
    BigDecimal n = a.signum() == 0 ? BigDecimal.ZERO : a.stripTrailingZeros();
    if (n.scale() < 0) {
      n = n.setScale(0);
    }
    String c = getCurrency().toUpperCase(Locale.ROOT);
    if (c.length() != 3 || !c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code of three letters: "
          + Text.quote(getCurrency()));
    }
    if (n.equals(a) && c.equals(getCurrency())) {
      return this;
    }
    return ImmutableMoney.of(n, c);
  }

  /**
   * An amount of đồng: {@code vnd(150_000_000)}.
   *
   * @param dong the number of đồng
   */
  public static Money vnd(long dong) {
    return ImmutableMoney.of(BigDecimal.valueOf(dong), VND);
  }

  /**
   * An amount in a currency.
   *
   * @param amount the amount, not null
   * @param currency the ISO 4217 code, not null
   * @throws IllegalArgumentException if the currency is not three letters, or the amount has more
   *     than 24 digits before the decimal point or 6 after it
   */
  public static Money of(BigDecimal amount, String currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /** Whether this is a whole number of đồng, as a plan's budget requires. */
  public boolean isWholeVnd() {
    return VND.equals(getCurrency()) && getAmount().scale() <= 0;
  }

  /**
   * The amount in đồng.
   *
   * @throws ArithmeticException if the currency is not VND, the amount has a fraction, or it does
   *     not fit a {@code long}
   */
  public long toVnd() {
    if (!VND.equals(getCurrency())) {
      throw new ArithmeticException("not an amount of VND: " + this);
    }
    return getAmount().longValueExact();
  }

  /**
   * The sum of this and {@code other}.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    if (!getCurrency().equals(other.getCurrency())) {
      throw new IllegalArgumentException("cannot add " + other.getCurrency() + " to " + getCurrency());
    }
    return ImmutableMoney.of(getAmount().add(other.getAmount()), getCurrency());
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return getAmount().signum() < 0;
  }

  /** Orders by currency code, then by amount. */
  @Override
  public int compareTo(Money o) {
    int c = getCurrency().compareTo(o.getCurrency());
    return c != 0 ? c : getAmount().compareTo(o.getAmount());
  }

  /**
   * Reads an amount as documents write it.
   *
   * <p>Thousands are grouped with {@code .} (Vietnamese) or {@code ,} (English); a lone
   * separator not followed by exactly three digits is a decimal mark ({@code 1,5 tỷ}). The words
   * {@code nghìn}/{@code ngàn}, {@code triệu} and {@code tỷ}/{@code tỉ} multiply; {@code đồng},
   * {@code đ}, {@code VNĐ} and {@code VND} name the đồng, and no unit means đồng.
   *
   * @param text the amount, not null
   * @throws MalformedInputException if the text is not an amount
   */
  public static Money parse(CharSequence text) {
    String s = Text.foldDashes(Text.collapseSpaces(Text.nfc(text.toString())));
    Matcher m = SHAPE.matcher(s);
    if (!m.matches()) {
      throw malformed(text, "không đúng dạng số tiền (ví dụ 150.000.000 đồng)",
          "not of the form of an amount (such as 150.000.000 đồng)");
    }
    BigDecimal amount = number(text, m.group(2));
    String multiplier = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
    switch (multiplier) {
      case "nghìn":
      case "ngàn":
        amount = amount.movePointRight(3);
        break;
      case "triệu":
        amount = amount.movePointRight(6);
        break;
      case "tỷ":
      case "tỉ":
        amount = amount.movePointRight(9);
        break;
      default:
        break;
    }
    if (m.group(1) != null) {
      amount = amount.negate();
    }
    if (!Decimals.fits(amount)) {
      throw malformed(text, "số tiền quá lớn hoặc quá nhiều chữ số thập phân (tối đa " + Decimals.MAX_INTEGER_DIGITS
          + " chữ số phần nguyên, " + Decimals.MAX_FRACTION_DIGITS + " chữ số thập phân)",
          "too large an amount, or too many decimals (at most " + Decimals.MAX_INTEGER_DIGITS + " digits before the point, "
          + Decimals.MAX_FRACTION_DIGITS + " after it)");
    }
    String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
    String currency = unit.isEmpty() || unit.equals("đồng") || unit.equals("đ") || unit.equals("vnđ")
        ? VND : unit.toUpperCase(Locale.ROOT);
    return ImmutableMoney.of(amount, currency);
  }

  private static BigDecimal number(CharSequence input, String digits) {
    int dots = count(digits, '.');
    int commas = count(digits, ',');
    String plain;
    if (dots > 0 && commas > 0) {
      char decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
      char group = decimal == '.' ? ',' : '.';
      if (count(digits, decimal) > 1 || !grouped(digits.substring(0, digits.lastIndexOf(decimal)), group)) {
        throw malformed(input, "dấu phân cách hàng nghìn không đúng chỗ", "thousands separators out of place");
      }
      plain = digits.replace(String.valueOf(group), "").replace(decimal, '.');
    } else if (dots + commas > 0) {
      char sep = dots > 0 ? '.' : ',';
      if (grouped(digits, sep)) {
        plain = digits.replace(String.valueOf(sep), "");
      } else if (dots + commas == 1) {
        plain = digits.replace(sep, '.');
      } else {
        throw malformed(input, "dấu phân cách hàng nghìn không đúng chỗ", "thousands separators out of place");
      }
    } else {
      plain = digits;
    }
    if (plain.endsWith(".") || plain.length() > 40) {
      throw malformed(input, "không đúng dạng số tiền", "not a number");
    }
    return new BigDecimal(plain);
  }

  private static boolean grouped(String digits, char sep) {
    String[] groups = digits.split(Pattern.quote(String.valueOf(sep)), -1);
    if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static MalformedInputException malformed(CharSequence input, String vi, String en) {
    return Problems.malformed("số tiền", "amount", input, vi, en, 0);
  }

  /**
   * The amount as a Vietnamese document writes it: {@code 150.000.000 đồng}; a fraction after a
   * comma ({@code 1.234,5 USD}); other currencies by their code.
   */
  @Override
  public String toString() {
    BigDecimal a = getAmount();
    String sign = a.signum() < 0 ? "-" : "";
    a = a.abs();
    BigInteger whole = a.toBigInteger();
    String digits = whole.toString();
    StringBuilder b = new StringBuilder(digits.length() + 12).append(sign);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        b.append('.');
      }
      b.append(digits.charAt(i));
    }
    if (a.scale() > 0) {
      String fraction = a.subtract(new BigDecimal(whole)).toPlainString();
      b.append(',').append(fraction.substring(fraction.indexOf('.') + 1));
    }
    return b.append(' ').append(VND.equals(getCurrency()) ? "đồng" : getCurrency()).toString();
  }
}
