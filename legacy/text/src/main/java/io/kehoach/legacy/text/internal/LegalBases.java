package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import io.kehoach.MalformedInputException;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.VietnameseDates;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a citation of the legal basis: "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về ...". */
final class LegalBases {
  private static final Pattern NUMBER = Pattern.compile("(?iu)số\\s*:?\\s*([0-9]{1,9}[a-zđ]{0,3}\\s*/\\s*[^\\s,;]+)");
  private static final Pattern DATE = Pattern.compile(
      "(?iu)ngày\\s+(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})");
  private static final String[][] TYPES = {
    {"nghi dinh", "DECREE"}, {"thong tu lien tich", "JOINT_CIRCULAR"}, {"thong tu", "CIRCULAR"}, {"luat", "LAW"},
    {"nghi quyet", "RESOLUTION"}, {"quyet dinh", "DECISION"}, {"chi thi", "DIRECTIVE"}, {"ke hoach", "PLAN"},
    {"chuong trinh", "PROGRAMME"}, {"cong van", "OFFICIAL_LETTER"}, {"huong dan", "GUIDANCE"}, {"thong bao", "NOTICE"}};

  private LegalBases() {}

  static DocumentReference reference(String citation) {
    DocumentReference.Builder b = DocumentReference.builder().citation(citation);
    String f = Fold.fold(citation);
    String rest = f.replaceFirst("^(can cu|thuc hien)\\s+", "");
    for (String[] t : TYPES) {
      if (rest.startsWith(t[0])) {
        b.documentType(DocumentType.valueOf(t[1]));
        break;
      }
    }
    Matcher m = NUMBER.matcher(citation);
    if (m.find()) {
      try {
        b.number(DocumentNumber.parse(m.group(1)));
      } catch (MalformedInputException e) {
        // the citation is kept as written
      }
    }
    m = DATE.matcher(citation);
    if (m.find()) {
      try {
        b.issueDate(VietnameseDates.parse(m.group(1)));
      } catch (MalformedInputException e) {
        // the citation is kept as written
      }
    }
    return b.build();
  }
}
