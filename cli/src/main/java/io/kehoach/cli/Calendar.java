package io.kehoach.cli;

import io.kehoach.plan.DueDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A plan's reporting due dates: who reports to whom by when, as text lines or as iCalendar. */
final class Calendar {
  private Calendar() {}

  private static Map<String, String> names(Plan plan) {
    Map<String, String> names = new HashMap<>();
    for (ResponsibleBody b : plan.getBodies()) {
      names.putIfAbsent(b.getId(), b.getName());
    }
    return names;
  }

  private static String who(Plan plan, DueDate d, Map<String, String> names, Locale locale) {
    ReportingRule rule = plan.getReportingRules().stream()
        .filter(r -> d.getRuleId().map(r.getId()::equals).orElse(false)).findFirst().orElseThrow();
    String reporters = rule.getReporterIds().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    return (reporters.isEmpty() ? "?" : reporters) + " → " + names.getOrDefault(rule.getRecipientId(), rule.getRecipientId())
        + rule.getIntermediaryId().map(i -> Messages.get(locale, " (qua ", " (through ") + names.getOrDefault(i, i) + ")")
            .orElse("");
  }

  static List<String> lines(Plan plan, Locale locale) {
    Map<String, String> names = names(plan);
    List<String> out = new ArrayList<>();
    for (DueDate d : plan.dueDates()) {
      out.add(String.format("%s  %-11s %s", d.getDate(), d.getFrequency().label(locale), who(plan, d, names, locale)));
    }
    return out;
  }

  /** The due dates as an iCalendar (RFC 5545) file of all-day events. */
  static String ics(Plan plan, Locale locale) {
    Map<String, String> names = names(plan);
    StringBuilder b = new StringBuilder();
    line(b, "BEGIN:VCALENDAR");
    line(b, "VERSION:2.0");
    line(b, "PRODID:-//kehoach//kehoach calendar//VI");
    line(b, "CALSCALE:GREGORIAN");
    String stamp = plan.getIssueDate().orElse(LocalDate.of(1970, 1, 1)).format(DateTimeFormatter.BASIC_ISO_DATE) + "T000000Z";
    String planName = plan.getNumber().map(Object::toString).orElse(plan.getSubject());
    for (DueDate d : plan.dueDates()) {
      String day = d.getDate().format(DateTimeFormatter.BASIC_ISO_DATE);
      line(b, "BEGIN:VEVENT");
      line(b, "UID:" + escape(d.getRuleId().orElse("rule") + "-" + d.getFrequency().getCode() + "-" + day + "-"
          + Integer.toHexString(planName.hashCode()) + "@kehoach"));
      line(b, "DTSTAMP:" + stamp);
      line(b, "DTSTART;VALUE=DATE:" + day);
      line(b, "SUMMARY:" + escape(Messages.get(locale, "Hạn báo cáo ", "Report due ") + d.getFrequency().label(locale)
          .toLowerCase(locale) + " — " + planName));
      line(b, "DESCRIPTION:" + escape(who(plan, d, names, locale) + "; " + Messages.get(locale, "kỳ báo cáo ",
          "period covered ") + d.getCoveredPeriod()));
      line(b, "END:VEVENT");
    }
    line(b, "END:VCALENDAR");
    return b.toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** Appends a content line, folded at 75 octets of UTF-8 as RFC 5545 asks, ending in CRLF. */
  private static void line(StringBuilder b, String s) {
    int octets = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (octets + n > 75) {
        b.append("\r\n ");
        octets = 1;
      }
      b.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    b.append("\r\n");
  }
}
