package io.kehoach.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  private static final LocalizedText TEXT = LocalizedText.of("Không đọc được thời gian", "The timing cannot be read");

  @Test
  void describe_atACell_namesRowAndColumnInEachLanguage_withoutTheSource() {
    Diagnostic d = Diagnostic.warning("timing.unreadable", TEXT, Location.atCell(4, 5).inSource("phu-luc.csv"));
    assertThat(d.describe(Locale.ENGLISH)).isEqualTo("The timing cannot be read (row 4, column 5)");
    assertThat(d.describe(LocalizedText.VIETNAMESE)).isEqualTo("Không đọc được thời gian (hàng 4, cột 5)");
    assertThat(d.getSeverity()).isEqualTo(Diagnostic.Severity.WARNING);
  }

  @Test
  void describe_atALine_namesTheLine() {
    Diagnostic d = Diagnostic.info("issuer.inferred", TEXT, Location.atLine(3));
    assertThat(d.describe(LocalizedText.VIETNAMESE)).isEqualTo("Không đọc được thời gian (dòng 3)");
    assertThat(d.line()).hasValue(3);
  }

  @Test
  void describe_withoutALocation_isTheMessage() {
    Diagnostic d = Diagnostic.warning("press-summary", TEXT);
    assertThat(d.describe(Locale.ENGLISH)).isEqualTo("The timing cannot be read");
    assertThat(d.getLocation()).isEmpty();
    assertThat(d.line()).isEmpty();
  }

  @Test
  void describe_inASheet_namesTheSheet() {
    Diagnostic d = Diagnostic.warning("lead.missing", TEXT, Location.atCell(2, 3).inSheet("Phụ lục I"));
    assertThat(d.describe(Locale.ENGLISH)).isEqualTo("The timing cannot be read (sheet Phụ lục I, row 2, column 3)");
    assertThat(d.describe(LocalizedText.VIETNAMESE))
        .isEqualTo("Không đọc được thời gian (trang tính Phụ lục I, hàng 2, cột 3)");
  }
}
