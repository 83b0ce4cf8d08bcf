package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 6, subject: the lines after the {@code KẾ HOẠCH} title up to the first blank line before
 * a legal basis or a section (or up to them), joined with single spaces; the note
 * {@code "(Ban hành kèm theo Quyết định số 125/QĐ-UBND ngày 18/01/2023 …)"} under it gives the
 * issuing decision; the plan's period is read from the subject ({@code "giai đoạn 2021–2025"},
 * {@code "năm 2024"}), or from a decision's subject. Writes {@link Draft}'s subject and period and
 * {@link Segments#bodyStart} (unless {@link Decision} set it for a plan in Điều 1).
 */
final class Subject implements Stage {
  private static final Pattern RANGE = Pattern.compile("(?:giai doan|tu nam)?\\s*(\\d{4})\\s*(?:-|den)\\s*(?:nam\\s*)?(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("nam (\\d{4})");
  private static final Pattern ATTACHED = Pattern.compile("(?iu)^(ban hành )?kèm theo\\s+");
  private static final Pattern RULE = Pattern.compile("^[-_=]{3,}$");

  @Override
  public void apply(Work w) {
    Segments s = w.segments;
    Draft d = w.draft;
    if (s.decisionFirst() && s.planTitle < s.decisionTitle) {
      // The plan in Điều 1: its subject is the decision's, after "ban hành Kế hoạch".
      String about = d.decisionSubject;
      int at = Fold.fold(about).indexOf("ke hoach");
      String subject = at >= 0 ? about.substring(at + "ke hoach".length()).strip() : about;
      d.subject = subject.isEmpty() ? about : subject;
      d.hasSubject = true;
      period(w, about);
      return;
    }
    if (s.subjectless) {
      w.warn("section.missing", "Văn bản không có tên loại và trích yếu", "The text has no title and no subject", s.first);
      s.bodyStart = s.first;
      return;
    }
    int title = s.planTitle;
    s.bodyStart = read(w, title, s.untitled);
  }

  /** Reads the subject from the title line; returns where the body starts. */
  private static int read(Work w, int title, boolean untitled) {
    Draft d = w.draft;
    w.claim(title);
    StringBuilder s = new StringBuilder();
    int i = untitled ? title : title + 1;
    int from = -1;
    int to = -1;
    while (i < w.size()) {
      Line l = w.line(i);
      if (l.isBlank() || w.isClaimed(i) && i != title) {
        if (s.length() > 0 && l.isBlank()) {
          int n = w.next(i, w.size());
          if (n < 0 || !n(w, n).startsWith("(kem theo") && !n(w, n).startsWith("(ban hanh kem theo") && Section.of(w.line(n)) != null
              || n(w, n).startsWith("thuc hien") || n(w, n).startsWith("can cu")) {
            break;
          }
        }
        i++;
        continue;
      }
      if (l.folded.startsWith("(kem theo") || l.folded.startsWith("(ban hanh kem theo")) {
        i = attached(w, i) + 1;
        continue;
      }
      if (s.length() > 0 && (Section.of(l) != null || l.folded.startsWith("can cu") || LegalBasis.isBasis(l) && !Texts.isUpper(l.text)
          || l.folded.startsWith("thuc hien ") && !(Texts.isUpper(l.text) && Texts.isUpper(s.toString()))
          || RULE.matcher(l.text).matches())) {
        break;
      }
      if (RULE.matcher(l.text).matches()) {
        w.claim(i);
        i++;
        continue;
      }
      if (s.length() > 0 && !Texts.isUpper(l.text) && Texts.isUpper(s.toString()) && l.text.length() > 80) {
        // An upper-case subject ends where mixed-case running text begins.
        break;
      }
      s.append(s.length() == 0 ? "" : " ").append(l.text);
      w.claim(i);
      from = from < 0 ? i : from;
      to = i;
      i++;
    }
    String subject = s.toString().strip();
    if (!subject.isEmpty()) {
      d.subject = subject;
      w.part("/subject", from, to);
    } else if (!d.hasSubject) {
      w.warn("section.missing", "Không thấy trích yếu của kế hoạch", "No subject was found after the title", title);
    }
    period(w, subject.isEmpty() ? d.decisionSubject : subject);
    return i;
  }

  private static String n(Work w, int i) {
    return w.line(i).folded;
  }

  /** "(Kèm theo Quyết định số 125/QĐ-UBND ngày 18/01/2023 …)": the decision, possibly over lines. */
  private static int attached(Work w, int i) {
    int j = i;
    StringBuilder within = new StringBuilder(w.line(i).text);
    w.claim(i);
    while (w.line(j).text.indexOf(')') < 0 && j + 1 < w.size() && j - i < 5) {
      j++;
      w.claim(j);
      within.append(' ').append(w.line(j).text);
    }
    String t = within.toString();
    String inner = t.substring(1, t.lastIndexOf(')') > 0 ? t.lastIndexOf(')') : t.length()).strip();
    inner = ATTACHED.matcher(inner).replaceFirst("");
    if (w.draft.issuingDecision == null && Fold.fold(inner).startsWith("quyet dinh")) {
      w.draft.issuingDecision = LegalBases.reference(inner);
    }
    w.part("/issuingDecision", i, j);
    return j;
  }

  static void period(Work w, String text) {
    String f = Fold.fold(text).replace('–', '-').replace('—', '-');
    Matcher m = RANGE.matcher(f);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (a <= b && b - a < 20) {
        w.draft.period = Period.ofYears(a, b);
        return;
      }
    }
    m = YEAR.matcher(f);
    if (m.find()) {
      w.draft.period = Period.ofYear(Integer.parseInt(m.group(1)));
    }
  }
}
