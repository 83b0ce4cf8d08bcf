package io.kehoach.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kehoach.benchmarks.PlanCorpus.Size;
import io.kehoach.benchmarks.baseline.PlainPlan;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.validation.PlanValidator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks measure what they claim: the corpus has the sizes of the issue and every side reads it whole. */
class PlanCorpusTest {

  @ParameterizedTest
  @EnumSource(Size.class)
  void corpus_isDeterministic_valid_andOfTheIssuesSize(Size size) {
    byte[] json = PlanCorpus.bytes(size, PlanFormat.JSON);
    assertThat(PlanCorpus.bytes(size, PlanFormat.JSON)).isEqualTo(json);
    assertThat(PlanCorpus.plan(size).getAssignments().stream().mapToInt(a -> a.getTasks().size()).sum())
        .isEqualTo(size.tasks());
    assertThat(PlanValidator.create().validate(PlanCorpus.plan(size)).getFindings()).isEmpty();
    int expected = size == Size.SMALL ? 2_000 : size == Size.TYPICAL ? 20_000 : 1_000_000;
    assertThat(json.length).isBetween(expected * 8 / 10, expected * 13 / 10);
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void everyReader_getsTheWholePlan(Size size) throws Exception {
    PlanMapper mapper = PlanMapper.create();
    assertThat(mapper.read(PlanFormat.JSON, PlanCorpus.bytes(size, PlanFormat.JSON), null).getPlan())
        .isEqualTo(PlanCorpus.plan(size));
    assertThat(mapper.read(PlanFormat.YAML, PlanCorpus.bytes(size, PlanFormat.YAML), null).getPlan())
        .isEqualTo(PlanCorpus.plan(size));
    assertThat(PlanTextImporter.create().read(PlanCorpus.text(size), null).getPlan())
        .hasValueSatisfying(p -> assertThat(p.getAssignments().stream().mapToInt(a -> a.getTasks().size()).sum())
            .isEqualTo(size.tasks()));
  }

  /** The baseline reads the same bytes into equivalent data: writing it back gives the same JSON. */
  @ParameterizedTest
  @EnumSource(Size.class)
  void baseline_readsEveryPropertyOfTheSameBytes(Size size) throws Exception {
    ObjectMapper plain = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    byte[] json = PlanCorpus.bytes(size, PlanFormat.JSON);
    PlainPlan read = plain.readValue(json, PlainPlan.class);
    assertThat(plain.valueToTree(read).equals(plain.readTree(json))).isTrue();
  }

  /** The office benchmarks measure imports of the whole plan, not failures. */
  @Test
  void officeFiles_ofTheTypicalPlan_importWhole() {
    io.kehoach.plan.Plan plan = PlanCorpus.plan(Size.TYPICAL);
    io.kehoach.plan.Plan viaText = io.kehoach.legacy.text.PlanTextImporter.create().read(PlanCorpus.text(Size.TYPICAL))
        .planOrThrow();
    io.kehoach.plan.Plan docx = io.kehoach.legacy.docx.PlanDocxImporter.create()
        .read(io.kehoach.legacy.docx.PlanDocxWriter.create().write(plan), "p.docx").planOrThrow();
    io.kehoach.plan.Plan pdf = io.kehoach.legacy.pdf.PlanPdfImporter.create()
        .read(io.kehoach.legacy.testing.PdfPlans.pdf(PlanCorpus.text(Size.TYPICAL)), "p.pdf").planOrThrow();
    assertThat(docx.getAssignments()).isEqualTo(viaText.getAssignments());
    assertThat(pdf.getAssignments()).isEqualTo(viaText.getAssignments());
    assertThat(docx.getAssignments().stream().mapToInt(a -> a.getTasks().size()).sum()).isEqualTo(Size.TYPICAL.tasks());
  }

  @Test
  void coldStartResource_isTheTypicalPlan() throws Exception {
    try (InputStream in = ColdStart.class.getResourceAsStream(ColdStart.TYPICAL_JSON)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(new String(PlanCorpus.bytes(Size.TYPICAL, PlanFormat.JSON), StandardCharsets.UTF_8));
    }
  }
}
