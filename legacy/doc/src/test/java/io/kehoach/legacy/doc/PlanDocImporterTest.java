package io.kehoach.legacy.doc;

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
import io.kehoach.legacy.text.DocumentKind;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixtures are Word files written for the tests (see {@code fixtures/README.md}). */
class PlanDocImporterTest {
  private static final PlanDocImporter IMPORTER = PlanDocImporter.create();

  static byte[] fixture(String name) {
    try (InputStream in = PlanDocImporterTest.class.getResourceAsStream("/fixtures/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Plan textPlan() {
    return PlanTextImporter.create().read(new String(fixture("plan.txt"), StandardCharsets.UTF_8), "plan.txt").planOrThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"manual.doc", "auto.doc"})
  void aWordFile_importsAsTheSamePlanAsItsText(String name) {
    TextImport doc = IMPORTER.read(fixture(name), name);
    Plan expected = textPlan();

    assertThat(doc.getKind()).isEqualTo(DocumentKind.OFFICIAL_TEXT);
    Plan plan = doc.planOrThrow();
    assertThat(plan.getNumber().get().toString()).isEqualTo("36/KH-UBND");
    assertThat(plan.getIssueDate()).isEqualTo(expected.getIssueDate()).map(Object::toString).hasValue("2017-02-16");
    assertThat(plan.getIssuer()).isEqualTo(expected.getIssuer());
    assertThat(plan.getSubject()).isEqualTo(expected.getSubject());
    assertThat(plan.getObjectives()).isEqualTo(expected.getObjectives());
    assertThat(plan.getRequirements()).isEqualTo(expected.getRequirements());
    assertThat(plan.getBodies()).isEqualTo(expected.getBodies());
    assertThat(plan.getAssignments()).isEqualTo(expected.getAssignments());
    assertThat(plan.getReportingRules()).isEqualTo(expected.getReportingRules()).isNotEmpty();
    assertThat(plan.getRecipients()).isEqualTo(expected.getRecipients()).hasSize(10);
    assertThat(plan.getSignature()).isEqualTo(expected.getSignature());
    assertThat(plan.getSignature().get().getName()).isEqualTo("Nguyễn Văn Trâm");
  }

  @Test
  void automaticNumbering_isRecoveredAsMarkers_continuingAcrossUnnumberedParagraphs() {
    Document d = IMPORTER.document(fixture("auto.doc"), "auto.doc");
    List<String> markers = paragraphs(d).stream().filter(p -> p.getListMarker().isPresent())
        .map(p -> p.getListMarker().get() + " " + p.getText().split(" ")[0]).collect(Collectors.toList());
    assertThat(markers).contains("I. MỤC", "II. NỘI", "III. TỔ", "IV. KINH", "1. Mục", "2. Yêu", "2. Hình", "5. Văn", "• Tuyên");
    Paragraph section = paragraphs(d).stream().filter(p -> p.getText().startsWith("TỔ CHỨC THỰC HIỆN")).findFirst().get();
    assertThat(section.isBold()).isTrue();
    assertThat(section.getListLevel()).hasValue(0);
  }

  @Test
  void theHeadAndClosing_areTables_andTheTitleIsBoldAndCentred() {
    Document d = IMPORTER.document(fixture("manual.doc"), "manual.doc");
    Table head = (Table) d.getBlocks().get(0);
    assertThat(head.getRows()).hasSize(1);
    assertThat(head.getRows().get(0).getCells()).hasSize(2);
    assertThat(head.getRows().get(0).getCells().get(0).text()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC Số: 36/KH-UBND");
    Paragraph title = (Paragraph) d.getBlocks().get(1);
    assertThat(title.getText()).isEqualTo("KẾ HOẠCH");
    assertThat(title.isBold()).isTrue();
    assertThat(title.getAlignment()).hasValue(Alignment.CENTER);
    Table closing = d.getBlocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).reduce((a, b) -> b).get();
    // "TM. ỦY BAN NHÂN DÂN⏎CHỦ TỊCH" typed with a manual line break: two paragraphs.
    assertThat(closing.getRows().get(0).getCells().get(1).getParagraphs()).extracting(Paragraph::getText)
        .containsSubsequence("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Trâm");
  }

  @Test
  void trackedChangesAndComments_areReported_deletionsLeftOut() {
    TextImport result = IMPORTER.read(fixture("revisions.doc"), "revisions.doc");
    assertThat(result.getDiagnostics()).extracting(Diagnostic::getCode).startsWith("doc.revisions", "doc.comments");
    assertThat(result.getDiagnostics().get(0).getMessage().get(java.util.Locale.ENGLISH)).contains("1 insertions (kept) and 1 deletions (left out)");
    Plan plan = result.planOrThrow();
    assertThat(plan.getSubject()).isEqualTo("Truyền thông về kiểm soát thủ tục hành chính năm 2017");
    assertThat(plan.getObjectives().get(0).getStatement()).contains("của Chính phủ").doesNotContain("Xem lại");
  }

  @Test
  void otherFiles_areRefusedWithTheReason() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    assertThatThrownBy(() -> IMPORTER.read(zip, "a.doc")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("PlanDocxImporter");
    assertThatThrownBy(() -> IMPORTER.read("Kế hoạch".getBytes(StandardCharsets.UTF_8), "a.doc"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("OLE2");
    assertThatThrownBy(() -> IMPORTER.read(new byte[0], "a.doc")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> IMPORTER.read("text", "a.doc")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("binary");
    byte[] whole = fixture("manual.doc");
    assertThatThrownBy(() -> IMPORTER.read(Arrays.copyOf(whole, 3000), "cut.doc"))
        .isInstanceOfSatisfying(MalformedInputException.class,
            e -> assertThat(e.getLocation().get().getSource()).hasValue("cut.doc"));
  }

  @Test
  void limits_areEnforcedWithTheirNames() {
    PlanDocImporter few = PlanDocImporter.withLimits(InputLimits.builder().maxElements(20).build());
    assertThatThrownBy(() -> few.read(fixture("manual.doc"), "manual.doc"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxElements"));
    PlanDocImporter small = PlanDocImporter.withLimits(InputLimits.builder().maxBytes(10_000).build());
    assertThatThrownBy(() -> small.read(fixture("manual.doc"), "manual.doc"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.getLimit()).isEqualTo("maxBytes"));
  }

  /** Damaged files (bytes of a real one overwritten) give typed errors or a result, nothing else. */
  @Property(tries = 150)
  void damagedFiles_neverEscapeTheContract(@ForAll @IntRange(min = 512, max = 26_000) int at,
      @ForAll @IntRange(min = 1, max = 64) int length, @ForAll byte value) {
    byte[] bytes = fixture("manual.doc").clone();
    for (int i = at; i < Math.min(bytes.length, at + length); i++) {
      bytes[i] = value;
    }
    try {
      IMPORTER.read(bytes, "damaged.doc");
    } catch (MalformedInputException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  private static List<Paragraph> paragraphs(Document d) {
    return d.getBlocks().stream().filter(b -> b instanceof Paragraph).map(b -> (Paragraph) b).collect(Collectors.toList());
  }

  @SuppressWarnings("unused")
  private static List<Block> blocks(Document d) {
    return d.getBlocks();
  }
}
