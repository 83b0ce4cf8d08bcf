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
  private static final String DAY = "(?:truoc|cham nhat|han chot)? ?(?:vao )?ngay (\\d{1,2})";
  private static final Pattern QUARTER_MONTH = Pattern.compile(
      DAY + " (?:cua )?thang (cuoi|dau|thu (\\d)) (?:cua )?(quy [ivx0-9]+\\b(?:(?:,| va) quy [ivx0-9]+\\b)*|moi quy|hang quy|cac quy|quy sau|quy(?! [ivx0-9]+\\b))");
  private static final Pattern HALF_MONTH = Pattern.compile(
      DAY + " (?:cua )?thang (cuoi|dau|thu (\\d)) (?:cua )?(moi 6 thang|6 thang (?:dau|cuoi) nam(?: va 6 thang (?:dau|cuoi) nam)?|6 thang sau)");
  private static final Pattern END_QUARTER_MONTH = Pattern.compile(
      "cuoi thang (cuoi|dau|thu (\\d)) (?:cua )?(quy [ivx0-9]+\\b(?:(?:,| va) quy [ivx0-9]+\\b)*|moi quy|quy sau|moi 6 thang|6 thang sau)");
  private static final Pattern MONTHLY = Pattern.compile(DAY + " (?:hang|hàng) thang|" + DAY + " thang sau");
  private static final Pattern YEARLY = Pattern.compile(
      DAY + " thang (\\d{1,2}) (?:hang nam|nam sau)|" + DAY + "/(\\d{1,2}) (?:hang nam|nam sau)");
  private static final Pattern END_MONTH_YEARLY = Pattern.compile("cuoi thang (\\d{1,2}) (hang nam|nam sau)");
  private static final Pattern ONCE = Pattern.compile("truoc ngay (\\d{1,2}/\\d{1,2}/\\d{4})(?! hang)");
  private static final Pattern SIX_AND_YEAR = Pattern.compile(
      "(?:dinh ky |bao cao )?(?:6|sau) thang,? (?:va |\\+ )?(?:hang )?nam|(?:6|sau) thang va (?:ca )?nam");
  private static final Pattern SIX_EXPLICIT = Pattern.compile(
      "(?:6|sau) thang\\)?[^.;]{0,30}?(?:truoc|cham nhat|han chot)? ?ngay (\\d{1,2})(?: thang |/)(\\d{1,2})(?![/\\d])");
  private static final Pattern YEAR_EXPLICIT = Pattern.compile(
      "(?:hang nam|bao cao nam|ca nam|tong ket nam|nam)\\)?[^.;]{0,30}?(?:truoc|cham nhat|han chot)? ?ngay (\\d{1,2})(?: thang |/)(\\d{1,2})(?![/\\d])");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?:truoc|cham nhat|han chot) ?ngay (\\d{1,2}) thang (\\d{1,2})(?! hang nam| nam sau)");
  private static final Pattern QUARTER_ROMAN = Pattern.compile("quy ([ivx]+|\\d)");

  private DeadlineText() {}

  /** The deadlines a folded sentence states, in the order they are written; empty when it states none. */
  public static List<Deadline> parse(String folded) {
    String s = folded.replace('–', '-');
    if (s.indexOf("thang") < 0 && s.indexOf("quy") < 0 && s.indexOf("ngay") < 0 && s.indexOf("dot xuat") < 0
        && s.indexOf("hang nam") < 0 && s.indexOf("dinh ky nam") < 0 && s.indexOf("tong ket nam") < 0) {
      // Every wording read below names a day, a month, a quarter, "đột xuất" or a yearly report.
      return List.of();
    }
    java.util.TreeMap<Integer, Deadline> found = new java.util.TreeMap<>();
    java.util.BitSet taken = new java.util.BitSet();
    Matcher m = QUARTER_MONTH.matcher(s.contains("quy") ? s : "");
    while (m.find()) {
      put(found, taken, m, periodic(ReportingFrequency.QUARTERLY, m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    m = HALF_MONTH.matcher(s.contains("6 thang") ? s : "");
    while (m.find()) {
      put(found, taken, m, periodic(ReportingFrequency.SIX_MONTHLY, m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    m = END_QUARTER_MONTH.matcher(s.contains("cuoi thang") ? s : "");
    while (m.find()) {
      ReportingFrequency f = m.group(3).contains("6 thang") ? ReportingFrequency.SIX_MONTHLY : ReportingFrequency.QUARTERLY;
      put(found, taken, m, periodic(f, null, m.group(1), m.group(2), m.group(3)));
    }
    m = SIX_EXPLICIT.matcher(s.contains("thang") ? s : "");
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        put(found, taken, m, Deadline.builder().frequency(ReportingFrequency.SIX_MONTHLY).addOccurrence(month <= 6 ? 1 : 2)
            .monthOfPeriod(month <= 6 ? month : month - 6).dayOfMonth(day).build());
      }
    }
    m = YEAR_EXPLICIT.matcher(s.contains("thang") ? s : "");
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        put(found, taken, m, Deadline.yearly(month, day));
      }
    }
    m = MONTHLY.matcher(s.contains("hang thang") || s.contains("hàng thang") || s.contains("thang sau") ? s : "");
    while (m.find()) {
      String day = m.group(1) != null ? m.group(1) : m.group(2);
      put(found, taken, m, Deadline.builder().frequency(ReportingFrequency.MONTHLY).dayOfMonth(Integer.parseInt(day))
          .inFollowingPeriod(m.group(2) != null).build());
    }
    for (String end : new String[] {"cuoi hang thang", "cuoi thang sau"}) {
      int at = s.indexOf(end);
      if (at >= 0 && !taken.get(at)) {
        found.put(at, Deadline.builder().frequency(ReportingFrequency.MONTHLY).inFollowingPeriod(end.endsWith("sau")).build());
        taken.set(at, at + end.length());
      }
    }
    m = YEARLY.matcher(s.contains("nam") ? s : "");
    while (m.find()) {
      String day = m.group(1) != null ? m.group(1) : m.group(3);
      int mo = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
      if (mo >= 1 && mo <= 12) {
        put(found, taken, m, Deadline.builder().frequency(ReportingFrequency.YEARLY).monthOfPeriod(mo)
            .dayOfMonth(Integer.parseInt(day)).inFollowingPeriod(m.group(0).endsWith("nam sau")).build());
      }
    }
    m = END_MONTH_YEARLY.matcher(s.contains("cuoi thang") ? s : "");
    while (m.find()) {
      int mo = Integer.parseInt(m.group(1));
      boolean following = m.group(2).equals("nam sau");
      if (mo >= 1 && mo <= 12) {
        Deadline.Builder b = Deadline.builder().frequency(ReportingFrequency.YEARLY).inFollowingPeriod(following);
        if (mo != 12 || following) {
          b.monthOfPeriod(mo);
        }
        put(found, taken, m, b.build());
      }
    }
    m = ONCE.matcher(s.contains("truoc ngay") ? s : "");
    while (m.find()) {
      try {
        put(found, taken, m, Deadline.once(VietnameseDates.parse(m.group(1))));
      } catch (RuntimeException e) {
        // not a date after all
      }
    }
    m = DAY_MONTH.matcher(s.contains("ngay") ? s : "");
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        put(found, taken, m, Deadline.yearly(month, day));
      }
    }
    int adHoc = s.indexOf("dot xuat");
    if (adHoc >= 0) {
      found.put(adHoc, Deadline.adHoc());
    }
    if (found.isEmpty()) {
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
    }
    return new ArrayList<>(found.values());
  }

  private static void put(java.util.TreeMap<Integer, Deadline> found, java.util.BitSet taken, Matcher m, Deadline d) {
    int from = m.start();
    int to = m.end();
    if (taken.get(from, to).isEmpty()) {
      found.put(from, d);
      taken.set(from, to);
    }
  }

  private static Deadline periodic(ReportingFrequency f, String day, String which, String nth, String periods) {
    Deadline.Builder b = Deadline.builder().frequency(f);
    if (day != null) {
      b.dayOfMonth(Integer.parseInt(day));
    }
    int months = f.months();
    if (which.equals("dau")) {
      b.monthOfPeriod(1);
    } else if (which.startsWith("thu") && nth != null) {
      int n = Integer.parseInt(nth);
      if (n >= 1 && n <= months) {
        b.monthOfPeriod(n);
      }
    }
    if (periods.endsWith("sau")) {
      b.inFollowingPeriod(true);
    } else if (f == ReportingFrequency.QUARTERLY && periods.startsWith("quy ")) {
      Matcher q = QUARTER_ROMAN.matcher(periods);
      while (q.find()) {
        int n = io.kehoach.plan.internal.Numerals.parse(q.group(1).toUpperCase(java.util.Locale.ROOT));
        if (n >= 1 && n <= 4) {
          b.addOccurrence(n);
        }
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
