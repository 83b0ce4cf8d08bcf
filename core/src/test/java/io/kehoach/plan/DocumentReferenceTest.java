package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentReferenceTest {

  @Test
  void citationAlways_partsWhenKnown() {
    DocumentReference r = DocumentReference.builder()
        .citation("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính")
        .number(DocumentNumber.parse("63/2010/NĐ-CP")).documentType(DocumentType.DECREE)
        .issueDate(LocalDate.of(2010, 6, 8)).issuer("Chính phủ").subject("về kiểm soát thủ tục hành chính").build();
    assertThat(r.getNumber().get().getYear()).hasValue(2010);
    assertThat(DocumentReference.of("Chương trình tổng thể CCHC 2011-2020").getNumber()).isEmpty();
  }
}
