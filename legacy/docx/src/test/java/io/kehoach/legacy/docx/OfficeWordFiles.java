package io.kehoach.legacy.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Word files written for the tests, made the way offices make them: the head and the closing in
 * borderless tables with manual line breaks, numbering typed by hand and numbering Word generates,
 * bold set directly and through a style, a running head with a page number, a footnote, a text box,
 * tracked changes, a comment, fields, and an annex table with merged cells. Paragraphs are written
 * as WordprocessingML, as Word saves them.
 */
final class OfficeWordFiles {
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

  /** Parsed XML replaces the content of the element it is set into, instead of nesting in it. */
  private static final org.apache.xmlbeans.XmlOptions FRAGMENT = new org.apache.xmlbeans.XmlOptions()
      .setLoadReplaceDocumentElement(null);

  private OfficeWordFiles() {}

  /** A complete plan of a provincial committee (the seed of Bình Phước, 36/KH-UBND, with its head). */
  static byte[] plan(boolean automaticNumbering) {
    try (XWPFDocument doc = new XWPFDocument()) {
      CTStyle heading = CTStyle.Factory.parse("<w:style " + W + " w:type=\"paragraph\" w:styleId=\"Muc\">"
          + "<w:name w:val=\"Mục\"/><w:rPr><w:b/></w:rPr></w:style>", FRAGMENT);
      doc.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading));
      String numId = automaticNumbering ? numbering(doc) : null;

