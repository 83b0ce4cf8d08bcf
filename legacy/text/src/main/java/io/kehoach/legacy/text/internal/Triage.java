package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.text.DocumentKind;
import java.util.regex.Pattern;

/**
 * Stage 3, triage: tells what the text is from what {@link Segment} found. An official text has a
 * title ({@code KẾ HOẠCH}, {@code QUYẾT ĐỊNH}, or an untitled plan's subject) and a number or a
 * date line, or a title followed by Roman-numbered sections. A text without them that speaks of a
 * plan on administrative reform, procedures or communication ({@code "Ngày 05/4/2022, UBND tỉnh
 * đã ban hành Kế hoạch số 88/KH-UBND về …"}, {@code "Plan No. 212/KH-BYT"}) is a press item. Any
 * other text is not a plan. Writes {@link Work#kind}.
 */
final class Triage implements Stage {
  private static final Pattern PLAN_CITED = Pattern.compile(
      "(?:ke hoach|kh)\\s*(?:so\\s*)?:?\\s*\\d{1,5}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?kh|plan no\\.?\\s*\\d{1,5}\\s*/|plan\\s+\\d{1,5}/kh");
  private static final String[] TOPICS = {"cai cach hanh chinh", "thu tuc hanh chinh", "tuyen truyen", "truyen thong",
    "chuyen doi so", "cchc", "ksthc", "ksttc", "administrative reform", "administrative procedure", "communication",
    "mot cua", "dich vu cong", "chinh quyen dien tu", "par index", "sipas"};

  @Override
  public void apply(Work w) {
    Segments s = w.segments;
    boolean titled = s.planTitle >= 0 || s.decisionTitle >= 0;
    boolean official = s.subjectless || titled && (s.numberLine >= 0 || Segment.dateLine(w, 0, w.size()) >= 0)
        || s.planTitle >= 0 && w.find(s.planTitle + 1, l -> Texts.ROMAN_HEADING.matcher(l.text).matches()
            && Section.of(l) != null) > s.planTitle;
    if (official) {
      w.kind = DocumentKind.OFFICIAL_TEXT;
      return;
    }
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < w.size(); i++) {
      if (!w.chrome.get(i)) {
        all.append(w.line(i).folded).append(' ');
      }
    }
    String f = all.toString();
    boolean topic = false;
    for (String t : TOPICS) {
      if (f.contains(t)) {
        topic = true;
        break;
      }
    }
    // An article about a plan names it more than once, or at its start: a page that cites a plan
    // once, far down ("theo Kế hoạch số 96/KH-UBND ngày 07/7/2025 …" under a list), is not about it.
    int mentions = count(f, "ke hoach") + count(f, " plan ");
    java.util.regex.Matcher cited = PLAN_CITED.matcher(f);
    boolean citedEarly = cited.find() && cited.start() < 700;
    boolean aboutPlan = (mentions >= 2 || citedEarly) && (cited.find(0)
        || f.contains("ke hoach") && (f.contains("ban hanh") || f.contains("trien khai"))
        || f.contains(" plan ") && (f.contains("issued") || f.contains("promulgated") || f.contains("approved")));
    w.kind = topic && aboutPlan ? DocumentKind.PRESS_SUMMARY : DocumentKind.NOT_A_PLAN;
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int k = s.indexOf(what); k >= 0; k = s.indexOf(what, k + what.length())) {
      n++;
    }
    return n;
  }
}
