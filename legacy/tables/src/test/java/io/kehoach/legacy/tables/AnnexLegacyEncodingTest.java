package io.kehoach.legacy.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.encoding.LegacyEncoding;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.ResponsibleBody;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An annex table saved from a workbook typed in pre-Unicode fonts reads as its Unicode text does.
 * The legacy bytes are made from fixture valid-01 (written for the tests) with kehoach's encoders.
 */
class AnnexLegacyEncodingTest {
  private static final AnnexTableReader READER = AnnexTableReader.create();

  private static String fixture() throws Exception {
    try (InputStream in = AnnexLegacyEncodingTest.class.getResourceAsStream("/fixtures/csv/valid-01-excel-vn-semicolon.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void legacyBytes_readAsTheUnicodeTable(LegacyEncoding encoding) throws Exception {
    String text = fixture();
    AnnexTableImport unicode = READER.read(text, "annex.csv");
    // TCVN3 has no capitals with tone marks: ABC text writes them with the lowercase codes.
    byte[] bytes = encoding.encodeFoldingCapitals(text);
    AnnexTableImport legacy = READER.read(bytes, "annex.csv");

    assertThat(legacy.getConvertedFrom()).contains(encoding);
    assertThat(legacy.getDiagnostics().get(0).getCode()).isEqualTo("encoding.converted");
    assertThat(legacy.getDiagnostics().get(0).getLocation().get().getSource()).hasValue("annex.csv");
    if (encoding != LegacyEncoding.TCVN3) {
      assertThat(legacy.getAssignments()).isEqualTo(unicode.getAssignments());
      assertThat(legacy.getBodies()).isEqualTo(unicode.getBodies());
      assertThat(legacy.getRows()).isEqualTo(unicode.getRows());
    } else {
      // Case is what ABC text loses; the rest must agree: body ids (slugs, case-free), leads, texts
      // but for case, times, costs and the kinds of the rows.
      assertThat(legacy.getBodies()).extracting(ResponsibleBody::getId)
          .containsExactlyElementsOf(unicode.getBodies().stream().map(ResponsibleBody::getId).toList());
      assertThat(legacy.getAssignments()).extracting(Assignment::getBodyId)
          .containsExactlyElementsOf(unicode.getAssignments().stream().map(Assignment::getBodyId).toList());
      assertThat(legacy.tasks().map(t -> t.getDescription().toLowerCase(Locale.ROOT)))
          .containsExactlyElementsOf(unicode.tasks().map(t -> t.getDescription().toLowerCase(Locale.ROOT)).toList());
      assertThat(legacy.tasks().map(t -> t.getTiming())).containsExactlyElementsOf(unicode.tasks().map(t -> t.getTiming()).toList());
      assertThat(legacy.tasks().map(t -> t.getCost())).containsExactlyElementsOf(unicode.tasks().map(t -> t.getCost()).toList());
      assertThat(legacy.getRows()).extracting(AnnexRow::getKind)
          .containsExactlyElementsOf(unicode.getRows().stream().map(AnnexRow::getKind).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(value = LegacyEncoding.class, names = {"VNI", "VISCII"})
  void legacyTextSavedAsUtf8_isConvertedToo(LegacyEncoding encoding) throws Exception {
    String text = fixture();
    // A workbook in VNI fonts saved as "CSV UTF-8": the legacy bytes, read as Windows-1252, stored as UTF-8.
    String misread = new String(encoding.encode(text), Charset.forName("windows-1252"));
    AnnexTableImport legacy = READER.read(misread.getBytes(StandardCharsets.UTF_8), "annex.csv");
    assertThat(legacy.getConvertedFrom()).contains(encoding);
    assertThat(legacy.getAssignments()).isEqualTo(READER.read(text).getAssignments());
  }
}
