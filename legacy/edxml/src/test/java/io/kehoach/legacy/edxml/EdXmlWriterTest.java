package io.kehoach.legacy.edxml;

import io.kehoach.legacy.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kehoach.InvalidDataException;
import io.kehoach.legacy.edxml.internal.EdXml;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EdXmlWriterTest {
  private static final EdXmlWriter WRITER = EdXmlWriter.builder().clock(Plans.FIXED).build();

  @Test
  void write_seed003_headerFieldsAsTheFormatAsks() {
    Dom d = Dom.parse(WRITER.write(Plans.seed003WithAgencyIds()));
    assertThat(d.root().getLocalName()).isEqualTo("edXML");
    assertThat(d.root().getNamespaceURI()).isEqualTo("http://www.mic.gov.vn/TBT/QCVN_102_2016");
    assertThat(d.in("From", "OrganId")).isEqualTo("000.00.00.H10");
    assertThat(d.in("From", "OrganName")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
    assertThat(d.in("Code", "CodeNumber")).isEqualTo("36");
    assertThat(d.in("Code", "CodeNotation")).isEqualTo("KH-UBND");
    assertThat(d.in("PromulgationInfo", "Place")).isEqualTo("Bình Phước");
    assertThat(d.in("PromulgationInfo", "PromulgationDate")).isEqualTo("2017/02/16");
    assertThat(d.in("DocumentType", "Type")).isEqualTo("1");
    assertThat(d.in("DocumentType", "TypeName")).isEqualTo("Kế hoạch");
    assertThat(d.all("Subject")).containsExactly(
        "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 trên địa bàn tỉnh Bình Phước");
    assertThat(d.in("SignerInfo", "Position")).isEqualTo("CHỦ TỊCH");
    assertThat(d.in("SignerInfo", "FullName")).isEqualTo("Nguyễn Văn Trâm");
    assertThat(d.count("Competence")).isZero();
    assertThat(d.in("OtherInfo", "Priority")).isEqualTo("0");
    assertThat(d.all("DocumentId")).containsExactly("000.00.00.H10,2017/02/16,36/KH-UBND");
    assertThat(d.in("TraceHeader", "Timestamp")).isEqualTo("2017/02/16 10:00:00");
    assertThat(d.in("Bussiness", "BussinessDocType")).isEqualTo("0");

    // ToPlaces: the recipient list as written, the archive as "Lưu: …"; To: every recipient but the archive.
    List<String> places = d.all("Place").subList(1, d.count("Place"));
    assertThat(places).hasSize(10).startsWith("Văn phòng Chính phủ").endsWith("Lưu: VT, NC (KH03)");
    assertThat(d.count("To")).isEqualTo(9);
    assertThat(d.all("OrganId")).containsExactly("000.00.00.H10", "000.00.00.G01", "000.00.21.H10", "000.00.00.H10");
  }

  @Test
  void write_seed003_attachesThePlanAsKehoachJson() {
    Dom d = Dom.parse(WRITER.write(Plans.seed003()));
    assertThat(d.in("Reference", "AttachmentName")).isEqualTo("kehoach-plan.json");
    assertThat(d.in("Reference", "ContentType")).isEqualTo("application/json");
    assertThat(d.in("Attachment", "ContentId")).isEqualTo(d.in("Reference", "ContentId"));
    String json = new String(Base64.getDecoder().decode(d.in("Attachment", "ContentTransferEncoded")),
        StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"formatVersion\" : \"1.0\"").contains("\"Nguyễn Văn Trâm\"");
  }

  @Test
  void write_deputySigned_markersNumberBelowTenAndEscaping() {
    EdXmlExport e = WRITER.export(Plans.deputySigned());
    Dom d = Dom.parse(e.getXml());
    assertThat(d.in("Code", "CodeNumber")).isEqualTo("05");
    assertThat(d.in("SignerInfo", "Competence")).isEqualTo("TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH");
    assertThat(d.all("Subject").get(0)).isEqualTo(
        "Tuyên truyền cải cách hành chính giai đoạn 2018 - 2020 & \"một cửa\" <liên thông>");
    assertThat(e.getXml()).contains("&amp; \"một cửa\" &lt;liên thông&gt;");
    // The body's agency id reaches To through the recipient's bodyId.
    assertThat(d.all("OrganId")).contains("000.01.30.H60");
    assertThat(d.in("Appendixes", "Appendix")).isEqualTo("Danh mục nhiệm vụ tuyên truyền năm 2018");
    // What the header cannot carry is reported: the superior body and a purpose not stated in the name.
    assertThat(e.getDiagnostics()).anySatisfy(f -> assertThat(f.getLocation().get().getPointer()).contains("/issuer/superiorBody"));
    assertThat(e.getDiagnostics()).anySatisfy(f -> assertThat(f.getLocation().get().getPointer()).contains("/recipients/0/purpose"));
    assertThat(e.getDiagnostics()).noneSatisfy(f -> assertThat(f.getLocation().get().getPointer()).contains("/recipients/1/purpose"));
  }

  @Test
  void write_withoutAgencyId_omitsDocumentIdAndSaysSo() {
    EdXmlExport e = WRITER.export(Plans.seed003());
    Dom d = Dom.parse(e.getXml());
    assertThat(d.count("DocumentId")).isZero();
    assertThat(d.count("TraceHeader")).isZero();
    assertThat(e.hasDiagnostic("document-id.omitted")).isTrue();
    assertThat(e.hasDiagnostic("organ-id.missing")).isTrue();
    assertThat(e.hasDiagnostic("recipient.no-agency-id")).isTrue();
  }

  @Test
  void write_senderAgencyId_isUsedWhenTheIssuerHasNone() {
    EdXmlExport e = EdXmlWriter.builder().clock(Plans.FIXED).senderAgencyId("000.00.00.H10").build()
        .export(Plans.seed003());
    assertThat(Dom.parse(e.getXml()).all("DocumentId")).containsExactly("000.00.00.H10,2017/02/16,36/KH-UBND");
    assertThat(e.hasDiagnostic("document-id.omitted")).isFalse();
  }

  @Test
  void write_draft_leavesOutWhatIsNotKnown() {
    EdXmlExport e = WRITER.export(Plans.draft());
    Dom d = Dom.parse(e.getXml());
    assertThat(d.count("Code")).isZero();
    assertThat(d.count("PromulgationInfo")).isZero();
    assertThat(d.count("SignerInfo")).isZero();
    assertThat(d.count("ToPlaces")).isZero();
    assertThat(e.getDiagnostics()).extracting(Diagnostic::getCode).contains("part.missing", "document-id.omitted");
  }

  @Test
  void write_everyLimitViolatedAtOnce_oneErrorListingThemAll() {
    EdXmlWriteException e = catchThrowableOfType(() -> WRITER.write(overLimits()), EdXmlWriteException.class);
    assertThat(e).isInstanceOf(InvalidDataException.class);
    assertThat(e.getViolations()).extracting(FieldViolation::getField).containsExactly(
        "MessageHeader/From/OrganName",
        "MessageHeader/To[1]/OrganName",
        "MessageHeader/Code/CodeNotation",
        "MessageHeader/PromulgationInfo/Place",
        "MessageHeader/Subject",
        "MessageHeader/SignerInfo/Competence",
        "MessageHeader/SignerInfo/Position",
        "MessageHeader/SignerInfo/FullName",
        "MessageHeader/ToPlaces/Place[1]");
    assertThat(e.getViolations()).allSatisfy(v -> assertThat(v.getKind()).isEqualTo(FieldViolation.Kind.TOO_LONG));
    FieldViolation subject = e.getViolations().get(4);
    assertThat(subject.getActual()).hasValue(501);
    assertThat(subject.getLimit()).hasValue(500);
    assertThat(e.getMessage()).contains("9 fields are invalid", "MessageHeader/Subject: 501 characters, limit 500");
    assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("MessageHeader/Subject: 501 ký tự, giới hạn 500");
  }

  @Test
  void write_lengthsAreCodePointsOfNfcText() {
    // 500 characters outside the BMP are 1,000 UTF-16 units: within the limit of 500.
    String astral = "𝔸".repeat(500);
    Plan p = Plan.builder().from(Plans.seed003()).subject(astral).build();
    assertThat(Dom.parse(WRITER.write(p)).all("Subject")).containsExactly(astral);
    // Decomposed input is counted after NFC: "Nguyễn" is 6 code points, not 8.
    String nfd = java.text.Normalizer.normalize("Nguyễn ".repeat(6) + "Trâm", java.text.Normalizer.Form.NFD);
    Plan q = Plan.builder().from(Plans.seed003()).signature(Signature.of("CHỦ TỊCH", nfd)).build();
    assertThat(nfd.length()).isGreaterThan(50);
    assertThat(Dom.parse(WRITER.write(q)).in("SignerInfo", "FullName")).hasSize(46);
  }

  @Test
  void write_warnPolicy_writesTheFullValuesAndReportsEachField() {
    EdXmlWriter warn = EdXmlWriter.builder().clock(Plans.FIXED).limitPolicy(LimitPolicy.WARN).build();
    Plan p = overLimits();
    EdXmlExport e = warn.export(p);
    assertThat(e.getDiagnostics()).filteredOn(f -> f.getCode().equals("limit.exceeded")).hasSize(9)
        .allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Diagnostic.Severity.WARNING));
    assertThat(Dom.parse(e.getXml()).all("Subject")).containsExactly(p.getSubject());
    assertThat(EdXmlReader.create().read(e.getXml()).planOrThrow()).isEqualTo(p);
  }

  @Test
  void write_controlCharacter_isRefusedEvenUnderWarn_namingTheField() {
    Plan p = Plan.builder().from(Plans.seed003()).signature(Signature.of("CHỦ\u0007TỊCH", "Nguyễn Văn Trâm")).build();
    for (LimitPolicy policy : LimitPolicy.values()) {
      EdXmlWriter w = EdXmlWriter.builder().limitPolicy(policy).build();
      EdXmlWriteException e = catchThrowableOfType(() -> w.write(p), EdXmlWriteException.class);
      assertThat(e.getViolations()).singleElement().satisfies(v -> {
        assertThat(v.getField()).isEqualTo("MessageHeader/SignerInfo/Position");
        assertThat(v.getKind()).isEqualTo(FieldViolation.Kind.INVALID_CHARACTER);
        assertThat(v.getMessage().en()).contains("U+0007", "position 4");
        assertThat(v.getMessage().vi()).contains("U+0007", "vị trí 4");
      });
      assertThat(e.getMessage()).contains("MessageHeader/SignerInfo/Position");
      assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("MessageHeader/SignerInfo/Position", "U+0007");
    }
  }

  @Test
  void write_toStream_sameBytesAsString_andNothingWrittenOnError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Diagnostic> findings = WRITER.write(Plans.deputySigned(), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(WRITER.write(Plans.deputySigned()));
    assertThat(findings).isEqualTo(WRITER.export(Plans.deputySigned()).getDiagnostics());

    ByteArrayOutputStream none = new ByteArrayOutputStream();
    assertThatThrownBy(() -> WRITER.write(overLimits(), none)).isInstanceOf(EdXmlWriteException.class);
    assertThat(none.size()).isZero();
  }

  @Test
  void write_isDeterministic_withAFixedClock() {
    assertThat(WRITER.write(Plans.seed003WithAgencyIds())).isEqualTo(WRITER.write(Plans.seed003WithAgencyIds()));
  }

  @Test
  void write_headerOnly_hasNoAttachmentAndWarns() {
    EdXmlExport e = EdXmlWriter.builder().attachPlan(false).build().export(Plans.seed003());
    Dom d = Dom.parse(e.getXml());
    assertThat(d.count("AttachmentEncoded")).isZero();
    assertThat(d.count("Reference")).isZero();
    assertThat(d.count("edXMLManifest")).isOne();
    assertThat(e.getDiagnostics()).anySatisfy(f -> {
      assertThat(f.getCode()).isEqualTo("not-carried");
      assertThat(f.getSeverity()).isEqualTo(Diagnostic.Severity.WARNING);
    });
  }

  @Test
  void write_compact_isOneLineAfterTheDeclaration() {
    String xml = EdXmlWriter.builder().prettyPrint(false).build().write(Plans.seed003());
    assertThat(xml.lines().count()).isOne();
    assertThat(WRITER.write(Plans.seed003()).lines().count()).isGreaterThan(40);
    assertThat(EdXmlReader.create().read(xml).planOrThrow()).isEqualTo(Plans.seed003());
  }

  @Test
  void write_documentTypeCode_isConfigurable() {
    String xml = EdXmlWriter.builder().documentTypeCode(18).build().write(Plans.seed003());
    assertThat(Dom.parse(xml).in("DocumentType", "Type")).isEqualTo("18");
    assertThat(EdXml.DEFAULT_TYPE_CODE).isEqualTo(1);
  }

  /** Nine header fields, each one over its limit. */
  static Plan overLimits() {
    return Plan.builder().from(Plans.seed003())
        .issuer(IssuingBody.of("Ủ".repeat(201)))
        .number(io.kehoach.plan.DocumentNumber.of(7, "KH", "UBND-" + "X".repeat(26)))
        .place("P".repeat(51))
        .subject("S".repeat(501))
        .recipients(List.of(Recipient.of("R".repeat(201))))
        .signature(Signature.builder().addMarker(SigningMarker.of(SigningAuthority.KT, "C".repeat(50)))
            .position("P".repeat(51)).name("N".repeat(51)).build())
        .build();
  }
}
