package io.kehoach.legacy.text.internal;

import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.VietnameseDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 5, decision: a plan issued by a decision ({@code QUYẾT ĐỊNH Về việc ban hành Kế hoạch …}).
 * The head's number and date are the decision's: recorded as the issuing decision with the
 * decision's subject and its own legal bases, not as the plan's. When the plan follows the decision
 * (attached, with its own {@code KẾ HOẠCH} title), the decision's articles, recipients and
 * signature are claimed here (its signature is the plan's when the plan has none); when the plan is
 * written into Điều 1, the body is Điều 1 and ends at the next article. Reads the lines from the
 * decision title; writes {@link Draft} and the body's bounds in {@link Segments}.
 */
final class Decision implements Stage {

  @Override
  public void apply(Work w) {
    Segments s = w.segments;
    if (!s.decisionFirst()) {
      return;
    }
    Draft d = w.draft;
    int title = s.decisionTitle;
    String about = about(w, title, s.planTitle);
    d.issuingDecision = DocumentReference.builder().from(LegalBases.reference(("Quyết định "
        + (d.number == null ? "" : "số " + d.number + " ")
        + (d.date == null ? "" : "ngày " + VietnameseDates.formatNumeric(d.date) + " ") + about).strip()))
        .documentType(DocumentType.DECISION).build();
    // The plan has the decision's number, not one of its own.
    d.number = null;
    d.decisionSubject = about;
    LegalBasis.read(w, title + 1, s.planTitle < 0 ? w.size() : s.planTitle);
    if (s.planTitle > title) {
      articles(w, title + 1, s.planTitle);
      return;
    }
    // The plan written into Điều 1 of the decision.
    int article1 = w.find(title, l -> l.folded.startsWith("dieu 1"));
    int article2 = article1 < 0 ? -1 : w.find(article1 + 1, l -> l.folded.startsWith("dieu 2"));
    s.bodyStart = article1 < 0 ? title + 1 : article1 + 1;
    if (article1 >= 0) {
      w.claim(article1);
      w.part("/issuingDecision", article1, article1);
    }
    if (article2 > 0) {
      int closing = w.find(article2, l -> l.folded.startsWith("noi nhan"));
      int end = closing < 0 ? w.size() : closing;
      articles(w, article2, end);
      s.bodyEnd = end;
    }
  }

  /** The decision's subject after its title ("Về việc ban hành Kế hoạch …"), claimed. */
  private static String about(Work w, int title, int planTitle) {
    StringBuilder about = new StringBuilder();
    int i = w.next(title, w.size());
    int from = i;
    while (i >= 0 && !w.line(i).folded.startsWith("can cu") && !w.line(i).folded.startsWith("quyet dinh")
        && !(about.length() > 0 && authority(w.line(i)))
        && !w.line(i).folded.startsWith("dieu ") && (planTitle < 0 || i < planTitle) && about.length() < 600) {
      if (!Texts.RULE.matcher(w.line(i).text).matches()) {
        about.append(about.length() == 0 ? "" : " ").append(w.line(i).text);
      }
      w.claim(i);
      int n = w.next(i, w.size());
      if (n < 0 || w.line(n).folded.startsWith("can cu") || LegalBasis.isBasis(w.line(n))) {
        break;
      }
      i = n;
    }
    w.claim(title);
    int n = i < 0 ? -1 : w.next(i, w.size());
    if (i >= 0 && authority(w.line(i))) {
      w.claim(i);
    } else if (n >= 0 && authority(w.line(n))) {
      w.claim(n);
    }
    if (from >= 0) {
      w.part("/issuingDecision", title, Math.max(title, i));
    }
    return about.toString();
  }

  /** The line of the authority that decides: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ TƯ PHÁP". */
  private static boolean authority(Line l) {
    String f = l.folded;
    return Texts.isUpper(l.text) && l.text.length() < 120 && (f.startsWith("chu tich") || f.startsWith("bo truong")
        || f.startsWith("giam doc") || f.startsWith("uy ban nhan dan") || f.startsWith("ubnd") || f.startsWith("truong ban")
        || f.startsWith("thu truong") || f.startsWith("tong cuc truong") || f.startsWith("cuc truong"));
  }

  /** Claims the decision's articles and its closing between {@code from} and {@code to}; keeps its signature. */
  private static void articles(Work w, int from, int to) {
    for (int i = from; i < to && i < w.size(); i++) {
      Line l = w.line(i);
      if (w.isFree(i) && (l.folded.startsWith("dieu ") || Texts.isTitle(l, "quyet dinh") || l.folded.equals("quyet dinh:"))) {
        w.claim(i);
      }
    }
    // The decision's own recipients stand before the attached plan: not the plan's. Its signature
    // is the only one the plan has.
    int recipients = w.find(from, l -> l.folded.startsWith("noi nhan"));
    if (recipients < 0 || recipients >= to) {
      return;
    }
    List<SigningMarker> markers = new ArrayList<>();
    String position = null;
    String name = null;
    for (int i = recipients; i < to; i++) {
      Line l = w.line(i);
      if (!w.isFree(i)) {
        continue;
      }
      w.claim(i);
      w.chrome.set(i);
      Optional<SigningMarker> marker = Closing.marker(l.text);
      if (marker.isPresent()) {
        markers.add(marker.get());
      } else if (Texts.isUpper(l.text) && l.text.length() < 60 && name == null && !l.text.startsWith("-")) {
        position = position == null ? l.text : position + " " + l.text;
      } else if (position != null && name == null && Texts.isPersonName(l.text)) {
        name = l.text;
      }
    }
    if (position != null && name != null) {
      w.draft.decisionSignature = io.kehoach.plan.Signature.builder().markers(markers).position(position).name(name).build();
    }
  }
}
