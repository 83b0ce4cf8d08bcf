package io.kehoach.legacy.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.encoding.LegacyEncoding;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Task;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Plans typed in a pre-Unicode encoding import as their Unicode text does. The legacy bytes are made
 * here from seed 003 (a real plan) with kehoach's encoders, which {@code LegacyEncodingTest} checks
 * cell by cell against the published tables.
 */
class LegacyEncodingImportTest {
  private static final PlanTextImporter IMPORTER = PlanTextImporter.create();

  /** Seed 003 without the few characters VISCII has no code for (curly quotes, ellipsis, no-break space). */
  private static String seed003() throws Exception {
    return PlanTextImporterTest.seed("003").replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'')
        .replace('\u2019', '\'').replace("\u2026", "...").replace('\u00A0', ' ').replace('\u2013', '-');
  }

  @ParameterizedTest
  @EnumSource(value = LegacyEncoding.class, names = {"VNI", "VISCII"})
  void vniAndVisciiBytes_importAsTheUnicodeTextDoes(LegacyEncoding encoding) throws Exception {
    String text = seed003();
    TextImport unicode = IMPORTER.read(text, "seed-003.txt");
    TextImport legacy = IMPORTER.read(encoding.encode(text), "seed-003.txt");

    assertThat(legacy.getPlan()).isEqualTo(unicode.getPlan());
    assertThat(legacy.getConvertedFrom()).contains(encoding);
    assertThat(legacy.getDiagnostics().get(0).getCode()).isEqualTo("encoding.converted");
    assertThat(legacy.getDiagnostics().get(0).getMessage().en()).contains(encoding.getDisplayName());
    assertThat(legacy.getDiagnostics().subList(1, legacy.getDiagnostics().size())).isEqualTo(unicode.getDiagnostics());
    assertThat(legacy.getRecognized()).isEqualTo(unicode.getRecognized());
  }

  @Test
  void tcvn3Bytes_importWithCapitalsRestoredInHeadings() throws Exception {
    String text = seed003();
    Plan unicode = IMPORTER.read(text).planOrThrow();
    // ABC text writes capitals with tone marks with the lowercase codes (the .VnTimeH fonts draw them as capitals).
    TextImport legacy = IMPORTER.read(LegacyEncoding.TCVN3.encodeFoldingCapitals(text), "seed-003.txt");

    assertThat(legacy.getConvertedFrom()).contains(LegacyEncoding.TCVN3);
    assertThat(legacy.hasDiagnostic("encoding.converted")).isTrue();
    Plan plan = legacy.planOrThrow();
    assertThat(plan.getNumber()).isEqualTo(unicode.getNumber());
    assertThat(plan.getIssueDate()).isEqualTo(unicode.getIssueDate());
    assertThat(plan.getPlace()).isEqualTo(unicode.getPlace());
    assertThat(plan.getSubject().toLowerCase(Locale.ROOT)).isEqualTo(unicode.getSubject().toLowerCase(Locale.ROOT));
    assertThat(descriptions(plan)).isEqualTo(descriptions(unicode));
    assertThat(plan.getObjectives()).hasSameSizeAs(unicode.getObjectives());
    assertThat(plan.getAssignments()).hasSameSizeAs(unicode.getAssignments());
    assertThat(plan.getSignature().map(s -> s.getName())).isEqualTo(unicode.getSignature().map(s -> s.getName()));
  }

  @Test
  void tcvn3PastedAsWindows1252_isConvertedByImportText() throws Exception {
    String text = seed003();
    // What a .VnTime document shows when its text is copied today: "KÕ ho¹ch" for "Kế hoạch".
    String mojibake = new String(LegacyEncoding.TCVN3.encodeFoldingCapitals(text), Charset.forName("windows-1252"));
    assertThat(mojibake).contains("ho¹ch");

    TextImport legacy = IMPORTER.read(mojibake, "pasted.txt");

    assertThat(legacy.getConvertedFrom()).contains(LegacyEncoding.TCVN3);
    assertThat(legacy.planOrThrow().getNumber()).isEqualTo(IMPORTER.read(text).planOrThrow().getNumber());
    assertThat(descriptions(legacy.planOrThrow())).isEqualTo(descriptions(IMPORTER.read(text).planOrThrow()));
  }

  @Test
  void unicodeText_isNeverConverted() throws Exception {
    for (String prefix : new String[] {"000", "001", "002", "003", "004"}) {
      String text = PlanTextImporterTest.seed(prefix);
      TextImport asText = IMPORTER.read(text);
      TextImport asBytes = IMPORTER.read(text.getBytes(StandardCharsets.UTF_8), null);
      TextImport withBom = IMPORTER.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), null);
      assertThat(asText.getConvertedFrom()).as(prefix).isEmpty();
      assertThat(asText.hasDiagnostic("encoding.converted") || asText.hasDiagnostic("encoding.uncertain")).as(prefix).isFalse();
      assertThat(asBytes).as(prefix).isEqualTo(asText);
      assertThat(withBom.getPlan()).as(prefix).isEqualTo(asText.getPlan());
    }
  }

  @Test
  void bytesOfNoClearEncoding_areReadWithAWarning_notSilently() {
    // Written for the test: Latin-1 bytes that are not UTF-8 and no Vietnamese in any encoding.
    byte[] bytes = "Gr\u00fc\u00dfe aus K\u00f6ln, \u00e7a va tr\u00e8s bien".getBytes(StandardCharsets.ISO_8859_1);
    TextImport result = IMPORTER.read(bytes, "unknown.txt");
    assertThat(result.hasDiagnostic("encoding.uncertain")).isTrue();
    assertThat(result.getDiagnostics().get(0).getMessage().vi()).contains("không rõ bảng mã");
  }

  private static List<String> descriptions(Plan plan) {
    return plan.tasks().map(Task::getDescription).map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
  }
}
