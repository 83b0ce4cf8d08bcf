package io.kehoach.legacy.edxml;

import io.kehoach.legacy.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The envelopes under {@code fixtures/edxml/}, written for the tests after other systems' layouts. */
class EdXmlFixturesTest {
  private static final EdXmlReader READER = EdXmlReader.create();
  private static final List<String> FIXTURES = List.of(
      "foreign-system-pdf-only.edxml", "prefixed-indented.edxml", "header-missing-parts.edxml");

  static byte[] fixture(String name) {
    try (InputStream in = EdXmlFixturesTest.class.getResourceAsStream("/fixtures/edxml/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static EdXmlImport read(String name) {
    return READER.read(fixture(name), name);
  }

  @TestFactory
  Stream<DynamicTest> everyFixture_isLabelledAndReadsIntoADraft() {
    return FIXTURES.stream().map(name -> dynamicTest(name, () -> {
      String text = new String(fixture(name), StandardCharsets.UTF_8);
      assertThat(text.lines().skip(1).findFirst().orElse("")).contains("Written for the kehoach tests");
      EdXmlImport r = read(name);
      assertThat(r.getPlanSource()).isEqualTo(PlanSource.HEADER);
      assertThat(r.planOrThrow().getSubject()).isEqualTo(r.getHeader().getSubject().orElseThrow());
      // A header-only read always reports what the header cannot give; every finding says where, in both languages.
      assertThat(r.getDiagnostics()).extracting(Diagnostic::getCode).contains("plan.missing", "part.missing");
      assertThat(r.getDiagnostics()).allSatisfy(f -> {
        assertThat(f.getLocation().flatMap(l -> l.getSource())).as(f.getCode()).contains(name);
        assertThat(f.getMessage().vi()).as(f.getCode()).isNotBlank().isNotEqualTo(f.getMessage().en());
      });
    }));
  }

  @Test
  void foreignSystem_pdfOnly_headerReadAndPdfKeptAside() {
    EdXmlImport r = read("foreign-system-pdf-only.edxml");
    MessageHeader h = r.getHeader();
    assertThat(h.getFrom().get().getOrganAdd()).contains("Số 1 đường Thử Nghiệm, TP Sóc Trăng");
    assertThat(h.getTo()).extracting(o -> o.getOrganId().orElse("")).containsExactly("000.01.30.H60", "000.03.30.H60");
    assertThat(h.getContent()).contains("Kế hoạch viết cho kiểm thử");
    assertThat(h.getDueDate()).contains(LocalDate.of(2018, 1, 19));
    assertThat(h.getSteeringType()).hasValue(1);
    OtherInfo o = h.getOtherInfo().get();
    assertThat(o.getPriority()).hasValue(1);
    assertThat(o.getPageAmount()).hasValue(3);
    assertThat(o.getSphereOfPromulgation()).contains("Lưu hành nội bộ");

    assertThat(r.getAttachments()).singleElement().satisfies(a -> {
      assertThat(a.isPlan()).isFalse();
      assertThat(a.getName()).contains("12-KH-UBND.pdf");
      assertThat(a.getContentType()).contains("application/pdf");
      assertThat(a.getSize()).hasValue(104L);
      assertThat(a.getLocation().get().getLine()).isPresent();
    });
    assertThat(r.hasDiagnostic("attachment.foreign")).isTrue();
    assertThat(r.hasDiagnostic("attachment.unlisted")).isFalse();

    Plan p = r.planOrThrow();
    assertThat(p.getIssuer().getName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG");
    assertThat(p.getIssuer().getAgencyId()).contains("000.00.00.H60");
    assertThat(p.getNumber()).contains(DocumentNumber.parse("12/KH-UBND"));
    assertThat(p.getPlace()).contains("Sóc Trăng");
    assertThat(p.getIssueDate()).contains(LocalDate.of(2018, 1, 9));
    assertThat(p.getDocumentType()).isEqualTo(DocumentType.PLAN);
    assertThat(p.getSignature()).contains(Signature.builder().addMarker(SigningMarker.of(SigningAuthority.KT, "CHỦ TỊCH"))
        .position("PHÓ CHỦ TỊCH").name("Nguyễn Văn Thử").build());
    assertThat(p.getRecipients()).containsExactly(
        Recipient.builder().name("Sở Nội vụ").agencyId("000.01.30.H60").build(),
        Recipient.builder().name("Sở Tư pháp").agencyId("000.03.30.H60").build(),
        Recipient.of("Bộ Nội vụ (b/c)", RecipientPurpose.TO_REPORT),
        Recipient.archive("VT, VX"));
    assertThat(p.getAnnexes()).extracting(a -> a.getTitle()).containsExactly("Phụ lục I. Danh mục nhiệm vụ");
    // Every part of the identity is there: only the content is reported missing.
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("part.missing")).singleElement()
        .satisfies(f -> assertThat(f.getLocation().get().getPointer()).contains(""));
  }

  @Test
  void prefixedIndented_prefixesCdataDatesAndContentIds() {
    EdXmlImport r = read("prefixed-indented.edxml");
    Plan p = r.planOrThrow();
    assertThat(p.getIssuer().getAgencyId()).contains("000.00.00.H29");
    assertThat(p.getSubject()).isEqualTo("Truyền thông \"một cửa\" & <liên thông> năm 2018");
    assertThat(p.getIssueDate()).contains(LocalDate.of(2017, 12, 29));
    assertThat(p.getNumber().get().toString()).isEqualTo("07/KH-UBND");
    assertThat(p.getDocumentType()).isEqualTo(DocumentType.PLAN);
    assertThat(p.getSignature().get().getMarkers()).isEmpty();
    assertThat(p.getRecipients()).containsExactly(
        Recipient.builder().name("Văn phòng Chính phủ").agencyId("000.00.00.G01").build(), Recipient.archive("VT"));
    // "<cid-1>" in the manifest and "cid:cid-1" in the attachment are the same content id.
    assertThat(r.getAttachments()).singleElement().satisfies(a -> {
      assertThat(a.getName()).contains("07-KH-UBND.docx");
      assertThat(a.getSize()).hasValue(56L);
    });
    assertThat(r.hasDiagnostic("attachment.unlisted")).isFalse();
    assertThat(r.hasDiagnostic("value.unreadable")).isFalse();
    assertThat(r.hasDiagnostic("document-type")).isFalse();
  }

  @Test
  void headerMissingParts_reportsEachOneAndUnreadableValues() {
    EdXmlImport r = read("header-missing-parts.edxml");
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("part.missing"))
        .extracting(f -> f.getLocation().flatMap(l -> l.getPointer()).orElse("?"))
        .containsExactlyInAnyOrder("/number", "/issueDate", "/signature", "");
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("value.unreadable"))
        .extracting(f -> f.getMessage().en())
        .anySatisfy(m -> assertThat(m).contains("PromulgationInfo/PromulgationDate", "16 tháng 2"))
        .anySatisfy(m -> assertThat(m).contains("DocumentType/Type", "\"x\""))
        .anySatisfy(m -> assertThat(m).contains("OtherInfo/Priority", "\"cao\""));
    assertThat(r.getDiagnostics()).filteredOn(f -> f.getCode().equals("value.unreadable"))
        .allSatisfy(f -> assertThat(f.getLocation().get().getLine()).isPresent());
    assertThat(r.getDiagnostics()).anySatisfy(f -> {
      assertThat(f.getCode()).isEqualTo("document-type");
      assertThat(f.getMessage().vi()).contains("Công văn", "không phải kế hoạch");
    });
    Plan p = r.planOrThrow();
    assertThat(p.getDocumentType()).isEqualTo(DocumentType.OFFICIAL_LETTER);
    assertThat(p.getIssueDate()).isEmpty();
    assertThat(p.getPlace()).contains("Đắk Lắk");
    // Without ToPlaces the recipients come from To, with their ids and purposes.
    assertThat(p.getRecipients()).containsExactly(Recipient.of("Sở Nội vụ"),
        Recipient.builder().name("Ủy ban nhân dân tỉnh Đắk Lắk (b/c)").purpose(RecipientPurpose.TO_REPORT)
            .agencyId("000.00.00.H66").build());
    assertThat(r.getHeader().getCodeNumber()).isEmpty();
  }
}
