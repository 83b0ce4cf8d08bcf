package io.kehoach.legacy.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Alignment;
import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Word files written for the tests ({@link OfficeWordFiles}). */
class PlanDocxImporterTest {
  private static final PlanDocxImporter IMPORTER = PlanDocxImporter.create();

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aPlanAsOfficesWriteIt_importsAsItsText(boolean automaticNumbering) {
    TextImport docx = IMPORTER.read(OfficeWordFiles.plan(automaticNumbering), "36-KH-UBND.docx");
    Plan expected = PlanTextImporter.create().read(OfficeWordFiles.planText(), "36.txt").planOrThrow();
    Plan plan = docx.planOrThrow();
    assertThat(plan.getNumber().get().toString()).isEqualTo("36/KH-UBND");
    assertThat(plan.getIssueDate().get()).hasToString("2017-02-16");
    assertThat(plan.getIssuer()).isEqualTo(expected.getIssuer());
    assertThat(plan.getIssuer().getName()).contains("BÌNH PHƯỚC");
    assertThat(plan.getSubject()).isEqualTo(expected.getSubject());
    assertThat(plan.getObjectives()).isEqualTo(expected.getObjectives()).hasSize(2);
    assertThat(plan.getObjectives().get(1).getStatement()).endsWith("trên Cổng thông tin điện tử").doesNotContain("trụ sở");
    assertThat(plan.getRequirements()).isEqualTo(expected.getRequirements());
    assertThat(plan.getAssignments()).isEqualTo(expected.getAssignments()).hasSize(2);
    assertThat(plan.getReportingRules()).isEqualTo(expected.getReportingRules()).isNotEmpty();
    assertThat(plan.getRecipients()).isEqualTo(expected.getRecipients()).hasSize(3);
    assertThat(plan.getSignature()).isEqualTo(expected.getSignature());
    assertThat(plan.getSignature().get().getName()).isEqualTo("Nguyễn Văn Trâm");
    assertThat(docx.getDiagnostics()).extracting(Diagnostic::getCode).startsWith("docx.revisions", "docx.comments");
    assertThat(docx.getDiagnostics().get(0).getMessage().get(Locale.ENGLISH)).contains("1 insertions (kept) and 1 deletions");
    assertThat(docx.getDiagnostics().get(1).getMessage().get(Locale.ENGLISH)).contains("Xem lại câu này");
  }

