package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

  @Test
  void parse_plainSymbol_returnsParts() {
    DocumentNumber n = DocumentNumber.parse("36/KH-UBND");
    assertThat(n.getNumber()).isEqualTo(36);
    assertThat(n.getTypeAbbreviation()).contains("KH");
    assertThat(n.getIssuerAbbreviation()).isEqualTo("UBND");
    assertThat(n.getYear()).isEmpty();
    assertThat(n.getSymbol()).isEqualTo("KH-UBND");
    assertThat(n.getDocumentType()).contains(DocumentType.PLAN);
  }

  @Test
  void parse_withStraySpaces_returnsNumber() {
    assertThat(DocumentNumber.parse("36 /KH-UBND")).isEqualTo(DocumentNumber.of(36, "KH", "UBND"));
    assertThat(DocumentNumber.parse("  36 / KH - UBND ")).isEqualTo(DocumentNumber.of(36, "KH", "UBND"));
  }

  @Test
  void parse_withNumberLabel_ignoresLabel() {
    assertThat(DocumentNumber.parse("Số: 36 /KH-UBND")).isEqualTo(DocumentNumber.of(36, "KH", "UBND"));
    assertThat(DocumentNumber.parse("SỐ 5/KH-UBND")).isEqualTo(DocumentNumber.of(5, "KH", "UBND"));
  }

  @Test
  void parse_withEnDash_foldsToHyphen() {
    assertThat(DocumentNumber.parse("36/KH–UBND")).isEqualTo(DocumentNumber.of(36, "KH", "UBND"));
  }

  @Test
  void parse_withLeadingZeros_keepsValue() {
    DocumentNumber n = DocumentNumber.parse("049/QĐ-BNV");
    assertThat(n.getNumber()).isEqualTo(49);
    assertThat(n.getDocumentType()).contains(DocumentType.DECISION);
    assertThat(n).hasToString("49/QĐ-BNV");
  }

  @Test
  void parse_normativeDocument_readsYear() {
    DocumentNumber n = DocumentNumber.parse("30/2020/NĐ-CP");
    assertThat(n.getYear()).hasValue(2020);
    assertThat(n.getDocumentType()).contains(DocumentType.DECREE);
    assertThat(n).hasToString("30/2020/NĐ-CP");
  }

  @Test
  void parse_numberWithLetter_keepsSuffix() {
    DocumentNumber n = DocumentNumber.parse("30c/NQ-CP");
    assertThat(n.getNumber()).isEqualTo(30);
    assertThat(n.getNumberSuffix()).contains("c");
    assertThat(n).hasToString("30c/NQ-CP");
  }

  @Test
  void parse_officialLetter_hasNoType() {
    DocumentNumber n = DocumentNumber.parse("125/UBND-NC");
    assertThat(n.getTypeAbbreviation()).isEmpty();
    assertThat(n.getIssuerAbbreviation()).isEqualTo("UBND-NC");
    assertThat(n).hasToString("125/UBND-NC");
  }

  @Test
  void parse_wrongCaseType_keepsItAsWritten() {
    DocumentNumber n = DocumentNumber.parse("12/Kh-UBND");
    assertThat(n.getTypeAbbreviation()).contains("Kh");
    assertThat(n.getDocumentType()).isEmpty();
  }

  @Test
  void parse_mixedCaseTypeFromTable_isRecognised() {
    assertThat(DocumentNumber.parse("07/QyĐ-UBND").getDocumentType()).contains(DocumentType.REGULATION);
    assertThat(DocumentNumber.parse("15/TTr-STP").getDocumentType()).contains(DocumentType.SUBMISSION);
  }

  @Test
  void parse_decomposedInput_isNormalisedToNfc() {
    String nfd = Normalizer.normalize("Số: 36/KH-UBND", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Số: 36/KH-UBND");
    assertThat(DocumentNumber.parse(nfd)).isEqualTo(DocumentNumber.of(36, "KH", "UBND"));
  }

  @Test
  void toString_belowTen_hasLeadingZero() {
    assertThat(DocumentNumber.of(5, "KH", "UBND")).hasToString("05/KH-UBND");
    assertThat(DocumentNumber.of(10, "KH", "UBND")).hasToString("10/KH-UBND");
  }

  @ParameterizedTest
  @CsvSource({"36/KH-UBND", "05/KH-UBND", "30/2020/NĐ-CP", "30c/NQ-CP", "125/UBND-NC", "3596/QĐ-UBND", "1/KH-BCĐ"})
  void toString_parsedBack_isEqual(String text) {
    DocumentNumber n = DocumentNumber.parse(text);
    assertThat(DocumentNumber.parse(n.toString())).isEqualTo(n);
  }

  @Test
  void parse_withoutSlash_saysSlashIsMissing() {
    assertThatThrownBy(() -> DocumentNumber.parse("36 KH-UBND"))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("no '/'")
        .satisfies(e -> assertThat(((MalformedInputException) e).getMessage(Locale.forLanguageTag("vi")))
            .contains("thiếu dấu '/'"));
  }

  @Test
  void parse_withoutNumber_saysNumberIsMissing() {
    assertThatThrownBy(() -> DocumentNumber.parse("/KH-UBND"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("no number");
  }

  @Test
  void parse_withoutIssuer_saysIssuerIsMissing() {
    assertThatThrownBy(() -> DocumentNumber.parse("36/KH-"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("no issuer abbreviation");
  }

  @Test
  void parse_empty_saysEmpty() {
    assertThatThrownBy(() -> DocumentNumber.parse("  "))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("empty");
  }

  @Test
  void parse_hugeNumber_saysTooLong() {
    assertThatThrownBy(() -> DocumentNumber.parse("12345678901234567890/KH-UBND"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("too long");
  }

  @Test
  void parse_hostileLongInput_quotesOnlyAPrefix() {
    String hostile = "x".repeat(100_000);
    assertThatThrownBy(() -> DocumentNumber.parse(hostile))
        .isInstanceOf(MalformedInputException.class)
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
  }

  @Test
  void parse_strayCharacters_isRejected() {
    assertThatThrownBy(() -> DocumentNumber.parse("36/KH_UBND!"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("not of the form");
  }

  @Test
  void builder_negativeNumber_isRejected() {
    assertThatThrownBy(() -> DocumentNumber.builder().number(-1).issuerAbbreviation("UBND").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_issuerWithSlash_isRejected() {
    assertThatThrownBy(() -> DocumentNumber.of(1, "KH", "UB/ND")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality_dependsOnEveryPart() {
    assertThat(DocumentNumber.of(36, "KH", "UBND")).isEqualTo(DocumentNumber.parse("36/KH-UBND"))
        .hasSameHashCodeAs(DocumentNumber.parse("36/KH-UBND"))
        .isNotEqualTo(DocumentNumber.of(37, "KH", "UBND"))
        .isNotEqualTo(DocumentNumber.of(36, "QĐ", "UBND"));
  }

  @Test
  void writtenForm_isKeptOutsideEquality() {
    DocumentNumber plain = DocumentNumber.parse("Số: 5 /KH-UBND");
    assertThat(plain.getWrittenForm()).contains("5 /KH-UBND");
    assertThat(plain.isWrittenWithoutLeadingZero()).isTrue();
    assertThat(DocumentNumber.parse("05/KH-UBND").isWrittenWithoutLeadingZero()).isFalse();
    assertThat(DocumentNumber.parse("12/KH-UBND").isWrittenWithoutLeadingZero()).isFalse();
    assertThat(DocumentNumber.of(5, "KH", "UBND").isWrittenWithoutLeadingZero()).isFalse();
    assertThat(plain).isEqualTo(DocumentNumber.of(5, "KH", "UBND")).hasToString("05/KH-UBND");
  }
}
