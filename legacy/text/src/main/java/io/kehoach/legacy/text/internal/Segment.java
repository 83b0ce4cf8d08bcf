package io.kehoach.legacy.text.internal;

import java.util.regex.Pattern;

/**
 * Stage 2, segment: finds the title lines ({@code KẾ HOẠCH}, {@code QUYẾT ĐỊNH}), the number
 * line, and so where the head ends: the head is every line before the first title. A plan whose
 * title lacks the word KẾ HOẠCH ({@code "Số: 15/KH-UBND"}, the date, then {@code "TUYÊN TRUYỀN
 * CẢI CÁCH HÀNH CHÍNH NĂM 2024"}) takes its first upper-case line after the number and date as
 * the title, which is its subject. Reads lines not claimed; writes {@link Work#segments}. Where
 * the body, closing and annexes begin is written by the stages that read up to them.
 */
final class Segment implements Stage {
  static final Pattern NUMBER_LINE = Pattern.compile("^so\\s*[:.]?\\s*(\\d.*|[^a-z]*/.*)?$");
  private static final Pattern DATE_LINE = Pattern.compile(".*ngay\\s*\\d{1,2}\\s*thang.*|.*ngay\\s*[.…]+\\s*thang.*|.*ngay\\s*\\d{1,2}\\s*$|.*ngay\\s*\\.*\\s*$");

  @Override
  public void apply(Work w) {
    Segments s = w.segments;
    s.planTitle = w.find(0, l -> Texts.isTitle(l, "ke hoach"));
    s.decisionTitle = w.find(0, l -> Texts.isTitle(l, "quyet dinh"));
    s.numberLine = w.find(0, l -> l.text.length() < 60 && NUMBER_LINE.matcher(l.folded).matches());
    if (s.numberLine >= 0) {
      // "Quyết định" / "Kế hoạch" in mixed case, alone on a line just under the number and date: the title
      // as a web page's copy left it.
      int seen = 0;
      for (int i = s.numberLine + 1; i < w.size() && seen < 6 && (s.planTitle < 0 || i < s.planTitle)
          && (s.decisionTitle < 0 || i < s.decisionTitle); i++) {
        Line l = w.line(i);
        if (l.isBlank() || w.isClaimed(i)) {
          continue;
        }
        seen++;
        if (l.text.length() < 20 && !l.text.endsWith(":")) {
          if (l.lettersAndSpaces().equals("quyet dinh")) {
            s.decisionTitle = i;
            break;
          }
          if (l.lettersAndSpaces().equals("ke hoach")) {
            s.planTitle = i;
            break;
          }
        }
      }
    }
    s.first = s.decisionTitle >= 0 && (s.planTitle < 0 || s.decisionTitle < s.planTitle) ? s.decisionTitle : s.planTitle;
    if (s.first < 0 && s.numberLine >= 0) {
      int title = untitled(w, s.numberLine);
      if (title >= 0) {
        s.first = title;
        s.planTitle = title;
        s.untitled = true;
      } else {
        subjectless(w, s);
      }
    }
  }

  /**
   * A plan's head with neither title nor subject: "Số: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm
   * 2018 |" then "Căn cứ …". The body begins after the number and date lines.
   */
  private static void subjectless(Work w, Segments s) {
    Line number = w.line(s.numberLine);
    if (!number.folded.contains("/kh")) {
      return;
    }
    int date = dateLine(w, s.numberLine, Math.min(w.size(), s.numberLine + 8));
    if (date < 0) {
      return;
    }
    int from = Math.max(s.numberLine, date);
    int n = w.next(from, w.size());
    if (n >= 0 && w.line(n).folded.contains("thang") && w.line(n).text.length() < 40) {
      n = w.next(n, w.size());
    }
    if (n >= 0 && (LegalBasis.isBasis(w.line(n)) || Section.of(w.line(n)) != null)) {
      s.first = n;
      s.subjectless = true;
    }
  }

  /** The first date line from {@code from} (before {@code to}): "..., ngày 16 tháng 02 năm 2017", or -1. */
  static int dateLine(Work w, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < w.size(); i++) {
      Line l = w.line(i);
      if (!w.isClaimed(i) && l.folded.indexOf("ngay") >= 0 && l.text.length() < 120 && DATE_LINE.matcher(l.folded).matches()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The subject line of a plan without a KẾ HOẠCH line: after the number line, the first free
   * upper-case line that is neither the motto, a date nor a rule, within a few lines; -1 if none.
   */
  private static int untitled(Work w, int number) {
    int date = dateLine(w, number, Math.min(w.size(), number + 12));
    int from = Math.max(number, date) + 1;
    if (date >= 0) {
      // The date may wrap: "Hà Nội, ngày" / "15 tháng 9 năm 2020".
      int n = w.next(date, w.size());
      if (n >= 0 && w.line(n).folded.contains("thang") && w.line(n).text.length() < 40) {
        from = n + 1;
      }
    }
    int seen = 0;
    for (int i = from; i < w.size() && seen < 6; i++) {
      Line l = w.line(i);
      if (!w.isFree(i)) {
        continue;
      }
      seen++;
      String f = l.folded;
      if (Texts.RULE.matcher(l.text).matches() || f.startsWith("cong hoa") || f.startsWith("doc lap")) {
        continue;
      }
      if (Texts.isUpper(l.text) && l.text.length() > 12 && !Texts.MARKER.matcher(l.text).lookingAt()) {
        return i;
      }
      if (!Texts.isUpper(l.text)) {
        return -1;
      }
    }
    return -1;
  }
}
