package io.kehoach.legacy.text.internal;

import io.kehoach.plan.Deadline;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.VietnameseDates;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deadlines of a reporting sentence, in the words plans use ("định kỳ trước ngày 15
 * tháng cuối Quý II và Quý IV", "định kỳ 6 tháng, năm", "trước ngày 25 hằng tháng", "trước ngày
 * 10 tháng 12 hằng năm") and in the words {@link Deadline#describe} writes. Works on folded text.
 */
public final class DeadlineText {
  private static final String DAY = "(?:truoc|cham nhat|han chot)? ?(?:vao )?ngay (\\d{1,3})";
  private static final Pattern QUARTER_MONTH = Pattern.compile(
      DAY + " (?:cua )?thang (cuoi|dau|thu (\\d{1,2})) (?:cua )?(quy [ivx0-9]+\\b(?:(?:,| va) quy [ivx0-9]+\\b)*|moi quy|hang quy|cac quy|quy sau|quy(?! [ivx0-9]+\\b))");
  private static final Pattern HALF_MONTH = Pattern.compile(
      DAY + " (?:cua )?thang (cuoi|dau|thu (\\d{1,2})) (?:cua )?(moi 6 thang|6 thang (?:dau|cuoi) nam(?: va 6 thang (?:dau|cuoi) nam)?|6 thang sau)");
  private static final Pattern END_QUARTER_MONTH = Pattern.compile(
      "cuoi thang (cuoi|dau|thu (\\d{1,2})) (?:cua )?(quy [ivx0-9]+\\b(?:(?:,| va) quy [ivx0-9]+\\b)*|moi quy|quy sau|moi 6 thang|6 thang sau)");
  private static final Pattern MONTHLY = Pattern.compile(DAY + " (?:hang|hàng) thang|" + DAY + " thang sau");
  private static final Pattern YEARLY = Pattern.compile(
      DAY + " thang (\\d{1,3}) (?:hang nam|nam sau)|" + DAY + "/(\\d{1,3}) (?:hang nam|nam sau)");
  private static final Pattern END_MONTH_YEARLY = Pattern.compile("cuoi thang (\\d{1,3}) (hang nam|nam sau)");
  private static final Pattern ONCE = Pattern.compile("truoc ngay (\\d{1,2}/\\d{1,2}/\\d{4})(?! hang)");
  private static final Pattern SIX_AND_YEAR = Pattern.compile(
      "(?:dinh ky |bao cao )?(?:6|sau) thang,? (?:va |\\+ )?(?:hang )?nam|(?:6|sau) thang va (?:ca )?nam");
  private static final Pattern SIX_EXPLICIT = Pattern.compile(
      "(?:6|sau) thang\\)?[^.;]{0,30}?(?:truoc|cham nhat|han chot)? ?ngay (\\d{1,3})(?: thang |/)(\\d{1,3})(?![/\\d])");
  private static final Pattern YEAR_EXPLICIT = Pattern.compile(
      "(?:hang nam|bao cao nam|ca nam|tong ket nam|nam)\\)?[^.;]{0,30}?(?:truoc|cham nhat|han chot)? ?ngay (\\d{1,3})(?: thang |/)(\\d{1,3})(?![/\\d])");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?:truoc|cham nhat|han chot) ?ngay (\\d{1,3}) thang (\\d{1,3})(?! hang nam| nam sau)");
  private static final Pattern QUARTER_ROMAN = Pattern.compile("quy ([ivx]+|\\d+)");

  private DeadlineText() {}

  /** A stretch of the folded sentence that states a deadline no calendar has: its bounds and why. */
  record Unread(int start, int end, String whyVi, String whyEn) {}

  /** What a sentence states: the deadlines read, in the order they are written, and what could not be read. */
  record Reading(List<Deadline> deadlines, List<Unread> unread) {}

  /** The deadlines a folded sentence states, in the order they are written; empty when it states none. */
  public static List<Deadline> parse(String folded) {
    return read(folded).deadlines();
  }

  /**
   * The deadlines a folded sentence states, and the stretches that state one no calendar has: a day
   * 0 or past 31 ({@code trước ngày 32 hằng tháng}), a day past its month's end ({@code ngày 31
   * tháng 2 hằng năm}), a month 0 or past 12, a month of the period past its length ({@code tháng
   * thứ 4 của quý}), a quarter that is not I to IV ({@code quý 0}, {@code quý iiii}), a date that
   * does not exist. Such a stretch gives no deadline, and no wording around it is guessed instead.
   */
  static Reading read(String folded) {
    String s = folded.replace('–', '-');
    if (s.indexOf("thang") < 0 && s.indexOf("quy") < 0 && s.indexOf("ngay") < 0 && s.indexOf("dot xuat") < 0
        && s.indexOf("hang nam") < 0 && s.indexOf("dinh ky nam") < 0 && s.indexOf("tong ket nam") < 0) {
      // Every wording read below names a day, a month, a quarter, "đột xuất" or a yearly report.
      return new Reading(List.of(), List.of());
    }
    Found found = new Found();
    Matcher m = QUARTER_MONTH.matcher(s.contains("quy") ? s : "");
    while (m.find()) {
      found.put(m, periodic(found, m, ReportingFrequency.QUARTERLY, m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    m = HALF_MONTH.matcher(s.contains("6 thang") ? s : "");
    while (m.find()) {
      found.put(m, periodic(found, m, ReportingFrequency.SIX_MONTHLY, m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    m = END_QUARTER_MONTH.matcher(s.contains("cuoi thang") ? s : "");
    while (m.find()) {
      ReportingFrequency f = m.group(3).contains("6 thang") ? ReportingFrequency.SIX_MONTHLY : ReportingFrequency.QUARTERLY;
      found.put(m, periodic(found, m, f, null, m.group(1), m.group(2), m.group(3)));
    }
    m = SIX_EXPLICIT.matcher(s.contains("thang") ? s : "");
    while (m.find()) {
      int day = number(m.group(1));
      int month = number(m.group(2));
      if (found.dayOfMonth(m, day, month)) {
        found.put(m, Deadline.builder().frequency(ReportingFrequency.SIX_MONTHLY).addOccurrence(month <= 6 ? 1 : 2)
            .monthOfPeriod(month <= 6 ? month : month - 6).dayOfMonth(day).build());
      }
    }
    m = YEAR_EXPLICIT.matcher(s.contains("thang") ? s : "");
    while (m.find()) {
      int day = number(m.group(1));
      int month = number(m.group(2));
      if (found.dayOfMonth(m, day, month)) {
        found.put(m, Deadline.yearly(month, day));
      }
    }
    m = MONTHLY.matcher(s.contains("hang thang") || s.contains("hàng thang") || s.contains("thang sau") ? s : "");
    while (m.find()) {
      int day = number(m.group(1) != null ? m.group(1) : m.group(2));
      if (found.day(m, day)) {
        found.put(m, Deadline.builder().frequency(ReportingFrequency.MONTHLY).dayOfMonth(day)
            .inFollowingPeriod(m.group(2) != null).build());
      }
    }
    for (String end : new String[] {"cuoi hang thang", "cuoi thang sau"}) {
      int at = s.indexOf(end);
      if (at >= 0 && found.free(at, at + end.length())) {
        found.put(at, at + end.length(),
            Deadline.builder().frequency(ReportingFrequency.MONTHLY).inFollowingPeriod(end.endsWith("sau")).build());
      }
    }
    m = YEARLY.matcher(s.contains("nam") ? s : "");
    while (m.find()) {
      int day = number(m.group(1) != null ? m.group(1) : m.group(3));
      int mo = number(m.group(2) != null ? m.group(2) : m.group(4));
      if (found.dayOfMonth(m, day, mo)) {
        found.put(m, Deadline.builder().frequency(ReportingFrequency.YEARLY).monthOfPeriod(mo)
            .dayOfMonth(day).inFollowingPeriod(m.group(0).endsWith("nam sau")).build());
      }
    }
    m = END_MONTH_YEARLY.matcher(s.contains("cuoi thang") ? s : "");
    while (m.find()) {
      int mo = number(m.group(1));
      boolean following = m.group(2).equals("nam sau");
      if (found.month(m, mo)) {
        Deadline.Builder b = Deadline.builder().frequency(ReportingFrequency.YEARLY).inFollowingPeriod(following);
        if (mo != 12 || following) {
          b.monthOfPeriod(mo);
        }
        found.put(m, b.build());
      }
    }
    m = ONCE.matcher(s.contains("truoc ngay") ? s : "");
    while (m.find()) {
      java.time.LocalDate date = date(m.group(1));
      if (date != null) {
        found.put(m, Deadline.once(date));
      } else {
        found.unread(m, "ngày không có trong lịch", "a date that does not exist");
      }
    }
    m = DAY_MONTH.matcher(s.contains("ngay") ? s : "");
    while (m.find()) {
      int day = number(m.group(1));
      int month = number(m.group(2));
      if (found.dayOfMonth(m, day, month)) {
        found.put(m, Deadline.yearly(month, day));
      }
    }
    int adHoc = s.indexOf("dot xuat");
    if (adHoc >= 0) {
      found.deadlines.put(adHoc, Deadline.adHoc());
    }
    if (found.deadlines.isEmpty() && found.unread.isEmpty()) {
      List<Deadline> each = endOfEach(s);
      if (!each.isEmpty()) {
        return new Reading(each, List.of());
      }
    }
    return new Reading(new ArrayList<>(found.deadlines.values()), found.unread);
  }

  /** The deadlines of a sentence that names its periods but no day: "định kỳ 6 tháng và hằng năm". */
  private static List<Deadline> endOfEach(String s) {
    if (SIX_AND_YEAR.matcher(s).find()) {
      return List.of(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY), Deadline.endOfEach(ReportingFrequency.YEARLY));
    } else if (s.contains("6 thang") && (s.contains("dinh ky") || s.contains("moi"))) {
      return List.of(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY));
    } else if (s.contains("hang quy") || s.contains("dinh ky quy") || s.contains("theo quy")) {
      return List.of(Deadline.endOfEach(ReportingFrequency.QUARTERLY));
    } else if (s.contains("hang nam") || s.contains("dinh ky nam") || s.contains("tong ket nam")) {
      return List.of(Deadline.endOfEach(ReportingFrequency.YEARLY));
    } else if (s.contains("hang thang")) {
      return List.of(Deadline.endOfEach(ReportingFrequency.MONTHLY));
    }
    return List.of();
  }

  /** A number of one or two digits as the patterns match them. */
  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static java.time.@org.jspecify.annotations.Nullable LocalDate date(String text) {
    try {
      return VietnameseDates.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The deadlines found by where they begin, the stretches taken, and what could not be read. */
  private static final class Found {
    final java.util.TreeMap<Integer, Deadline> deadlines = new java.util.TreeMap<>();
    final java.util.BitSet taken = new java.util.BitSet();
    final List<Unread> unread = new ArrayList<>();

    boolean free(int from, int to) {
      return taken.get(from, to).isEmpty();
    }

    /** Records {@code d} read from the match, unless another reading took part of it; {@code null} is nothing. */
    void put(Matcher m, @org.jspecify.annotations.Nullable Deadline d) {
      if (d != null) {
        put(m.start(), m.end(), d);
      }
    }

    void put(int from, int to, Deadline d) {
      if (free(from, to)) {
        deadlines.put(from, d);
        taken.set(from, to);
      }
    }

    /** Records the match as unreadable, and takes it so that no other wording reads it. */
    void unread(Matcher m, String whyVi, String whyEn) {
      if (free(m.start(), m.end())) {
        unread.add(new Unread(m.start(), m.end(), whyVi, whyEn));
        taken.set(m.start(), m.end());
      }
    }

    /** Whether {@code day} is a day of some month; if not, the match is unreadable. */
    boolean day(Matcher m, int day) {
      if (day >= 1 && day <= 31) {
        return true;
      }
      unread(m, "ngày " + day + " không có trong tháng nào", "no month has a day " + day);
      return false;
    }

    /** Whether {@code month} is a month; if not, the match is unreadable. */
    boolean month(Matcher m, int month) {
      if (month >= 1 && month <= 12) {
        return true;
      }
      unread(m, "không có tháng " + month, "there is no month " + month);
      return false;
    }

    /** Whether {@code day} of {@code month} is on the calendar (29 February is); if not, the match is unreadable. */
    boolean dayOfMonth(Matcher m, int day, int month) {
      if (!month(m, month) || !day(m, day)) {
        return false;
      }
      if (day <= java.time.Month.of(month).maxLength()) {
        return true;
      }
      unread(m, "tháng " + month + " không có ngày " + day, "month " + month + " has no day " + day);
      return false;
    }
  }

  /** The deadline of a match naming a day, a month of the period and the periods; null if part of it is not on the calendar. */
  private static @org.jspecify.annotations.Nullable Deadline periodic(Found found, Matcher m, ReportingFrequency f,
      @org.jspecify.annotations.Nullable String day, String which, @org.jspecify.annotations.Nullable String nth,
      String periods) {
    Deadline.Builder b = Deadline.builder().frequency(f);
    if (day != null) {
      int d = number(day);
      if (!found.day(m, d)) {
        return null;
      }
      b.dayOfMonth(d);
    }
    int months = f.months();
    if (which.equals("dau")) {
      b.monthOfPeriod(1);
    } else if (which.startsWith("thu") && nth != null) {
      int n = number(nth);
      if (n < 1 || n > months) {
        found.unread(m, "kỳ " + months + " tháng không có tháng thứ " + n, "a period of " + months + " months has no month " + n);
        return null;
      }
      b.monthOfPeriod(n);
    }
    if (periods.endsWith("sau")) {
      b.inFollowingPeriod(true);
    } else if (f == ReportingFrequency.QUARTERLY && periods.startsWith("quy ")) {
      Matcher q = QUARTER_ROMAN.matcher(periods);
      while (q.find()) {
        int n = io.kehoach.plan.internal.Numerals.parse(q.group(1).toUpperCase(java.util.Locale.ROOT));
        if (n < 1 || n > 4) {
          found.unread(m, "không có quý " + q.group(1).toUpperCase(java.util.Locale.ROOT) + " (quý I đến IV)",
              "there is no quarter " + q.group(1).toUpperCase(java.util.Locale.ROOT) + " (quarters I to IV)");
          return null;
        }
        b.addOccurrence(n);
      }
    } else if (f == ReportingFrequency.SIX_MONTHLY && !periods.startsWith("moi")) {
      if (periods.contains("dau nam")) {
        b.addOccurrence(1);
      }
      if (periods.contains("cuoi nam")) {
        b.addOccurrence(2);
      }
    }
    return b.build();
  }
}
