package io.kehoach.legacy.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Alignment;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.testing.GeneratedPlans;
import io.kehoach.legacy.testing.PdfPlans;
import io.kehoach.legacy.testing.Seeds;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

/** PDFs written for the tests ({@link PdfPlans}: A4, two-column head and closing, wrapped body, page numbers). */
class PlanPdfImporterTest {
  private static final PlanPdfImporter IMPORTER = PlanPdfImporter.create();
  private static final PlanTextImporter TEXT = PlanTextImporter.create();

  private static String rendered(Plan p) {
    return PlanTextRenderer.create().render(p);
  }

  @Property(tries = 25)
  void aPlanLaidOutAsAPdf_importsAsItsText(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
    String text = rendered(GeneratedPlans.generate(new Random(seed)));
    Plan expected = TEXT.read(text, "plan.txt").planOrThrow();
    Plan pdf = IMPORTER.read(PdfPlans.pdf(text), "plan.pdf").planOrThrow();
    assertThat(pdf.getNumber()).isEqualTo(expected.getNumber());
    assertThat(pdf.getIssueDate()).isEqualTo(expected.getIssueDate());
    assertThat(pdf.getIssuer()).isEqualTo(expected.getIssuer());
    assertThat(pdf.getSubject()).isEqualTo(expected.getSubject());
    assertThat(pdf.getObjectives()).isEqualTo(expected.getObjectives());
    assertThat(pdf.getRequirements()).isEqualTo(expected.getRequirements());
    assertThat(pdf.getAssignments()).isEqualTo(expected.getAssignments());
    assertThat(pdf.getReportingRules()).isEqualTo(expected.getReportingRules());
    assertThat(pdf.getRecipients()).isEqualTo(expected.getRecipients());
    assertThat(pdf.getSignature()).isEqualTo(expected.getSignature());
  }

  @Test
  void theSeedPlan_wrappedOverPages_keepsItsTasksAndRules() {
    Plan seed = TEXT.read(Seeds.nfc("003"), "003.txt").planOrThrow();
    String text = rendered(seed);
    Plan expected = TEXT.read(text).planOrThrow();
    Document d = IMPORTER.document(PdfPlans.pdf(text), "003.pdf");
    assertThat(d.getMargins()).extracting(Paragraph::getText).contains("2");
    Plan pdf = PlanTextImporter.create().read(d).planOrThrow();
    assertThat(pdf.getAssignments()).isEqualTo(expected.getAssignments()).isNotEmpty();
    assertThat(pdf.getObjectives()).isEqualTo(expected.getObjectives());
    assertThat(pdf.getReportingRules()).isEqualTo(expected.getReportingRules());
    assertThat(pdf.getSignature()).isEqualTo(expected.getSignature());
  }

  @Test
  void theHead_isATableOfItsTwoColumns_andTheTitleIsCentredAndBold() {
    Plan p = GeneratedPlans.generate(new Random(5));
    Document d = IMPORTER.document(PdfPlans.pdf(rendered(p)), "p.pdf");
    Table head = (Table) d.getBlocks().get(0);
    List<String> cells = head.getRows().get(0).getCells().stream().map(TableCell::text).collect(Collectors.toList());
    assertThat(cells.get(0)).startsWith("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM").contains("Số: ");
    assertThat(cells.get(1)).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc").contains("ngày");
    Paragraph title = (Paragraph) d.getBlocks().get(1);
    assertThat(title.getText()).isEqualTo("KẾ HOẠCH");
    assertThat(title.isBold()).isTrue();
    assertThat(title.getAlignment()).hasValue(Alignment.CENTER);
  }

