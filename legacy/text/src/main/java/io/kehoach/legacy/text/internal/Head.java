package io.kehoach.legacy.text.internal;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.VietnameseDates;
import java.util.ArrayList;
import java.util.List;
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
    // Runs of upper-case lines: the issuer is the run nearest before the number (a site's banner,
    // "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN", is a run of its own, broken off by the menus under it).
    List<int[]> runs = new ArrayList<>();
    int runFrom = -1;
    int runTo = -1;
    int numberRun = -1;
    for (int i = 0; i < end; i++) {
      Line l = w.line(i);
      if (l.isBlank()) {
        continue;
      }
      if (w.isClaimed(i)) {
        if (w.chrome.get(i) && runFrom >= 0) {
          runs.add(new int[] {runFrom, runTo});
          runFrom = -1;
        }
        continue;
      }
      String f = l.folded;
      if (f.startsWith("cong hoa xa hoi") || f.startsWith("chu nghia viet nam") || f.startsWith("doc lap") && f.contains("tu do")
          || f.equals("cong") && w.next(i, end) >= 0 && w.line(w.next(i, end)).folded.startsWith("hoa xa hoi")
          || f.startsWith("hoa xa hoi chu nghia") || Texts.RULE.matcher(l.text).matches()) {
        w.claim(i);
        continue;
      }
      if (d.numberIndex < 0 && Segment.NUMBER_LINE.matcher(f).matches() && l.text.length() < 60) {
        if (runFrom >= 0) {
          runs.add(new int[] {runFrom, runTo});
          runFrom = -1;
        }
        numberRun = runs.size();
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
      if (Texts.isUpper(l.text) && l.text.length() < 120 && !(l.text.indexOf('/') > 0 && Texts.hasDigit(l.text))) {
        runFrom = runFrom < 0 ? i : runFrom;
        runTo = i;
      } else if (runFrom >= 0) {
        runs.add(new int[] {runFrom, runTo});
        runFrom = -1;
      }
    }
    if (runFrom >= 0) {
      runs.add(new int[] {runFrom, runTo});
    }
    int[] run = runs.isEmpty() ? null : runs.get(numberRun > 0 ? numberRun - 1 : numberRun == 0 ? 0 : runs.size() - 1);
    if (run != null) {
      for (int i = run[0]; i <= run[1]; i++) {
        if (w.isFree(i) && Texts.isUpper(w.line(i).text)) {
          d.issuerLines.add(w.line(i).text);
          w.claim(i);
        }
      }
      d.issuerFrom = run[0];
      d.issuerTo = run[1];
    } else if (d.numberIndex > 0) {
      // "Ủy ban nhân dân tỉnh Phú Thọ Số: 2986/KH-UBND": the issuer in mixed case, in the number's cell.
      int before = d.numberIndex - 1;
      Line b = w.line(before);
      if (w.isFree(before) && b.number == w.line(d.numberIndex).number && b.text.length() < 100
          && Texts.BODY_START.matcher(b.text).lookingAt()) {
        d.issuerLines.add(Texts.upper(b.text));
        d.issuerFrom = before;
        d.issuerTo = before;
        w.claim(before);
      }
    }
    if (d.dateIndex < 0 && end >= 0) {
      // A PDF's reading order can put the date line under the title: "Ninh Thuận, ngày 05 tháng 01 năm 2022".
      for (int i = end + 1; i < Math.min(w.size(), end + 12); i++) {
        Line l = w.line(i);
        if (w.isFree(i) && l.text.length() < 80 && Character.isUpperCase(l.text.charAt(0)) && l.folded.contains(", ngay")
            && l.folded.contains("thang")) {
          date(w, i, Math.min(w.size(), i + 3));
          break;
        }
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
    int p = i - 1;
    while (p >= 0 && w.line(p).isBlank()) {
      p--;
    }
    if (p >= 0 && w.isFree(p) && w.line(p).text.length() < 12 && !Texts.hasDigit(w.line(p).text)
        && Character.isUpperCase(w.line(p).text.charAt(0)) && !Texts.isUpper(w.line(p).text)
        && Character.isUpperCase(w.line(i).text.charAt(0))) {
      // "Bà" / "Rịa - Vũng Tàu, ngày …": the place's first word on a line of its own.
      joined.insert(0, w.line(p).text + " ");
      w.claim(p);
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
