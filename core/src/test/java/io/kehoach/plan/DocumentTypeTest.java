package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  @Test
  void fromAbbreviation_isCaseSensitive() {
    assertThat(DocumentType.fromAbbreviation("KH")).contains(DocumentType.PLAN);
    assertThat(DocumentType.fromAbbreviation("Kh")).isEmpty();
    assertThat(DocumentType.fromAbbreviation("QyĐ")).contains(DocumentType.REGULATION);
    assertThat(DocumentType.fromAbbreviation("QYĐ")).isEmpty();
  }

  @Test
  void fromAbbreviationIgnoringCase_findsMisspelt() {
    assertThat(DocumentType.fromAbbreviationIgnoringCase("kh")).contains(DocumentType.PLAN);
    assertThat(DocumentType.fromAbbreviationIgnoringCase("qđ")).contains(DocumentType.DECISION);
    assertThat(DocumentType.fromAbbreviationIgnoringCase("UBND")).isEmpty();
  }

  @Test
  void abbreviations_areUniqueAndMatchTheDecreeTable() {
    Set<String> seen = new HashSet<>();
    for (DocumentType t : DocumentType.values()) {
      t.getAbbreviation().ifPresent(a -> assertThat(seen.add(a)).as(a).isTrue());
    }
    assertThat(seen).contains("NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA",
        "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB");
    assertThat(DocumentType.OFFICIAL_LETTER.getAbbreviation()).isEmpty();
  }

  @Test
  void normativeTypes_areMarked() {
    assertThat(DocumentType.DECREE.isNormative()).isTrue();
    assertThat(DocumentType.PLAN.isNormative()).isFalse();
  }
}
