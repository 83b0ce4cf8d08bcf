package io.kehoach.legacy.docx.internal;

import io.kehoach.plan.Plan;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningMarker;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Lays out a plan's official text (as {@code PlanTextRenderer} renders it, the form the recogniser
 * reads back) as a Word document in the layout of Decree 30/2020 ({@link Decree30}): the head as a
 * borderless two-column table, the type name and subject bold and centred, the body justified with a
 * first-line indent and bold section headings, recipients and signature as the closing borderless
 * table, annexes on new pages with bordered tables, page numbers at the top centre from page 2.
 */
public final class DocxLayout {
  private static final String NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  private final XWPFDocument doc = new XWPFDocument();
  private final List<String> lines;
  private final Plan plan;

  private DocxLayout(Plan plan, String text) {
    this.plan = plan;
    this.lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  /** Writes {@code plan}, whose official text is {@code text}, to {@code out} as a {@code .docx}. */
  public static void write(Plan plan, String text, OutputStream out) throws IOException {
    DocxLayout layout = new DocxLayout(plan, text);
    try (XWPFDocument d = layout.doc) {
      layout.lay();
      d.write(out);
    }
  }

  private void lay() {
    page();
    int i = head();
    i = title(i);
    int closing = closingStart();
    int annexes = annexStart(closing);
    for (; i < closing; i++) {
      body(lines.get(i));
    }
    closing(closing, annexes);
    annexes(annexes);
  }

  private void page() {
    WordParts.defaults(doc);
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(Decree30.PAGE_WIDTH));
    size.setH(BigInteger.valueOf(Decree30.PAGE_HEIGHT));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(Decree30.MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(Decree30.MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(Decree30.MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(Decree30.MARGIN_RIGHT));
    mar.setHeader(BigInteger.valueOf(Decree30.MARGIN_TOP / 2));
    mar.setFooter(BigInteger.valueOf(Decree30.MARGIN_BOTTOM / 2));
    // Page numbers from page 2: the first page has a header of its own, empty.
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    // The field's own run carries the font: Word shows the page number in the font of the field's result.
    font(new XWPFRun(field.addNewR(), p), Decree30.PAGE_NUMBER_HALF_POINTS);
  }

  /** The head table; gives the index of the first line after it. */
  private int head() {
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    int i = 0;
    for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String l = lines.get(i);
      (l.equals(NATIONAL) || l.equals(MOTTO) ? right : left).add(l);
    }
    for (; i < lines.size() && lines.get(i).isBlank(); i++) {
      // the blank line between the names and the number
    }
    String number = null;
    String date = null;
    if (i < lines.size() && lines.get(i).startsWith("Số:")) {
      number = lines.get(i++);
    }
    if (i < lines.size() && !lines.get(i).isBlank()) {
      date = lines.get(i++);
    }
    XWPFTable t = borderless(Decree30.HEAD_LEFT_PERCENT);
    XWPFTableCell l = t.getRow(0).getCell(0);
    XWPFTableCell r = t.getRow(0).getCell(1);
    for (int k = 0; k < left.size(); k++) {
      boolean issuer = k == left.size() - 1;
      text(para(l, ParagraphAlignment.CENTER), left.get(k), Decree30.ISSUER_HALF_POINTS, issuer, false);
    }
    rule(l);
    if (number != null) {
      text(para(l, ParagraphAlignment.CENTER), number, Decree30.NUMBER_HALF_POINTS, false, false);
    }
    for (String s : right) {
      text(para(r, ParagraphAlignment.CENTER), s, s.equals(MOTTO) ? Decree30.BODY_HALF_POINTS : Decree30.NATIONAL_HALF_POINTS,
          true, false);
    }
    rule(r);
    if (date != null) {
      text(para(r, ParagraphAlignment.CENTER), date, Decree30.DATE_HALF_POINTS, false, true);
    }
    removeFirstEmpty(l);
    removeFirstEmpty(r);
    for (; i < lines.size() && lines.get(i).isBlank(); i++) {
      // the blank line before the type name
    }
    return i;
  }

  /** The type name, the subject and "(Kèm theo …)", bold and centred; gives the next index. */
  private int title(int from) {
    int i = from;
    boolean first = true;
    for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String l = lines.get(i);
      boolean attached = l.startsWith("(") && l.endsWith(")");
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      if (first) {
        p.setSpacingBefore(240);
      }
      text(p, l, Decree30.TITLE_HALF_POINTS, !attached, attached);
      first = false;
    }
    XWPFParagraph rule = doc.createParagraph();
    rule.setAlignment(ParagraphAlignment.CENTER);
    rule.setBorderBottom(Borders.SINGLE);
    rule.setIndentationLeft(3400);
    rule.setIndentationRight(3400);
    rule.setSpacingBefore(60); // clear of the subject's descenders
    rule.setSpacingAfter(240);
    WordParts.thin(rule);
    return i;
  }

  private void body(String line) {
    if (line.isBlank()) {
      return;
    }
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(Decree30.FIRST_LINE_INDENT);
    p.setSpacingAfter(Decree30.SPACE_AFTER);
    text(p, line, Decree30.BODY_HALF_POINTS, heading(line), false);
  }

  /** Section headings ("I. MỤC ĐÍCH, YÊU CẦU") are bold, as are the numbered sub-headings under them. */
  private static boolean heading(String line) {
    int dot = line.indexOf(". ");
    if (dot <= 0 || dot > 5) {
      return false;
    }
    String n = line.substring(0, dot);
    boolean roman = n.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
    boolean arabic = n.chars().allMatch(Character::isDigit);
    return roman || arabic && line.length() < 70 && !line.endsWith(";") && !line.endsWith(".");
  }