  @Test
  void theModel_keepsLayout_marginsApart_andRecoversGeneratedMarkers() {
    Document d = IMPORTER.document(OfficeWordFiles.plan(true), "36.docx");
    Table head = (Table) d.getBlocks().get(0);
    assertThat(head.getRows().get(0).getCells()).extracting(TableCell::text)
        .containsExactly("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC Số: 36/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bình Phước, ngày 16 tháng 02 năm 2017");
    List<Paragraph> ps = d.getBlocks().stream().filter(b -> b instanceof Paragraph).map(b -> (Paragraph) b)
        .collect(Collectors.toList());
    assertThat(ps.get(0).getText()).isEqualTo("KẾ HOẠCH");
    assertThat(ps.get(0).getAlignment()).hasValue(Alignment.CENTER);
    assertThat(ps.get(0).isBold()).isTrue();
    assertThat(ps).filteredOn(p -> p.getListMarker().isPresent()).extracting(Paragraph::markedText)
        .startsWith("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Tuyên truyền kịp thời các văn bản chỉ đạo về công tác kiểm soát thủ tục hành chính;")
        .contains("2. Yêu cầu", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp:", "2. Sở Tài chính:");
    Paragraph section = ps.stream().filter(p -> p.getText().equals("MỤC ĐÍCH, YÊU CẦU")).findFirst().get();
    assertThat(section.isBold()).as("bold through its style").isTrue();
    assertThat(ps).extracting(Paragraph::getText).contains("Ghi chú trong hộp văn bản")
        .noneMatch(t -> t.contains("REF") || t.contains("tại trụ sở"));
    assertThat(d.getMargins()).extracting(Paragraph::getText)
        .contains("Kế hoạch 36/KH-UBND — trang", "Chú thích: theo Quyết định số 1291/QĐ-UBND.");
    Table closing = (Table) d.getBlocks().get(d.getBlocks().size() - 1);
    assertThat(closing.getRows().get(0).getCells().get(1).getParagraphs()).extracting(Paragraph::getText)
        .containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn Trâm");
  }

  @Test
  void mergedCells_areSpans_notCopies() {
    Document d = IMPORTER.document(OfficeWordFiles.mergedAnnex(), "phu-luc.docx");
    Table t = (Table) d.getBlocks().stream().filter(b -> b instanceof Table).findFirst().get();
    assertThat(t.getRows()).hasSize(4);
    assertThat(t.getRows().get(1).getCells()).hasSize(1);
    assertThat(t.getRows().get(1).getCells().get(0).getColumnSpan()).isEqualTo(3);
    assertThat(t.getRows().get(2).getCells().get(2).getRowSpan()).isEqualTo(2);
    assertThat(t.getRows().get(3).getCells()).extracting(TableCell::text).containsExactly("2", "Tổ chức hội nghị");
  }

  @Test
  void headColumnsTypedWithTabs_becomeATable() throws IOException {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      org.apache.poi.xwpf.usermodel.XWPFRun r = doc.createParagraph().createRun();
      r.setText("ỦY BAN NHÂN DÂN");
      r.addTab();
      r.addTab();
      r.setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      org.apache.poi.xwpf.usermodel.XWPFRun item = doc.createParagraph().createRun();
      item.setText("1.");
      item.addTab();
      item.setText("Mục đích");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      Document d = IMPORTER.document(out.toByteArray(), "tabs.docx");
      assertThat(((Table) d.getBlocks().get(0)).getRows().get(0).getCells()).extracting(TableCell::text)
          .containsExactly("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      assertThat(((Paragraph) d.getBlocks().get(1)).getText()).isEqualTo("1. Mục đích");
    }
  }

  private static byte[] zip(int entries, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < entries; i++) {
        z.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
        z.write(content);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void hostileFiles_giveTypedErrors() throws IOException {
    assertThatThrownBy(() -> IMPORTER.read(zip(1, new byte[20 << 20]), "bomb.docx"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxInflateRatio"));
    assertThatThrownBy(() -> IMPORTER.read(zip(2000, new byte[] {1}), "many.docx"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxEntries"));
    assertThatThrownBy(() -> IMPORTER.read(zip(3, "<x/>".getBytes(StandardCharsets.UTF_8)), "not-word.docx"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("not a Word document");
    assertThatThrownBy(() -> IMPORTER.read("Kế hoạch".getBytes(StandardCharsets.UTF_8), "a.docx"))
        .isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> IMPORTER.read(new byte[0], "empty.docx")).isInstanceOf(MalformedInputException.class);
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThatThrownBy(() -> IMPORTER.read(ole2, "old.docx")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("PlanDocImporter");
    assertThatThrownBy(() -> IMPORTER.read("text", "a.docx")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("binary");
    byte[] whole = OfficeWordFiles.plan(true);
    assertThatThrownBy(() -> IMPORTER.read(Arrays.copyOf(whole, whole.length / 2), "cut.docx"))
        .isInstanceOfSatisfying(MalformedInputException.class,
            e -> assertThat(e.getLocation().get().getSource()).hasValue("cut.docx"));
    PlanDocxImporter few = PlanDocxImporter.withLimits(InputLimits.builder().maxElements(10).build());
    assertThatThrownBy(() -> few.read(whole, "36.docx"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxElements"));
  }

  /** Damaged files (bytes of a real one overwritten) give a result or a typed error, nothing else. */
  @Property(tries = 120)
  void damagedFiles_neverEscapeTheContract(@ForAll @IntRange(min = 0, max = 6000) int at,
      @ForAll @IntRange(min = 1, max = 48) int length, @ForAll byte value) {
    byte[] bytes = OfficeWordFiles.plan(true);
    for (int i = at; i < Math.min(bytes.length, at + length); i++) {
      bytes[i] = value;
    }
    try {
      IMPORTER.read(bytes, "damaged.docx");
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @SuppressWarnings("unused")
  private static List<Block> blocks(Document d) {
    return d.getBlocks();
  }
}
