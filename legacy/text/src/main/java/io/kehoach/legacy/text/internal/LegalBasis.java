package io.kehoach.legacy.text.internal;

import java.util.regex.Pattern;

/**
 * Stage 7, legal bases: the preamble's {@code Căn cứ …} and {@code Thực hiện …} paragraphs, each
 * joined over its wrapped lines up to its {@code ;} or {@code .} and read as a reference
 * ({@link LegalBases}), from {@link Segments#bodyStart} to the first section heading. A decision's
 * own bases are read by {@link Decision} through {@link #read}. {@code Xét đề nghị} is not a basis.
 */
final class LegalBasis implements Stage {
  private static final Pattern CLOSED = Pattern.compile("(?s).*[;.,]$");
  private static final Pattern TRAILING = Pattern.compile("[;,.]+$");

  @Override
  public void apply(Work w) {
    if (w.segments.bodyStart >= 0) {
      read(w, w.segments.bodyStart, w.segments.bodyEnd < 0 ? w.size() : w.segments.bodyEnd);
    }
  }

  static void read(Work w, int from, int to) {
    for (int i = from; i < to && i < w.size(); i++) {
      Line l = w.line(i);
      if (!w.isFree(i)) {
        continue;
      }
      if (isBasis(l)) {
        int j = i;
        StringBuilder t = new StringBuilder(l.text);
        while (!CLOSED.matcher(t).matches() && w.next(j, to) >= 0 && !w.line(w.next(j, to)).folded.startsWith("can cu")
            && Section.of(w.line(w.next(j, to))) == null && j - i < 4) {
          j = w.next(j, to);
          t.append(' ').append(w.line(j).text);
        }
        w.claim(i, j);
        String citation = TRAILING.matcher(t).replaceAll("").strip();
        int k = w.draft.legalBases++;
        w.draft.plan.addLegalBasis(LegalBases.reference(citation));
        w.part("/legalBases/" + k, i, j);
        i = j;
      } else if (Section.of(l) != null) {
        break;
      }
    }
  }

  static boolean isBasis(Line l) {
    String f = l.folded;
    return f.startsWith("can cu") || f.startsWith("thuc hien ")
        && (f.contains("so ") || f.contains("chi thi") || f.contains("ke hoach") || f.contains("nghi quyet")
            || f.contains("quyet dinh") || f.contains("cong van") || f.contains("chuong trinh"));
  }
}
