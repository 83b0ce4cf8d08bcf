package io.kehoach.legacy.edxml;

import io.kehoach.legacy.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kehoach.InvalidDataException;
import io.kehoach.MalformedInputException;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EdXmlReaderTest {
  private static final EdXmlWriter WRITER = EdXmlWriter.builder().clock(Plans.FIXED).build();
  private static final EdXmlWriter HEADER_ONLY = EdXmlWriter.builder().clock(Plans.FIXED).attachPlan(false).build();
  private static final EdXmlReader READER = EdXmlReader.create();

  static Stream<Plan> plans() {
    return Stream.of(Plans.seed003(), Plans.seed003WithAgencyIds(), Plans.deputySigned(), Plans.draft());
  }

  @ParameterizedTest
  @MethodSource("plans")
  void read_written_givesTheWholePlanBack(Plan plan) {
    EdXmlImport r = READER.read(WRITER.write(plan), "plan.edxml");
    assertThat(r.planOrThrow()).isEqualTo(plan);
    assertThat(r.getPlanSource()).isEqualTo(PlanSource.ATTACHMENT);
    assertThat(r.isFromAttachment()).isTrue();
    assertThat(r.hasDiagnostic("header.mismatch")).isFalse();
    assertThat(r.getAttachments()).singleElement().satisfies(a -> {
      assertThat(a.isPlan()).isTrue();
      assertThat(a.getName()).contains("kehoach-plan.json");
      assertThat(a.getSize()).hasValue((long) PlanMapper.create().write(PlanFormat.JSON, plan)
          .getBytes(StandardCharsets.UTF_8).length);
    });
  }

  @Test
  void read_seed003_headerValues() {
    MessageHeader h = READER.read(WRITER.write(Plans.seed003WithAgencyIds())).getHeader();
    assertThat(h.getCodeNumber()).contains("36");
    assertThat(h.getCodeNotation()).contains("KH-UBND");
    assertThat(h.documentNumber()).contains(DocumentNumber.parse("36/KH-UBND"));
    assertThat(h.getPromulgationDate()).contains(LocalDate.of(2017, 2, 16));
    assertThat(h.getDocumentTypeCode()).hasValue(1);
    assertThat(h.getDocumentTypeName()).contains("Kế hoạch");
    assertThat(h.getDocumentId()).contains("000.00.00.H10,2017/02/16,36/KH-UBND");
    assertThat(h.getFrom().get().getOrganId()).contains("000.00.00.H10");
    assertThat(h.getTo()).hasSize(9);
    assertThat(h.getToPlaces()).hasSize(10).contains("Lưu: VT, NC (KH03)");
    assertThat(h.getOtherInfo().get().getPriority()).hasValue(0);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void read_headerOnly_givesADraftWithTheIdentity(Plan plan) {
    EdXmlImport r = READER.read(HEADER_ONLY.write(plan), "header.edxml");
    Plan d = r.planOrThrow();
    assertThat(r.getPlanSource()).isEqualTo(PlanSource.HEADER);
    assertThat(d.getStatus()).isEqualTo(PlanStatus.DRAFT);
    assertThat(d.getNumber()).isEqualTo(plan.getNumber());
    assertThat(d.getIssuer().getName()).isEqualTo(plan.getIssuer().getName());
    assertThat(d.getIssuer().getAgencyId()).isEqualTo(plan.getIssuer().getAgencyId());
    assertThat(d.getIssueDate()).isEqualTo(plan.getIssueDate());
    assertThat(d.getPlace()).isEqualTo(plan.getPlace());
    assertThat(d.getSubject()).isEqualTo(plan.getSubject());
    assertThat(d.getDocumentType()).isEqualTo(plan.getDocumentType());
    assertThat(d.getSignature()).isEqualTo(plan.getSignature());
    assertThat(d.getRecipients()).extracting(Recipient::getName, Recipient::isArchive)
        .containsExactlyElementsOf(plan.getRecipients().stream()
            .map(x -> org.assertj.core.groups.Tuple.tuple(x.getName(), x.isArchive())).toList());
    assertThat(d.getAnnexes()).extracting(a -> a.getTitle())
        .containsExactlyElementsOf(plan.getAnnexes().stream().map(a -> a.getTitle()).toList());
    // The content is reported missing, in both languages.
    assertThat(r.getDiagnostics()).anySatisfy(f -> {
      assertThat(f.getCode()).isEqualTo("part.missing");
      assertThat(f.getMessage().en()).contains("purposes", "budget", "reporting rules");
      assertThat(f.getMessage().vi()).contains("mục đích", "kinh phí", "chế độ báo cáo");
    });
    assertThat(r.getDiagnostics()).anySatisfy(f -> assertThat(f.getCode()).isEqualTo("plan.missing"));
  }

  @Test
  void read_headerOnly_recipientDetails() {
    Plan d = READER.read(HEADER_ONLY.write(Plans.deputySigned())).planOrThrow();
    assertThat(d.getRecipients()).containsExactly(
        Recipient.builder().name("Sở Nội vụ").agencyId("000.01.30.H60").build(),
        Recipient.of("Bộ Nội vụ (b/c)", RecipientPurpose.TO_REPORT),
        Recipient.of("Các sở, ban, ngành tỉnh"),
        Recipient.archive("VT, NC"));
    assertThat(d.getSignature().get().getMarkers()).containsExactly(
        SigningMarker.of(SigningAuthority.TM, "ỦY BAN NHÂN DÂN"), SigningMarker.of(SigningAuthority.KT, "CHỦ TỊCH"));
    assertThat(d.getIssuer().getSuperiorBody()).isEmpty();
  }

  @Test
  void read_headerOnlyDraft_reportsEachMissingPartWithItsPointer() {
    EdXmlImport r = READER.read(HEADER_ONLY.write(Plans.draft()), "draft.edxml");
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("part.missing"))
        .extracting(f -> f.getLocation().flatMap(l -> l.getPointer()).orElse("?"))
        .contains("/number", "/place", "/issueDate", "/recipients", "/signature");
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("part.missing"))
        .allSatisfy(f -> assertThat(f.getLocation().get().getSource()).contains("draft.edxml"));
  }

  @Test
  void read_attachmentRemovedFromAFullEnvelope_draftsFromTheHeaderAndWarns() {
    String xml = WRITER.write(Plans.seed003());
    String cut = xml.substring(0, xml.indexOf("  <AttachmentEncoded>")) + "</edXML>\n";
    EdXmlImport r = READER.read(cut, "cut.edxml");
    assertThat(r.getPlanSource()).isEqualTo(PlanSource.HEADER);
    assertThat(r.getDiagnostics()).anySatisfy(f -> {
      assertThat(f.getCode()).isEqualTo("plan.missing");
      assertThat(f.getSeverity()).isEqualTo(Diagnostic.Severity.WARNING);
    });
    assertThat(r.getAttachments()).singleElement().satisfies(a -> assertThat(a.getSize()).isEmpty());
    assertThat(r.planOrThrow().getNumber()).isEqualTo(Plans.seed003().getNumber());
  }

  @Test
  void read_headerDisagreesWithTheAttachment_warnsAndKeepsTheAttachedPlan() {
    String xml = WRITER.write(Plans.seed003())
        .replace("<edXML:CodeNumber>36</edXML:CodeNumber>", "<edXML:CodeNumber>37</edXML:CodeNumber>")
        .replace("<edXML:FullName>Nguyễn Văn Trâm</edXML:FullName>", "<edXML:FullName>Trần Văn A</edXML:FullName>");
    EdXmlImport r = READER.read(xml, "x.edxml");
    assertThat(r.planOrThrow()).isEqualTo(Plans.seed003());
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("header.mismatch")).hasSize(2)
        .anySatisfy(f -> assertThat(f.getMessage().en()).contains("\"37/KH-UBND\" and \"36/KH-UBND\""))
        .anySatisfy(f -> assertThat(f.getMessage().vi()).contains("người ký", "Trần Văn A"))
        .allSatisfy(f -> assertThat(f.getLocation().get().getLine()).isPresent());
  }

  @Test
  void read_malformedJsonInTheAttachment_typedErrorInsideTheAttachment() {
    String json = "{\n  \"formatVersion\" : \"1.0\",\n  \"issuer\" : { \"name\" : \"X\" },\n  \"subject\" : }";
    MalformedInputException e = catchThrowableOfType(() -> READER.read(withPlanAttachment(json), "bad.edxml"),
        MalformedInputException.class);
    assertThat(e.getLocation().get().getSource()).contains("bad.edxml → kehoach-plan.json");
    assertThat(e.getLocation().get().getLine()).hasValue(4);
    assertThat(e.getMessage()).startsWith("Attachment kehoach-plan.json (envelope line");
    assertThat(e.getText().vi()).startsWith("Tệp đính kèm kehoach-plan.json (dòng");
  }

  @Test
  void read_attachmentNotAPlan_invalidDataWithPointer() {
    String json = "{\n  \"formatVersion\" : \"1.0\",\n  \"issuer\" : { \"name\" : \"X\" },\n  \"subject\" : \"Y\",\n"
        + "  \"colour\" : \"red\"\n}";
    InvalidDataException e = catchThrowableOfType(() -> READER.read(withPlanAttachment(json), "bad.edxml"),
        InvalidDataException.class);
    assertThat(e).as("an InvalidDataException").isNotNull();
    assertThat(e.getLocation().get().getPointer()).contains("/colour");
    assertThat(e.getLocation().get().getSource()).contains("bad.edxml → kehoach-plan.json");
    assertThat(e.getText().en()).contains("kehoach-plan.json");
    assertThat(e.getText().vi()).contains("kehoach-plan.json").isNotEqualTo(e.getText().en());
    assertThat(e.getSuppressed()).isNotEmpty();
  }

  @Test
  void read_zippedPlanAttachment_isUnzipped() throws IOException {
    byte[] json = PlanMapper.create().write(PlanFormat.JSON, Plans.deputySigned()).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("0f3c.json"));
      zip.write(json);
      zip.closeEntry();
    }
    String xml = replaceContent(WRITER.write(Plans.deputySigned()), Base64.getEncoder().encodeToString(zipped.toByteArray()));
    assertThat(READER.read(xml).planOrThrow()).isEqualTo(Plans.deputySigned());
  }

  @Test
  void read_base64WrappedInLines_isAccepted() {
    String xml = WRITER.write(Plans.seed003());
    String b64 = Base64.getMimeEncoder().encodeToString(
        PlanMapper.create().write(PlanFormat.JSON, Plans.seed003()).getBytes(StandardCharsets.UTF_8));
    assertThat(b64).contains("\r\n");
    assertThat(READER.read(replaceContent(xml, "\n" + b64 + "\n")).planOrThrow()).isEqualTo(Plans.seed003());
  }

  @Test
  void read_fromStreamBytesAndPath_sameResult(@TempDir Path dir) throws IOException {
    String xml = WRITER.write(Plans.deputySigned());
    Path file = dir.resolve("05-KH-UBND.edxml");
    Files.writeString(file, xml);
    EdXmlImport a = READER.read(xml, "05-KH-UBND.edxml");
    assertThat(a.planOrThrow()).isEqualTo(Plans.deputySigned());
    assertThat(READER.read(file)).isEqualTo(a);
    assertThat(READER.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "05-KH-UBND.edxml")).isEqualTo(a);
    assertThat(READER.read(xml.getBytes(StandardCharsets.UTF_8), "05-KH-UBND.edxml")).isEqualTo(a);
  }

  @Test
  void read_isThreadSafe() throws Exception {
    String xml = WRITER.write(Plans.seed003());
    List<java.util.concurrent.Callable<Plan>> jobs = java.util.Collections.nCopies(8, () -> READER.read(xml).planOrThrow());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (java.util.concurrent.Future<Plan> f : pool.invokeAll(jobs)) {
        assertThat(f.get()).isEqualTo(Plans.seed003());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** An envelope of seed 003 whose plan attachment holds {@code json}. */
  static String withPlanAttachment(String json) {
    return replaceContent(WRITER.write(Plans.seed003()),
        Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
  }

  static String replaceContent(String xml, String base64) {
    int from = xml.indexOf("<ContentTransferEncoded>") + "<ContentTransferEncoded>".length();
    int to = xml.indexOf("</ContentTransferEncoded>");
    return xml.substring(0, from) + base64 + xml.substring(to);
  }

  private static String bare(String messageHeader) {
    return "<edXMLEnvelope xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXMLHeader><MessageHeader>"
        + messageHeader + "</MessageHeader></edXMLHeader></edXMLEnvelope>";
  }

  @Test
  void read_string_ignoresTheEncodingItsDeclarationNames() {
    // Regression: the string was turned into UTF-8 bytes and parsed as the declared ISO-8859-1,
    // which gave "Sá» TÆ° phÃ¡p" for "Sở Tư pháp" without a word.
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
        + bare("<From><OrganName>Sở Tư pháp</OrganName></From><Subject>Kế hoạch truyền thông</Subject>");
    EdXmlImport r = READER.read(xml);
    assertThat(r.getHeader().getSubject()).contains("Kế hoạch truyền thông");
    assertThat(r.planOrThrow().getIssuer().getName()).isEqualTo("Sở Tư pháp");
    // The same envelope as bytes really in ISO-8859-1 cannot hold Vietnamese: an ASCII one reads alike.
    String ascii = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + bare("<Subject>K\u00e9 hoach</Subject>");
    assertThat(READER.read(ascii.getBytes(StandardCharsets.ISO_8859_1), null).getHeader().getSubject())
        .isEqualTo(READER.read(ascii).getHeader().getSubject()).contains("K\u00e9 hoach");
  }

  @Test
  void read_reportsRepeatedAndUnknownHeaderElements_ratherThanDroppingThemSilently() {
    EdXmlImport r = READER.read(bare("<From><OrganName>Sở Tư pháp</OrganName></From>"
        + "<From><OrganName>Sở Nội vụ</OrganName></From><Subject>S</Subject><ResponseFor><Code>1</Code></ResponseFor>"
        + "<To><OrganName>A</OrganName></To><To><OrganName>B</OrganName></To>"), "e.edxml");
    assertThat(r.planOrThrow().getIssuer().getName()).isEqualTo("Sở Tư pháp");
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("element.repeated")).singleElement()
        .satisfies(f -> {
          assertThat(f.getMessage().en()).contains("<From>");
          assertThat(f.getMessage().vi()).contains("<From>");
          assertThat(f.getLocation().get().getSource()).contains("e.edxml");
        });
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("element.unread")).singleElement()
        .satisfies(f -> assertThat(f.getMessage().en()).contains("<ResponseFor>"));
    assertThat(r.getHeader().getTo()).hasSize(2);
  }

  @Test
  void read_priorityOutsideItsRangeAndNegativeAmounts_areWarnedWithTheirElement_andKeptAsSent() {
    // Regression: Priority 7 and a negative PageAmount/PromulgationAmount were taken without a word.
    EdXmlImport r = READER.read(bare("<Subject>S</Subject>\n<OtherInfo><Priority>7</Priority>"
        + "<PromulgationAmount>-3</PromulgationAmount>\n<PageAmount>-1</PageAmount></OtherInfo>"), "o.edxml");
    OtherInfo o = r.getHeader().getOtherInfo().get();
    assertThat(o.getPriority()).hasValue(7);
    assertThat(o.getPromulgationAmount()).hasValue(-3);
    assertThat(o.getPageAmount()).hasValue(-1);
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("value.out-of-range"))
        .extracting(f -> f.getLocation().get().getLine().getAsInt() + " " + f.getMessage().en())
        .containsExactly(
            "2 OtherInfo/Priority is 7, outside the allowed range (0 to 4); the value is kept as sent",
            "2 OtherInfo/PromulgationAmount is -3, outside the allowed range (0 or more); the value is kept as sent",
            "3 OtherInfo/PageAmount is -1, outside the allowed range (0 or more); the value is kept as sent");
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("value.out-of-range")).allSatisfy(f -> {
      assertThat(f.getSeverity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(f.getLocation().get().getSource()).contains("o.edxml");
      assertThat(f.getLocation().get().getColumn()).isPresent();
      assertThat(f.getMessage().vi()).contains("ngoài khoảng cho phép", "giữ nguyên");
    });
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("value.out-of-range")).element(0)
        .satisfies(f -> assertThat(f.getMessage().vi()).contains("OtherInfo/Priority là 7", "từ 0 đến 4"));
    // A negative priority is out of range too; the ends of the ranges are not.
    EdXmlImport negative = READER.read(bare("<Subject>S</Subject><OtherInfo><Priority>-1</Priority></OtherInfo>"));
    assertThat(negative.getDiagnostics()).extracting(Diagnostic::getCode).contains("value.out-of-range");
    EdXmlImport edges = READER.read(bare("<Subject>S</Subject><OtherInfo><Priority>4</Priority>"
        + "<PromulgationAmount>0</PromulgationAmount><PageAmount>0</PageAmount></OtherInfo>"));
    assertThat(edges.getHeader().getOtherInfo().get().getPriority()).hasValue(4);
    assertThat(edges.hasDiagnostic("value.out-of-range")).isFalse();
  }

  @Test
  void read_bareArchiveEntry_isKeptAsTheArchiveNamedLuu_andSaidSo() {
    // Regression: a ToPlaces/Place of "Lưu:" or "Lưu" naming no units was dropped without a word.
    EdXmlImport r = READER.read(bare("<Subject>S</Subject>\n<ToPlaces><Place>Sở Nội vụ</Place><Place>Lưu:</Place>"
        + "</ToPlaces>"), "l.edxml");
    assertThat(r.planOrThrow().getRecipients()).containsExactly(Recipient.of("Sở Nội vụ"), Recipient.archive("Lưu"));
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("recipient.archive-bare")).singleElement()
        .satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo(Diagnostic.Severity.INFO);
          assertThat(f.getLocation().get().getSource()).contains("l.edxml");
          assertThat(f.getLocation().get().getLine()).hasValue(2);
          assertThat(f.getMessage().en()).contains("\"Lưu:\"", "naming no units", "kept as the archive entry \"Lưu\"");
          assertThat(f.getMessage().vi()).contains("\"Lưu:\"", "không ghi đơn vị lưu");
        });
    // Bare "Lưu" as well, and in To when there is no ToPlaces.
    EdXmlImport to = READER.read(bare("<To><OrganName>Sở Tư pháp</OrganName></To>\n<To><OrganName>Lưu</OrganName></To>"
        + "<Subject>S</Subject>"), "t.edxml");
    assertThat(to.planOrThrow().getRecipients()).containsExactly(Recipient.of("Sở Tư pháp"), Recipient.archive("Lưu"));
    assertThat(to.getDiagnostics()).filteredOn(f -> f.getCode().equals("recipient.archive-bare")).singleElement()
        .satisfies(f -> assertThat(f.getLocation().get().getLine()).hasValue(2));
    // An archive naming its units, and a body whose name begins with "Lưu trữ", are not bare.
    EdXmlImport named = READER.read(bare("<Subject>S</Subject><ToPlaces><Place>Lưu: VT</Place>"
        + "<Place>Lưu trữ lịch sử tỉnh</Place></ToPlaces>"));
    assertThat(named.planOrThrow().getRecipients()).containsExactly(Recipient.archive("VT"), Recipient.of("Lưu trữ lịch sử tỉnh"));
    assertThat(named.hasDiagnostic("recipient.archive-bare")).isFalse();
  }

  @Test
  void read_ofWhatTheWriterWrites_hasNoUnreadOrRepeatedElement() {
    EdXmlImport r = READER.read(WRITER.write(Plans.seed003()));
    assertThat(r.hasDiagnostic("element.unread")).isFalse();
    assertThat(r.hasDiagnostic("element.repeated")).isFalse();
  }
}
