package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.internal.Numerals;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * When a task is to be done (thời gian thực hiện), as annex tables write it: {@code Thường xuyên}
 * (ongoing), a date ({@code 30/06/2024}), a month ({@code Tháng 6/2024}), a quarter
 * ({@code Quý II/2024}), a year ({@code Năm 2024}) or a range ({@code 01/03/2024 - 30/06/2024}).
 *
 * <p>Every kind but {@link TimingKind#ONGOING} has a first and a last day ({@code Quý II/2024} is
 * 2024-04-01 to 2024-06-30; a date is one day). {@link #toString()} prints the forms above, which
 * {@link #parse(CharSequence)} reads back. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Timing {
  private static final Pattern MONTH = Pattern.compile("tháng\\s*(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("quý\\s*([ivx]+|\\d)\\s*(?:/|năm)\\s*(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("năm\\s*(\\d{4})");
  private static final Pattern RANGE = Pattern.compile("(.+?)(?:\\s+-\\s+|\\s*đến\\s*)(.+)");
  // Shorthand ranges of annex tables: "Tháng 6 - 9/2024", "Quý III, IV/2024", "Năm 2024 - 2025".
  private static final Pattern MONTHS = Pattern.compile(
      "tháng\\s*(\\d{1,2})\\s*(-|đến|,|và)\\s*(?:tháng\\s*)?(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})");
  private static final Pattern QUARTERS = Pattern.compile(
      "quý\\s*([ivx]+|\\d)\\s*(-|đến|,|và)\\s*(?:quý\\s*)?([ivx]+|\\d)\\s*(?:/|năm)\\s*(\\d{4})");
  private static final Pattern YEARS = Pattern.compile("(?:năm\\s*)?(\\d{4})\\s*(?:-|đến)\\s*(?:năm\\s*)?(\\d{4})");

  Timing() {}

  /** The shape of this timing. */
  public abstract TimingKind getKind();

  /** The first day; empty only for {@link TimingKind#ONGOING}. */
  public abstract Optional<LocalDate> getStart();

  /** The last day, inclusive; empty only for {@link TimingKind#ONGOING}. */
  public abstract Optional<LocalDate> getEnd();

  @Value.Check
  void check() {
    boolean ongoing = getKind() == TimingKind.ONGOING;
    if (ongoing != getStart().isEmpty() || getStart().isPresent() != getEnd().isPresent()) {
      throw new IllegalArgumentException("a timing has both a start and an end, unless it is ongoing: " + shape());
    }
    if (ongoing) {
      return;
    }
    LocalDate s = getStart().get();
    LocalDate e = getEnd().get();
    boolean ok;
    switch (getKind()) {
      case DATE:
        ok = s.equals(e);
        break;
      case MONTH:
        ok = s.getDayOfMonth() == 1 && e.equals(YearMonth.from(s).atEndOfMonth());
        break;
      case QUARTER:
        ok = s.getDayOfMonth() == 1 && (s.getMonthValue() - 1) % 3 == 0
            && e.equals(YearMonth.from(s).plusMonths(2).atEndOfMonth());
        break;
      case YEAR:
        ok = s.getDayOfYear() == 1 && e.equals(LocalDate.of(s.getYear(), 12, 31));
        break;
      default:
        ok = !s.isAfter(e);
        break;
    }
    if (!ok) {
      throw new IllegalArgumentException("start and end do not make a " + getKind().getCode() + ": " + shape());
    }
  }

  private String shape() {
    return getKind().getCode() + " " + getStart().map(LocalDate::toString).orElse("-")
        + "/" + getEnd().map(LocalDate::toString).orElse("-");
  }

  /** Ongoing work with no dates (Thường xuyên). */
  public static Timing ongoing() {
    return new Builder().kind(TimingKind.ONGOING).build();
  }

  /** Work due on, or by, {@code date}. */
  public static Timing on(LocalDate date) {
    return of(TimingKind.DATE, date, date);
  }

  /** Work within a month: {@code month(YearMonth.of(2024, 6))} is {@code Tháng 6/2024}. */
  public static Timing month(YearMonth month) {
    return of(TimingKind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Work within a quarter: {@code quarter(2024, 2)} is {@code Quý II/2024}.
   *
   * @throws IllegalArgumentException if {@code quarter} is not 1 to 4
   */
  public static Timing quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
    }
    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
    return of(TimingKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /** Work within a calendar year: {@code Năm 2024}. */
  public static Timing year(int year) {
    return of(TimingKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Work from {@code start} to {@code end}, inclusive.
   *
   * @throws IllegalArgumentException if {@code start} is after {@code end}
   */
  public static Timing between(LocalDate start, LocalDate end) {
    return of(TimingKind.RANGE, start, end);
  }

  private static Timing of(TimingKind kind, LocalDate start, LocalDate end) {
    return new Builder().kind(kind).start(start).end(end).build();
  }

  /**
   * Reads a timing: {@code Thường xuyên}, {@code 30/06/2024} (also {@code trước ngày 30/6/2024}),
   * {@code Tháng 6/2024}, {@code Quý II/2024} (or {@code Quý 2/2024}), {@code Năm 2024}, and a
   * range of any two of those joined by {@code -} or {@code đến} ({@code Tháng 3/2024 - Tháng
   * 6/2024} runs from the first day of March to the last of June), or written once for both ends
   * ({@code Tháng 6 - 9/2024}, {@code Quý III, IV/2024}, {@code Năm 2024 - 2025}). Case and spacing
   * do not matter.
   *
   * @param text the timing, not null
   * @throws MalformedInputException if the text is not a timing
   */
  public static Timing parse(CharSequence text) {
    String s = Text.foldDashes(Text.collapseSpaces(Text.nfc(text.toString()))).toLowerCase(Locale.ROOT);
    if (s.equals("thường xuyên") || s.equals("hằng năm thường xuyên")) {
      return ongoing();
    }
    Timing shorthand = shorthandRange(text, strip(s, "từ"));
    if (shorthand != null) {
      return shorthand;
    }
    Timing single = single(text, s);
    if (single != null) {
      return single;
    }
    Matcher m = RANGE.matcher(strip(s, "từ"));
    if (m.matches()) {
      Timing from = single(text, m.group(1));
      Timing to = single(text, m.group(2));
      if (from != null && to != null) {
        if (from.getStart().get().isAfter(to.getEnd().get())) {
          throw Problems.malformed("thời gian thực hiện", "timing", text,
              "ngày bắt đầu sau ngày kết thúc", "it starts after it ends", 0);
        }
        return between(from.getStart().get(), to.getEnd().get());
      }
    }
    throw Problems.malformed("thời gian thực hiện", "timing", text,
        "không đúng dạng 'Thường xuyên', '30/06/2024', 'Tháng 6/2024', 'Quý II/2024', 'Năm 2024' hoặc khoảng",
        "not of the form 'Thường xuyên', '30/06/2024', 'Tháng 6/2024', 'Quý II/2024', 'Năm 2024' or a range", 0);
  }

  /**
   * A range written once for both ends: {@code Tháng 6 - 9/2024}, {@code Quý III, IV/2024}, {@code
   * 2024 - 2025}. Two months or quarters joined by "," or "và" must follow each other; otherwise
   * they are two periods, not one range, and the text is not read as a timing.
   */
  private static Timing shorthandRange(CharSequence input, String s) {
    Matcher m = MONTHS.matcher(s);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(4));
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(3));
      if (from < 1 || from > 12 || to < 1 || to > 12 || !ordered(m.group(2), from, to)) {
        throw Problems.malformed("thời gian thực hiện", "timing", input,
            "không phải một khoảng tháng liền nhau", "not one run of consecutive months", 0);
      }
      return between(YearMonth.of(year, from).atDay(1), YearMonth.of(year, to).atEndOfMonth());
    }
    m = QUARTERS.matcher(s);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(4));
      int from = Numerals.parse(m.group(1));
      int to = Numerals.parse(m.group(3));
      if (from < 1 || from > 4 || to < 1 || to > 4 || !ordered(m.group(2), from, to)) {
        throw Problems.malformed("thời gian thực hiện", "timing", input,
            "không phải một khoảng quý liền nhau", "not one run of consecutive quarters", 0);
      }
      return between(quarter(year, from).getStart().get(), quarter(year, to).getEnd().get());
    }
    m = YEARS.matcher(s);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      if (from > to) {
        throw Problems.malformed("thời gian thực hiện", "timing", input,
            "năm bắt đầu sau năm kết thúc", "it starts after it ends", 0);
      }
      return between(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }
    return null;
  }

  // "6 - 9" and "6 đến 9" are ranges; "III, IV" and "III và IV" are lists, a range only when next to each other.
  private static boolean ordered(String joiner, int from, int to) {
    return joiner.equals("-") || joiner.equals("đến") ? from < to : to == from + 1;
  }

  private static Timing single(CharSequence input, String s) {
    s = strip(strip(strip(s, "hoàn thành"), "trước"), "ngày");
    Matcher m = MONTH.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(1));
      if (month < 1 || month > 12) {
        throw Problems.malformed("thời gian thực hiện", "timing", input,
            "không có tháng " + month, "there is no month " + month, 0);
      }
      return month(YearMonth.of(Integer.parseInt(m.group(2)), month));
    }
    m = QUARTER.matcher(s);
    if (m.matches()) {
      int q = Numerals.parse(m.group(1));
      if (q < 1 || q > 4) {
        throw Problems.malformed("thời gian thực hiện", "timing", input,
            "không có quý " + m.group(1).toUpperCase(Locale.ROOT), "there is no quarter " + m.group(1), 0);
      }
      return quarter(Integer.parseInt(m.group(2)), q);
    }
    m = YEAR.matcher(s);
    if (m.matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
      try {
        return on(VietnameseDates.parse(s));
      } catch (MalformedInputException e) {
        if (s.length() <= 10) {
          throw e;
        }
      }
    }
    return null;
  }

  private static String strip(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()).strip() : s;
  }

  /** {@code Thường xuyên}, {@code 30/06/2024}, {@code Tháng 6/2024}, {@code Quý II/2024}, {@code Năm 2024}, or a range. */
  @Override
  public String toString() {
    if (getKind() == TimingKind.ONGOING) {
      return "Thường xuyên";
    }
    LocalDate s = getStart().get();
    switch (getKind()) {
      case DATE:
        return VietnameseDates.formatNumeric(s);
      case MONTH:
        return "Tháng " + s.getMonthValue() + "/" + s.getYear();
      case QUARTER:
        return "Quý " + Numerals.roman((s.getMonthValue() + 2) / 3) + "/" + s.getYear();
      case YEAR:
        return "Năm " + s.getYear();
      default:
        return VietnameseDates.formatNumeric(s) + " - " + VietnameseDates.formatNumeric(getEnd().get());
    }
  }

  /** Builds a {@link Timing}; the factories ({@link #quarter}, {@link #month}…) are simpler. */
  public static final class Builder extends ImmutableTiming.Builder {}
}
