package io.kehoach.legacy.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Details of the reading that Word's own files show and POI's user model hides: numbering shared
 * between list instances, lists starting at 0, rows that leave grid columns out, the text a comment
 * is anchored to, and files nested deep enough to exhaust the stack. Every file here is written for
 * the tests: a minimal package made with POI whose parts are replaced by the XML Word writes.
 */
class DocxReaderDetailsTest {
  private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  /** A package with a document, numbering and comments part, each then replaced. Written for the tests. */
  private static byte[] base() throws IOException {
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream o = new ByteArrayOutputStream()) {
      d.createParagraph().createRun().setText("x");
      d.createNumbering();
      d.createComments();
      d.write(o);
      return o.toByteArray();
    }
  }

  /** {@code docx} with the parts named replaced; entries stored (not deflated) when {@code stored}. */
  private static byte[] with(byte[] docx, boolean stored, String... namesAndXml) throws IOException {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(o)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        for (int i = 0; i < namesAndXml.length; i += 2) {
          if (e.getName().equals(namesAndXml[i])) {
            b = namesAndXml[i + 1].getBytes(StandardCharsets.UTF_8);
          }
        }
        ZipEntry n = new ZipEntry(e.getName());
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(b);
          n.setMethod(ZipEntry.STORED);
          n.setSize(b.length);
          n.setCompressedSize(b.length);
          n.setCrc(crc.getValue());
        }
        out.putNextEntry(n);
        out.write(b);
        out.closeEntry();
      }
    }
    return o.toByteArray();
  }

  private static String document(String body) {
    return "<w:document " + NS + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
  }

  private static String item(int numId, int ilvl, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  private static List<String> marked(Document d) {
    return d.getBlocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).markedText())
        .collect(Collectors.toList());
  }

  @Test
  void listInstancesOfOneDefinition_continue_anOverrideRestarts_andAListMayStartAtZero() throws IOException {
    String numbering = "<w:numbering " + NS + ">"
        + "<w:abstractNum w:abstractNumId=\"0\">"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl>"
        + "</w:abstractNum>"
        + "<w:abstractNum w:abstractNumId=\"1\">"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"0\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        + "</w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
        + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num>"
        + "</w:numbering>";
    // Word makes a new w:num when a list is pasted or continued after other text: the same list goes on.
    String body = item(1, 0, "Mục đích") + item(1, 1, "Tuyên truyền") + "<w:p><w:r><w:t>Đoạn chen giữa</w:t></w:r></w:p>"
        + item(2, 0, "Yêu cầu") + item(2, 1, "Bảo đảm") + item(3, 0, "Danh sách mới") + item(4, 0, "Số không")
        + item(4, 0, "Số một");
    byte[] docx = with(base(), false, "word/document.xml", document(body), "word/numbering.xml", numbering);
    assertThat(marked(PlanDocxImporter.create().document(docx, "lists.docx"))).containsExactly("1. Mục đích",
        "a) Tuyên truyền", "Đoạn chen giữa", "2. Yêu cầu", "a) Bảo đảm", "1. Danh sách mới", "0. Số không", "1. Số một");
  }

  @Test
  void aRowLeavingGridColumnsOut_keepsItsVerticalMergeInItsColumn() throws IOException {
    String table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
        + "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>Sở Tư pháp</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>Quý I</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        + "<w:tc><w:p><w:r><w:t>Quý II</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    byte[] docx = with(base(), false, "word/document.xml", document(table));
    Table t = (Table) PlanDocxImporter.create().document(docx, "grid.docx").getBlocks().get(0);
    assertThat(t.getRows().get(0).getCells()).extracting(TableCell::text).containsExactly("Sở Tư pháp", "Quý I");
    assertThat(t.getRows().get(0).getCells().get(0).getRowSpan()).isEqualTo(2);
    assertThat(t.getRows().get(1).getCells()).as("the continued cell is not listed again")
        .extracting(TableCell::text).containsExactly("2", "Quý II");
  }

  @Test
  void aComment_isReportedWithTheWordsItIsAbout() throws IOException {
    String body = "<w:p><w:r><w:t xml:space=\"preserve\">Thời gian: </w:t></w:r><w:commentRangeStart w:id=\"0\"/>"
        + "<w:r><w:t>trước ngày 15 tháng 6 hằng năm, các cơ quan gửi báo cáo về Sở Tư pháp</w:t></w:r>"
        + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
    String comments = "<w:comments " + NS + "><w:comment w:id=\"0\" w:author=\"Phòng KSTTHC\">"
        + "<w:p><w:r><w:t>Sửa lại hạn báo cáo</w:t></w:r></w:p></w:comment></w:comments>";
    byte[] docx = with(base(), false, "word/document.xml", document(body), "word/comments.xml", comments);
    Document d = PlanDocxImporter.create().document(docx, "comment.docx");
    assertThat(d.getNotes()).extracting(Diagnostic::getCode).containsExactly("docx.comments");
    String en = d.getNotes().get(0).getMessage().get(Locale.ENGLISH);
    assertThat(en).contains("1 comments").contains("Sửa lại hạn báo cáo")
        .contains("on “trước ngày 15 tháng 6 hằng năm, các …”");
    assertThat(d.getNotes().get(0).getMessage().get(Locale.forLanguageTag("vi"))).contains("về đoạn “trước ngày 15");
    assertThat(marked(d)).containsExactly("Thời gian: trước ngày 15 tháng 6 hằng năm, các cơ quan gửi báo cáo về Sở Tư pháp");
  }

  @Test
  void elementsNestedThousandsDeep_areATypedError_notAStackOverflow() throws IOException {
    // Stored, so that the zip guard's inflate ratio does not stop it first: the parser must.
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      deep.append("<w:sdt><w:sdtContent>");
    }
    deep.append("<w:p><w:r><w:t>sâu</w:t></w:r></w:p>");
    for (int i = 0; i < 20_000; i++) {
      deep.append("</w:sdtContent></w:sdt>");
    }
    byte[] docx = with(base(), true, "word/document.xml", document(deep.toString()));
    assertThatThrownBy(() -> PlanDocxImporter.create().read(docx, "deep.docx"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("deep.docx").hasMessageContaining("too deeply");
  }

  @Test
  void tablesNestedToTheDepthLimit_read_oneLevelMoreIsTheLimit() throws IOException {
    InputLimits limits = InputLimits.builder().maxDepth(8).build();
    assertThat(DocxDocuments.read(with(base(), false, "word/document.xml", document(nested(8))), limits, "8.docx")
        .getBlocks()).hasSize(1);
    assertThatThrownBy(() -> DocxDocuments.read(with(base(), false, "word/document.xml", document(nested(9))), limits,
        "9.docx")).isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxDepth"));
  }

  /** {@code levels} tables in tables, each cell in a content control, the innermost holding one paragraph. */
  private static String nested(int levels) {
    String inner = "<w:p><w:r><w:t>Ô trong cùng</w:t></w:r></w:p>";
    for (int i = 0; i < levels; i++) {
      inner = "<w:tbl><w:tr><w:sdt><w:sdtContent><w:tc>" + inner + "<w:p/></w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>";
    }
    return inner;
  }

  @Test
  void aDoctype_isRefused_soNoEntityIsEverExpanded() throws IOException {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document " + NS + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    assertThatThrownBy(() -> PlanDocxImporter.create().document(with(base(), false, "word/document.xml", xxe), "xxe.docx"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("xxe.docx").hasMessageContaining("DOCTYPE");
  }

  @Test
  void aStrictOpenXmlFile_isRefusedWithAMessageSayingSo() throws IOException {
    String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        + "Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>";
    assertThatThrownBy(() -> PlanDocxImporter.create().document(with(base(), false, "_rels/.rels", rels), "strict.docx"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("Strict Open XML");
  }

  @Test
  void aPartThatIsNotWellFormed_isNamedInTheError() throws IOException {
    byte[] docx = with(base(), false, "word/numbering.xml", "<w:numbering " + NS + "><w:num>");
    assertThatThrownBy(() -> PlanDocxImporter.create().document(docx, "bad.docx"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("/word/numbering.xml");
  }

  @Test
  void theBuilder_andTheDocumentReader_applyTheLimitsGiven() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      body.append("<w:p><w:r><w:t>Đoạn ").append(i + 1).append("</w:t></w:r></w:p>");
    }
    byte[] docx = with(base(), false, "word/document.xml", document(body.toString()));
    InputLimits few = InputLimits.builder().maxElements(10).build();
    assertThat(PlanDocxImporter.builder().limits(few).build().getLimits()).isEqualTo(few);
    assertThat(PlanDocxImporter.builder().build()).isSameAs(PlanDocxImporter.create());
    assertThatThrownBy(() -> DocxDocuments.read(docx, few, "many.docx"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxElements"));
    Document d = DocxDocuments.read(docx, InputLimits.defaults(), "many.docx");
    assertThat(d).isEqualTo(PlanDocxImporter.create().document(docx, "many.docx"));
    assertThat(d.getBlocks()).hasSize(12);
    assertThat(d.getBlocks().get(11).getFrom().getLine()).hasValue(12);
    assertThat(d.getBlocks().get(11).getFrom().getSource()).hasValue("many.docx");
  }
}