  @Test
  void wrappedLines_joinIntoParagraphs_andHyphenatedWordsMend() {
    String sentence = "Tăng cường tuyên truyền cải cách hành chính, kiểm soát thủ tục hành chính đến người dân và doanh "
        + "nghiệp trên địa bàn tỉnh, bảo đảm công khai, minh bạch, kịp thời, đầy đủ, hiệu quả trong năm 2024 và các năm tiếp theo";
    String text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "", "Số: 12/KH-UBND", "Quảng Nam, ngày 05 tháng 3 năm 2024", "", "KẾ HOẠCH",
        "Truyền thông năm 2024", "", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- " + sentence + ";", "- Nâng cao nhận thức.", "");
    Document d = IMPORTER.document(PdfPlans.pdf(text), "w.pdf");
    List<String> paragraphs = d.getBlocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).getText())
        .collect(Collectors.toList());
    assertThat(paragraphs).contains("- " + sentence + ";", "- Nâng cao nhận thức.", "1. Mục đích");
    Plan plan = IMPORTER.read(PdfPlans.pdf(text.replace("cải cách", "cải cá-\u00ADch")), "h.pdf").planOrThrow();
    assertThat(plan.getObjectives()).hasSize(2);
  }

  @Test
  void aScan_anEncryptedFile_andOtherFiles_sayWhatTheyAre() throws IOException {
    byte[] blank;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      blank = save(doc);
    }
    assertThatThrownBy(() -> IMPORTER.read(blank, "scan.pdf")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("no text layer").hasMessageContaining("OCR");
    byte[] plain = PdfPlans.pdf(rendered(GeneratedPlans.generate(new Random(9))));
    assertThat(IMPORTER.read(encrypted(plain, ""), "open.pdf").planOrThrow().getNumber()).isPresent();
    assertThatThrownBy(() -> IMPORTER.read(encrypted(plain, "mat-khau"), "locked.pdf"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("password");
    assertThatThrownBy(() -> IMPORTER.read("Kế hoạch".getBytes(StandardCharsets.UTF_8), "a.pdf"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("%PDF-");
    assertThatThrownBy(() -> IMPORTER.read(new byte[0], "empty.pdf")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> IMPORTER.read(Arrays.copyOf(plain, 600), "cut.pdf")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> IMPORTER.read("x", "a.pdf")).isInstanceOf(MalformedInputException.class);
    PlanPdfImporter onePage = PlanPdfImporter.withLimits(InputLimits.builder().maxPages(1).build());
    assertThatThrownBy(() -> onePage.read(blank, "two.pdf"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxPages"));
  }

  @Test
  void aDigitalSignature_isReported_notVerified() throws IOException {
    byte[] plain = PdfPlans.pdf(rendered(GeneratedPlans.generate(new Random(2))));
    byte[] signed;
    try (PDDocument doc = Loader.loadPDF(plain)) {
      PDSignature sig = new PDSignature();
      sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      sig.setName("Lê Văn Dũng");
      Calendar when = Calendar.getInstance(java.util.TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
      when.setTimeInMillis(1_709_600_000_000L);
      sig.setSignDate(when);
      // A stand-in for the signing device: any bytes will do, since the signature is reported, not checked.
      doc.addSignature(sig, content -> new byte[] {1, 2, 3, 4});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.saveIncremental(out);
      signed = out.toByteArray();
    }
    List<Diagnostic> ds = IMPORTER.read(signed, "signed.pdf").getDiagnostics();
    assertThat(ds).extracting(Diagnostic::getCode).startsWith("pdf.signature");
    assertThat(ds.get(0).getMessage().get(java.util.Locale.ENGLISH)).contains("Lê Văn Dũng").contains("2024-03-05")
        .contains("covering the whole file").contains("not verified");
    byte[] appended = Arrays.copyOf(signed, signed.length + 20);
    System.arraycopy("\n% added later\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 15);
    assertThat(IMPORTER.read(appended, "changed.pdf").getDiagnostics().get(0).getMessage().get(java.util.Locale.ENGLISH))
        .contains("NOT covering the whole file");
  }

  /** Damaged PDFs give a result or a typed error, nothing else. */
  @Property(tries = 60)
  void damagedFiles_neverEscapeTheContract(@ForAll @IntRange(min = 0, max = 20_000) int at, @ForAll byte value) {
    byte[] bytes = PdfPlans.pdf(rendered(GeneratedPlans.generate(new Random(1)))).clone();
    for (int i = at; i < Math.min(bytes.length, at + 40); i++) {
      bytes[i] = value;
    }
    try {
      IMPORTER.read(bytes, "damaged.pdf");
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  private static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
