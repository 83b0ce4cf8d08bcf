package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.constraints.OrderedPeriod;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The period a plan covers (thời gian thực hiện), from a first to a last day inclusive: one year
 * ({@code 2017}), a range of years ({@code 2017-2020}, "giai đoạn 2017 - 2020") or exact dates
 * ({@code 2017-02-16/2017-12-31}).
 *
 * <p>{@link #toString()} prints whole years as {@code 2017} or {@code 2017-2020} and other periods
 * as an ISO 8601 interval; {@link #parse(CharSequence)} reads those and the ways plans write them.
 * A period whose start is after its end can be built (so that read data can be reported by
 * validation); it contains no day. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@OrderedPeriod
public abstract class Period {
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");
  private static final Pattern DATES = Pattern.compile("(.+?)(?:\\s+-\\s+|\\s*đến\\s*)(.+)");
  private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

  Period() {}

  /** The first day of the period. */
  @Value.Parameter
  public abstract LocalDate getStart();

  /** The last day of the period, inclusive. */
  @Value.Parameter
  public abstract LocalDate getEnd();

  /**
   * The period from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first day, not null
   * @param end the last day, not null
   */
  public static Period of(LocalDate start, LocalDate end) {
    return ImmutablePeriod.of(start, end);
  }

  /** The calendar year {@code year}: {@code ofYear(2017)} is 2017-01-01 to 2017-12-31. */
  public static Period ofYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The calendar years {@code first} to {@code last}: {@code ofYears(2017, 2020)}. */
  public static Period ofYears(int first, int last) {
    return of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  /** Whether the start is not after the end. */
  public boolean isOrdered() {
    return !getStart().isAfter(getEnd());
  }

  /** Whether the period is made of whole calendar years. */
  public boolean isWholeYears() {
    return getStart().getDayOfYear() == 1 && getEnd().getMonthValue() == 12 && getEnd().getDayOfMonth() == 31
        && isOrdered();
  }

  /** Whether {@code date} lies in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  /** Whether the period shares at least one day with {@code from} to {@code to} (inclusive). */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !to.isBefore(getStart()) && !from.isAfter(getEnd()) && isOrdered() && !from.isAfter(to);
  }

  /**
   * Reads a period: {@code 2017}, {@code 2017-2020}, {@code 2017 – 2020}, {@code năm 2017},
   * {@code giai đoạn 2017 - 2020}, {@code 2017-02-16/2017-12-31}, {@code 16/02/2017 - 31/12/2017},
   * {@code từ ngày 16/02/2017 đến ngày 31/12/2017}.
   *
   * @param text the period, not null
   * @throws MalformedInputException if the text is not a period or names a day that does not exist
   */
  public static Period parse(CharSequence text) {
    String s = Text.foldDashes(Text.collapseSpaces(Text.nfc(text.toString()))).toLowerCase(java.util.Locale.ROOT);
    s = strip(s, "giai đoạn");
    s = strip(s, "năm");
    s = strip(s, "từ");
    Matcher m = YEARS.matcher(s);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      return m.group(2) == null ? ofYear(first) : ofYears(first, Integer.parseInt(m.group(2)));
    }
    m = ISO.matcher(s);
    if (m.matches()) {
      try {
        return of(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      } catch (DateTimeParseException e) {
        throw Problems.malformed("thời kỳ", "period", text, "có ngày không tồn tại",
            "it names a day that does not exist", 0);
      }
    }
    m = DATES.matcher(s);
    if (m.matches()) {
      try {
        return of(VietnameseDates.parse(strip(m.group(1), "ngày")), VietnameseDates.parse(strip(m.group(2), "ngày")));
      } catch (MalformedInputException | DateTimeException e) {
        // fall through to the general message
      }
    }
    throw Problems.malformed("thời kỳ", "period", text,
        "không đúng dạng '2017', '2017-2020' hoặc '16/02/2017 - 31/12/2017'",
        "not of the form '2017', '2017-2020' or '16/02/2017 - 31/12/2017'", 0);
  }

  private static String strip(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()).strip() : s;
  }

  /** {@code 2017}, {@code 2017-2020}, or an ISO 8601 interval such as {@code 2017-02-16/2017-12-31}. */
  @Override
  public String toString() {
    if (isWholeYears()) {
      int first = getStart().getYear();
      int last = getEnd().getYear();
      return first == last ? Integer.toString(first) : first + "-" + last;
    }
    return getStart() + "/" + getEnd();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Period}. */
  public static final class Builder extends ImmutablePeriod.Builder {}
}
