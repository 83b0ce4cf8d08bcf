package io.kehoach.plan;

import io.kehoach.plan.internal.Numerals;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * When a recurring report is due, as a rule from which concrete dates follow: "trước ngày 15 tháng
 * cuối Quý II và Quý IV" is {@code quarterly(15, 2, 4)}; "định kỳ 6 tháng" is
 * {@code endOfEach(SIX_MONTHLY)}; "trước ngày 25 hằng tháng" is {@code monthly(25)}; "trước ngày 10
 * tháng 12 hằng năm" is {@code yearly(12, 10)}.
 *
 * <p>A periodic deadline divides each calendar year into periods of its
 * {@linkplain ReportingFrequency#months() length} (months, quarters, halves, the year), numbered
 * from 1. For each period reported on it names a month (by default the period's last) and a day
 * of that month (by default the last; a day past the end of a short month falls on its last day,
 * so the 30th of the second month of a quarter is the 29th of February 2020). A yearly deadline
 * that names its month takes only a day that month has (29 February falls on the 28th in other
 * years). With {@linkplain #isInFollowingPeriod() following
 * period} the month is counted in the next period ("by the 5th of the first month of the next
 * quarter"). {@link #dueDates(Period)} turns the rule into dates over a plan's period.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Deadline {
  /** The longest period, in years, over which due dates are computed. */
  public static final int MAX_YEARS = 1000;

  Deadline() {}

  /** How often the report is due. */
  public abstract ReportingFrequency getFrequency();

  /**
   * Which periods of each year the deadline applies to, numbered from 1 ({2, 4} for "Quý II và
   * Quý IV"); empty for every period.
   */
  public abstract Set<Integer> getOccurrences();

  /** The month within the period, from 1; empty for the period's last month. */
  public abstract OptionalInt getMonthOfPeriod();

  /** The day of that month, 1 to 31; empty for the month's last day. */
  public abstract OptionalInt getDayOfMonth();

  /** Whether the month is counted in the period after the one reported on. */
  @Value.Default
  public boolean isInFollowingPeriod() {
    return false;
  }

  /** The date of a {@link ReportingFrequency#ONCE} report. */
  public abstract Optional<LocalDate> getDate();

  @Value.Check
  void check() {
    ReportingFrequency f = getFrequency();
    boolean once = f == ReportingFrequency.ONCE;
    if (once != getDate().isPresent()) {
      throw new IllegalArgumentException("a date is given for, and only for, a report due once: " + this);
    }
    if (!f.isPeriodic() && (!getOccurrences().isEmpty() || getMonthOfPeriod().isPresent()
        || getDayOfMonth().isPresent() || isInFollowingPeriod())) {
      throw new IllegalArgumentException("only a periodic deadline has periods, months and days: " + this);
    }
    int periods = f.isPeriodic() ? 12 / f.months() : 0;
    for (int o : getOccurrences()) {
      if (o < 1 || o > periods) {
        throw new IllegalArgumentException("a year has periods 1 to " + periods + " of this frequency: " + this);
      }
    }
    getMonthOfPeriod().ifPresent(m -> {
      if (m < 1 || m > f.months()) {
        throw new IllegalArgumentException("a period has months 1 to " + f.months() + ": " + this);
      }
    });
    getDayOfMonth().ifPresent(d -> {
      if (d < 1 || d > 31) {
        throw new IllegalArgumentException("a day of the month is 1 to 31: " + this);
      }
    });
    if (f == ReportingFrequency.YEARLY && getMonthOfPeriod().isPresent() && getDayOfMonth().isPresent()) {
      // A yearly deadline names one month: a day it never has ("ngày 31 tháng 2") is no deadline.
      Month month = Month.of(getMonthOfPeriod().getAsInt());
      int day = getDayOfMonth().getAsInt();
      if (day > month.maxLength()) {
        throw new IllegalArgumentException("Month " + month.getValue() + " has days 1 to " + month.maxLength()
            + ", not " + day + ", in a yearly deadline");
      }
    }
  }

  /** Due on the last day of every period of {@code frequency} ("định kỳ 6 tháng, hằng năm"). */
  public static Deadline endOfEach(ReportingFrequency frequency) {
    return new Builder().frequency(frequency).build();
  }

  /** Due on {@code day} of every month ("trước ngày 25 hằng tháng"). */
  public static Deadline monthly(int day) {
    return new Builder().frequency(ReportingFrequency.MONTHLY).dayOfMonth(day).build();
  }

  /**
   * Due on {@code day} of the last month of the given quarters, or of every quarter when none is
   * given ("trước ngày 15 tháng cuối Quý II và Quý IV" is {@code quarterly(15, 2, 4)}).
   */
  public static Deadline quarterly(int day, int... quarters) {
    Builder b = new Builder().frequency(ReportingFrequency.QUARTERLY).dayOfMonth(day);
    for (int q : quarters) {
      b.addOccurrence(q);
    }
    return b.build();
  }

  /** Due on {@code day} of {@code month} every year ("trước ngày 10 tháng 12 hằng năm" is {@code yearly(12, 10)}). */
  public static Deadline yearly(int month, int day) {
    return new Builder().frequency(ReportingFrequency.YEARLY).monthOfPeriod(month).dayOfMonth(day).build();
  }

  /** Due once, on {@code date}. */
  public static Deadline once(LocalDate date) {
    return new Builder().frequency(ReportingFrequency.ONCE).date(date).build();
  }

  /** Due when asked (đột xuất): no date can be computed. */
  public static Deadline adHoc() {
    return new Builder().frequency(ReportingFrequency.AD_HOC).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The due dates of this deadline over {@code period}, in order.
   *
   * <p>A periodic deadline gives one date for each period of the year it applies to that shares a
   * day with {@code period}, unless that date falls before the period starts; a date after the
   * period ends is kept (the report on the plan's last quarter may be due after it). A deadline
   * due once gives its date unless it falls before the period; an ad hoc deadline gives none. A
   * period whose start is after its end gives none.
   *
   * @param period the period of the plan, not null
   * @throws IllegalArgumentException if the period spans more than {@value #MAX_YEARS} years
   */
  public List<DueDate> dueDates(Period period) {
    List<DueDate> out = new ArrayList<>();
    if (!period.isOrdered()) {
      return out;
    }
    ReportingFrequency f = getFrequency();
    if (f == ReportingFrequency.ONCE) {
      LocalDate d = getDate().get();
      if (!d.isBefore(period.getStart())) {
        out.add(DueDate.of(d, f, period));
      }
      return out;
    }
    if (!f.isPeriodic()) {
      return out;
    }
    int firstYear = period.getStart().getYear();
    int lastYear = period.getEnd().getYear();
    if ((long) lastYear - firstYear >= MAX_YEARS) {
      throw new IllegalArgumentException("due dates are computed over at most " + MAX_YEARS + " years: " + period);
    }
    int months = f.months();
    int periods = 12 / months;
    for (int year = firstYear; year <= lastYear; year++) {
      for (int k = 1; k <= periods; k++) {
        if (!getOccurrences().isEmpty() && !getOccurrences().contains(k)) {
          continue;
        }
        YearMonth first = YearMonth.of(year, (k - 1) * months + 1);
        LocalDate coveredStart = first.atDay(1);
        LocalDate coveredEnd = first.plusMonths(months - 1L).atEndOfMonth();
        if (!period.overlaps(coveredStart, coveredEnd)) {
          continue;
        }
        YearMonth dueMonth = first.plusMonths(getMonthOfPeriod().orElse(months) - 1L + (isInFollowingPeriod() ? months : 0));
        int length = dueMonth.lengthOfMonth();
        LocalDate due = dueMonth.atDay(Math.min(getDayOfMonth().orElse(length), length));
        if (!due.isBefore(period.getStart())) {
          out.add(DueDate.of(due, f, Period.of(coveredStart, coveredEnd)));
        }
      }
    }
    return out;
  }

  /**
   * The rule in words: "trước ngày 15 tháng cuối Quý II, Quý IV" or "by the 15th of the last month
   * of Q2, Q4" (English for {@code en}, Vietnamese otherwise).
   */
  public String describe(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    ReportingFrequency f = getFrequency();
    if (f == ReportingFrequency.AD_HOC) {
      return en ? "when requested" : "đột xuất khi có yêu cầu";
    }
    if (f == ReportingFrequency.ONCE) {
      LocalDate d = getDate().get();
      return en ? "by " + d : "trước ngày " + VietnameseDates.formatNumeric(d);
    }
    String day = getDayOfMonth().isPresent()
        ? (en ? "by the " + ordinal(getDayOfMonth().getAsInt()) + " of " : "trước ngày " + getDayOfMonth().getAsInt() + " ")
        : (en ? "by the end of " : "cuối ");
    if (f == ReportingFrequency.YEARLY) {
      int m = getMonthOfPeriod().orElse(12);
      String monthName = Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return en ? day + monthName + (isInFollowingPeriod() ? " of the following year" : " every year")
          : day + "tháng " + m + (isInFollowingPeriod() ? " năm sau" : " hằng năm");
    }
    if (f == ReportingFrequency.MONTHLY) {
      return en ? day + (isInFollowingPeriod() ? "the following month" : "every month")
          : day + (isInFollowingPeriod() ? "tháng sau" : "hằng tháng");
    }
    String which = monthName(en);
    String periodsText = periodsText(en);
    return en ? day + "the " + which + " month of " + periodsText
        : day + "tháng " + which + " " + periodsText;
  }

  private String monthName(boolean en) {
    int months = getFrequency().months();
    int m = getMonthOfPeriod().orElse(months);
    if (m == months) {
      return en ? "last" : "cuối";
    }
    if (m == 1) {
      return en ? "first" : "đầu";
    }
    return en ? ordinal(m) : "thứ " + m;
  }

  private String periodsText(boolean en) {
    boolean quarter = getFrequency() == ReportingFrequency.QUARTERLY;
    String unitEn = quarter ? "quarter" : "half-year";
    String unitVi = quarter ? "quý" : "6 tháng";
    if (isInFollowingPeriod()) {
      return en ? "the following " + unitEn : unitVi + " sau";
    }
    if (getOccurrences().isEmpty()) {
      return en ? "each " + unitEn : "mỗi " + unitVi;
    }
    List<String> names = new ArrayList<>();
    for (int k : new TreeSet<>(getOccurrences())) {
      if (quarter) {
        names.add(en ? "Q" + k : "Quý " + Numerals.roman(k));
      } else {
        names.add(en ? (k == 1 ? "the first half" : "the second half") : (k == 1 ? "6 tháng đầu năm" : "6 tháng cuối năm"));
      }
    }
    return String.join(en ? " and " : " và ", names);
  }

  private static String ordinal(int n) {
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  /** Builds a {@link Deadline}; the factories ({@link #quarterly}, {@link #yearly}…) are simpler. */
  public static final class Builder extends ImmutableDeadline.Builder {}
}
