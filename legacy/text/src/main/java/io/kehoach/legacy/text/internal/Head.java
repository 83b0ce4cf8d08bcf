package io.kehoach.legacy.text.internal;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.VietnameseDates;
import java.util.regex.Pattern;

/**
 * Stage 4, head: reads the lines before the first title: the issuing body (the upper-case lines
 * above the number: {@code "UBND TỈNH NGHỆ AN"} / {@code "SỞ NỘI VỤ"}), the number and symbol
 * ({@code "Số: 118/KH-SNV"}, the number on the next line when {@code "Số:"} stands alone), and the
 * place and date ({@code "Đà Nẵng, ngày 09 tháng 3 năm 2023"}, wrapped over lines or not). The
 * national title and motto and rules are claimed as what they are. Only the head's date line is
 * the issue date: dates cited later ({@code "Quyết định số 1291/QĐ-TTg ngày 07/10/2019"}) never
 * are. Reads lines before {@link Segments#first}; writes the head fields of {@link Draft}.
 */
final class Head implements Stage {
  private static final Pattern YEAR = Pattern.compile("(?s).*n[ăa]m\\s*\\d{4}.*");
  private static final Pattern MARKS = Pattern.compile(
      "^\\(?(?:du thao(?: lan \\d+)?|khan|thuong khan|hoa toc(?: hen gio)?|mat|toi mat|tuyet mat|luu hanh noi bo"
          + "|xem xong tra lai|ban chinh thuc)\\)?[.:]?$");
  private static final Pattern PIPES = Pattern.compile("\\s*\\|\\s*");

  @Override
  public void apply(Work w) {
    Draft d = w.draft;
    int end = w.segments.first;
    for (int i = 0; i < end; i++) {
      Line l = w.line(i);
      if (!w.isFree(i)) {
        continue;
      }
      String f = l.folded;
      if (f.startsWith("cong hoa xa hoi") || f.startsWith("chu nghia viet nam") || f.startsWith("doc lap") && f.contains("tu do")
          || Texts.RULE.matcher(l.text).matches()) {
        w.claim(i);
        continue;
      }
      if (d.numberIndex < 0 && Segment.NUMBER_LINE.matcher(f).matches() && l.text.length() < 60) {
        i = number(w, i, end);
        continue;
      }
      if (d.dateIndex < 0 && f.contains("ngay") && l.text.length() < 120 && (f.contains("thang")
          || f.matches(".*ngay\\s*\\.*\\s*$") || w.next(i, end) >= 0 && w.line(w.next(i, end)).folded.contains("thang"))) {
        i = date(w, i, end);
        continue;
      }
      if (MARKS.matcher(f).matches()) {
        // "DỰ THẢO", "KHẨN", "MẬT" above the head: marks, not the issuer.
        w.claim(i);
        w.info("head.mark", "Dấu trên đầu văn bản: " + l.text, "A mark above the head: " + l.text, i);
        continue;
      }
      boolean contiguous = d.issuerTo >= 0 && w.next(d.issuerTo, end) == i;
      if (Texts.isUpper(l.text) && l.text.length() < 120 && (d.numberIndex < 0 || d.issuerLines.isEmpty() || contiguous)) {
        d.issuerLines.add(l.text);
        d.issuerFrom = d.issuerFrom < 0 ? i : d.issuerFrom;
        d.issuerTo = i;
        w.claim(i);
      }
    }
    if (d.issuerFrom >= 0) {
      w.part("/issuer", d.issuerFrom, d.issuerTo);
    }
    // Declared now, so that the issuer's body keeps the head's name when the body names it again.
    Issuer.apply(w);
  }

  private static int number(Work w, int i, int end) {
    Draft d = w.draft;
    String text = w.line(i).text;
    int j = i;
    if (!Texts.hasDigit(text)) {
      j = w.next(i, end);
      text = j >= 0 ? w.line(j).text : "";
    }
    w.claim(i);
    if (j >= 0) {
      w.claim(j);
    }
    d.numberIndex = i;
    try {
      d.number = DocumentNumber.parse(text);
      w.part("/number", i, Math.max(i, j));
    } catch (MalformedInputException e) {
      w.warn("number.unreadable", "Không đọc được số, ký hiệu: " + e.getText().vi(),
          "The number and symbol cannot be read: " + e.getText().en(), i);
    }
    return Math.max(i, j);
  }

  private static int date(Work w, int i, int end) {
    Draft d = w.draft;
    int j = i;
    StringBuilder joined = new StringBuilder(w.line(i).text);
    while (!YEAR.matcher(joined).matches() && j + 1 < end && j - i < 3) {
      int k = w.next(j, end);
      if (k < 0 || w.isClaimed(k)) {
        break;
      }
      j = k;
      joined.append(' ').append(w.line(j).text);
    }
    String dl = PIPES.matcher(joined).replaceAll(" ");
    w.claim(i, j);
    d.dateIndex = i;
    try {
      d.placeAndDate = PlaceAndDate.parse(dl);
      d.date = d.placeAndDate.getDate();
      w.part("/issueDate", i, j);
    } catch (MalformedInputException e) {
      try {
        int at = Fold.fold(dl).indexOf("ngay");
        d.date = VietnameseDates.parse(dl.substring(at));
        w.part("/issueDate", i, j);
      } catch (MalformedInputException e2) {
        w.warn("date.unreadable", "Không đọc được ngày ban hành: " + e2.getText().vi(),
            "The date of issue cannot be read: " + e2.getText().en(), i);
      }
    }
    return j;
  }
}