  private int closingStart() {
    int recipients = lines.lastIndexOf("Nơi nhận:");
    int signature = signatureStart();
    if (recipients >= 0 && (signature < 0 || recipients < signature)) {
      return recipients;
    }
    return signature >= 0 ? signature : lines.size();
  }

  /** Where the signature block (markers, position, a blank line, the name) begins, or -1. */
  private int signatureStart() {
    if (plan.getSignature().isEmpty()) {
      return -1;
    }
    List<String> block = signatureBlock(plan.getSignature().get());
    for (int i = lines.size() - block.size(); i >= 0; i--) {
      if (lines.subList(i, i + block.size()).equals(block)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> signatureBlock(Signature s) {
    List<String> block = new ArrayList<>();
    for (SigningMarker m : s.getMarkers()) {
      block.add(m.toString());
    }
    block.add(s.getPosition());
    block.add("");
    block.add(s.getName());
    return block;
  }

  private int annexStart(int closing) {
    int sig = signatureStart();
    if (sig >= 0) {
      return sig + signatureBlock(plan.getSignature().get()).size();
    }
    int i = closing;
    if (i < lines.size() && lines.get(i).equals("Nơi nhận:")) {
      while (i < lines.size() && !lines.get(i).isBlank()) {
        i++;
      }
    }
    return i;
  }

  private void closing(int from, int to) {
    if (from >= to) {
      return;
    }
    XWPFTable t = borderless(50);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    int i = from;
    if (lines.get(i).equals("Nơi nhận:")) {
      text(para(left, ParagraphAlignment.LEFT), lines.get(i++), Decree30.RECIPIENTS_HEADING_HALF_POINTS, true, true);
      for (; i < to && !lines.get(i).isBlank(); i++) {
        text(para(left, ParagraphAlignment.LEFT), lines.get(i), Decree30.RECIPIENTS_HALF_POINTS, false, false);
      }
    }
    int sig = signatureStart();
    if (sig >= 0) {
      List<String> block = signatureBlock(plan.getSignature().get());
      for (int k = 0; k < block.size(); k++) {
        String s = block.get(k);
        if (s.isEmpty()) {
          // Room for the signature and the seal.
          para(right, ParagraphAlignment.CENTER);
          para(right, ParagraphAlignment.CENTER);
          para(right, ParagraphAlignment.CENTER);
          continue;
        }
        text(para(right, ParagraphAlignment.CENTER), s, Decree30.SIGNATURE_HALF_POINTS, true, false);
      }
    }
    removeFirstEmpty(left);
    removeFirstEmpty(right);
  }

  private void annexes(int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    boolean first = true;
    List<List<String>> rows = new ArrayList<>();
    for (; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.contains(" | ")) {
        rows.add(Arrays.asList(l.split(" \\| ", -1)));
        continue;
      }
      table(rows);
      if (l.isBlank()) {
        continue;
      }
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      if (first || l.equals(l.toUpperCase(java.util.Locale.ROOT)) && l.startsWith("PHỤ LỤC")) {
        p.setPageBreak(true);
        first = false;
      }
      text(p, l, Decree30.TITLE_HALF_POINTS, true, false);
    }
    table(rows);
  }

  private void table(List<List<String>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    XWPFTable t = doc.createTable(rows.size(), columns);
    t.setWidth("100%");
    int[] widths = new int[columns];
    int number = columns > 1 ? Decree30.NUMBER_COLUMN : 0; // "STT", the row number
    for (int c = 0; c < columns; c++) {
      widths[c] = c == 0 && columns > 1 ? number : (Decree30.TEXT_WIDTH - number) / Math.max(1, columns - (columns > 1 ? 1 : 0));
    }
    WordParts.grid(t, widths);
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = t.getRow(r).getCell(c);
        String v = c < rows.get(r).size() ? rows.get(r).get(c) : "";
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        text(p, v, Decree30.RECIPIENTS_HEADING_HALF_POINTS, r == 0, false);
      }
    }
    rows.clear();
  }

  private XWPFTable borderless(int leftPercent) {
    XWPFTable t = doc.createTable(1, 2);
    t.setWidth("100%");
    t.removeBorders();
    t.getRow(0).getCell(0).setWidth(leftPercent + "%");
    t.getRow(0).getCell(1).setWidth((100 - leftPercent) + "%");
    int left = Decree30.TEXT_WIDTH * leftPercent / 100;
    WordParts.grid(t, left, Decree30.TEXT_WIDTH - left);
    return t;
  }

  private static XWPFParagraph para(XWPFTableCell cell, ParagraphAlignment a) {
    XWPFParagraph p = cell.addParagraph();
    p.setAlignment(a);
    return p;
  }

  /** A short centred rule under a column of the head, drawn as the bottom border of an indented empty paragraph. */
  private static void rule(XWPFTableCell cell) {
    XWPFParagraph p = para(cell, ParagraphAlignment.CENTER);
    p.setBorderBottom(Borders.SINGLE);
    p.setIndentationLeft(1100);
    p.setIndentationRight(1100);
    p.setSpacingAfter(120);
    WordParts.thin(p);
  }

  /** A new cell holds an empty paragraph before those added. */
  private static void removeFirstEmpty(XWPFTableCell cell) {
    if (cell.getParagraphs().size() > 1 && cell.getParagraphs().get(0).getText().isEmpty()) {
      cell.removeParagraph(0);
    }
  }

  private static void text(XWPFParagraph p, String s, int halfPoints, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setText(s);
    r.setBold(bold);
    r.setItalic(italic);
    font(r, halfPoints);
  }

  private static void font(XWPFRun r, int halfPoints) {
    r.setFontFamily(Decree30.FONT);
    r.setFontSize(halfPoints / 2.0);
  }
}