      XWPFTable head = doc.createTable(1, 2);
      head.removeBorders();
      cell(head, 0, p("ỦY BAN NHÂN DÂN<w:br/>TỈNH BÌNH PHƯỚC", true, "center"), p("", false, "center"),
          p("Số: 36/KH-UBND", false, "center"));
      cell(head, 1, p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, "center"), p("Độc lập - Tự do - Hạnh phúc", true, "center"),
          "<w:p " + W + "><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Bình Phước, ngày </w:t></w:r>"
              + "<w:r><w:rPr><w:i/></w:rPr><w:t>16 tháng 02 năm 2017</w:t></w:r></w:p>");
      add(doc, p("KẾ HOẠCH", true, "center"));
      add(doc, p("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 trên địa bàn tỉnh Bình Phước", true,
          "center"));
      section(doc, numId, 0, "I.", "MỤC ĐÍCH, YÊU CẦU");
      section(doc, numId, 1, "1.", "Mục đích");
      item(doc, numId, "Tuyên truyền kịp thời các văn bản chỉ đạo về công tác kiểm soát thủ tục hành chính;");
      // A tracked insertion and deletion, and a comment on the item.
      add(doc, "<w:p " + W + "><w:r><w:t xml:space=\"preserve\">- Công khai, minh bạch các thông tin về thủ tục hành chính</w:t></w:r>"
          + "<w:ins w:id=\"1\" w:author=\"Chuyên viên\"><w:r><w:t xml:space=\"preserve\"> trên Cổng thông tin điện tử</w:t></w:r></w:ins>"
          + "<w:del w:id=\"2\" w:author=\"Chuyên viên\"><w:r><w:delText> tại trụ sở</w:delText></w:r></w:del>"
          + "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>.</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
          + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>");
      section(doc, numId, 1, "2.", "Yêu cầu");
      item(doc, numId, "Bám sát nội dung kế hoạch, lựa chọn hình thức truyền thông phù hợp.");
      section(doc, numId, 0, "II.", "TỔ CHỨC THỰC HIỆN");
      section(doc, numId, 1, "1.", "Sở Tư pháp:");
      item(doc, numId, "Chủ trì, phối hợp với Báo Bình Phước xây dựng chuyên mục về kiểm soát thủ tục hành chính;");
      // A field whose code must not show, and a text box whose paragraph is read after this one.
      add(doc, "<w:p " + W + "><w:r><w:t xml:space=\"preserve\">- Định kỳ 6 tháng, năm tổng hợp kết quả báo cáo UBND tỉnh </w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF ghi_chu \\h </w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>(qua Sở Tư pháp)</w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>");
      section(doc, numId, 1, "2.", "Sở Tài chính:");
      add(doc, "<w:p " + W + "><w:r><w:t>- Bố trí kinh phí thực hiện Kế hoạch này.</w:t></w:r>"
          + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Ghi chú trong hộp văn bản</w:t></w:r></w:p>"
          + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
      XWPFTable closing = doc.createTable(1, 2);
      closing.removeBorders();
      cell(closing, 0, p("Nơi nhận:", true, "left"), p("- Văn phòng Chính phủ;", false, "left"),
          p("- Các sở, ban, ngành tỉnh;", false, "left"), p("- Lưu: VT, NC.", false, "left"));
      cell(closing, 1, p("TM. ỦY BAN NHÂN DÂN<w:br/>CHỦ TỊCH", true, "center"), p("", false, "center"),
          p("Nguyễn Văn Trâm", true, "center"));
      org.apache.poi.xwpf.usermodel.XWPFHeader header = doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
      header.createParagraph().createRun().setText("Kế hoạch 36/KH-UBND — trang");
      org.apache.poi.xwpf.usermodel.XWPFFootnote note = doc.createFootnote();
      note.createParagraph().createRun().setText("Chú thích: theo Quyết định số 1291/QĐ-UBND.");
      org.apache.poi.xwpf.usermodel.XWPFComment comment = doc.createComments().createComment(BigInteger.ZERO);
      comment.setAuthor("Lãnh đạo");
      comment.createParagraph().createRun().setText("Xem lại câu này");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same plan's text, as a copy out of the Word file would read: what the import must equal. */
  static String planText() {
    return String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC", "Số: 36/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Bình Phước, ngày 16 tháng 02 năm 2017", "", "KẾ HOẠCH",
        "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 trên địa bàn tỉnh Bình Phước",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
        "- Tuyên truyền kịp thời các văn bản chỉ đạo về công tác kiểm soát thủ tục hành chính;",
        "- Công khai, minh bạch các thông tin về thủ tục hành chính trên Cổng thông tin điện tử.", "2. Yêu cầu",
        "- Bám sát nội dung kế hoạch, lựa chọn hình thức truyền thông phù hợp.", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp:",
        "- Chủ trì, phối hợp với Báo Bình Phước xây dựng chuyên mục về kiểm soát thủ tục hành chính;",
        "- Định kỳ 6 tháng, năm tổng hợp kết quả báo cáo UBND tỉnh (qua Sở Tư pháp).", "2. Sở Tài chính:",
        "- Bố trí kinh phí thực hiện Kế hoạch này.", "Ghi chú trong hộp văn bản", "", "Nơi nhận:", "- Văn phòng Chính phủ;",
        "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn Trâm", "");
  }

  /** A numbering: Roman sections, decimal items, dashes. */
  private static String numbering(XWPFDocument doc) throws XmlException {
    XWPFNumbering numbering = doc.createNumbering();
    CTAbstractNum abs = CTAbstractNum.Factory.parse("<w:abstractNum " + W + " w:abstractNumId=\"7\">"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl>"
        + "</w:abstractNum>", FRAGMENT);
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(abstractId).toString();
  }

  private static void section(XWPFDocument doc, String numId, int level, String typed, String text) {
    if (numId == null) {
      add(doc, "<w:p " + W + "><w:pPr><w:pStyle w:val=\"Muc\"/></w:pPr><w:r><w:t>" + typed + " " + text + "</w:t></w:r></w:p>");
    } else {
      add(doc, "<w:p " + W + "><w:pPr><w:pStyle w:val=\"Muc\"/><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\""
          + numId + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>");
    }
  }

  private static void item(XWPFDocument doc, String numId, String text) {
    if (numId == null) {
      add(doc, p("- " + text, false, "both"));
    } else {
      add(doc, "<w:p " + W + "><w:pPr><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>"
          + "<w:jc w:val=\"both\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>");
    }
  }

  private static String p(String text, boolean bold, String jc) {
    String runs = text.isEmpty() ? "" : "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">"
        + text.replace("<w:br/>", "</w:t><w:br/><w:t xml:space=\"preserve\">") + "</w:t></w:r>";
    return "<w:p " + W + "><w:pPr><w:jc w:val=\"" + jc + "\"/></w:pPr>" + runs + "</w:p>";
  }

  private static void add(XWPFDocument doc, String xml) {
    XWPFParagraph p = doc.createParagraph();
    try {
      p.getCTP().set(CTP.Factory.parse(xml, FRAGMENT));
    } catch (XmlException e) {
      throw new IllegalArgumentException(xml, e);
    }
  }

  private static void cell(XWPFTable t, int column, String... paragraphs) {
    org.apache.poi.xwpf.usermodel.XWPFTableCell cell = t.getRow(0).getCell(column);
    for (String xml : paragraphs) {
      XWPFParagraph p = cell.addParagraph();
      try {
        p.getCTP().set(CTP.Factory.parse(xml, FRAGMENT));
      } catch (XmlException e) {
        throw new IllegalArgumentException(xml, e);
      }
    }
    cell.removeParagraph(0);
  }

  /** A table of an annex with a lead body merged down two rows and a heading merged across. */
  static byte[] mergedAnnex() {
    try (XWPFDocument doc = new XWPFDocument()) {
      CTTbl tbl = CTTbl.Factory.parse("<w:tbl " + W + "><w:tr>" + tc("STT", "") + tc("Nội dung", "") + tc("Chủ trì", "") + "</w:tr>"
          + "<w:tr>" + tc("I. TUYÊN TRUYỀN", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
          + "<w:tr>" + tc("1", "") + tc("Xây dựng chuyên mục", "") + tc("Sở Tư pháp", "<w:vMerge w:val=\"restart\"/>") + "</w:tr>"
          + "<w:tr>" + tc("2", "") + tc("Tổ chức hội nghị", "") + tc("", "<w:vMerge/>") + "</w:tr></w:tbl>", FRAGMENT);
      doc.createTable().getCTTbl().set(tbl);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XmlException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String tc(String text, String props) {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  }
}
