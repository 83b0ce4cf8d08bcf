package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.DocumentReference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

  @Test
  void apply_readsEachBasisOverItsWrappedLines_andStopsAtTheFirstSection() {
    Work w = Works.found("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ", "về kiểm soát thủ tục hành chính;",
        "Thực hiện Quyết định số 1291/QĐ-TTg ngày 07/10/2019 của Thủ tướng Chính phủ;", "Xét đề nghị của Sở Nội vụ,",
        "I. MỤC ĐÍCH", "Căn cứ vào tình hình thực tế;");
    w.segments.bodyStart = 0;
    Works.run(w, new LegalBasis());
    List<DocumentReference> bases = w.draft.plan.subject("").issuer(io.kehoach.plan.IssuingBody.of("X")).build().getLegalBases();
    assertThat(bases).hasSize(2);
    assertThat(bases.get(0).getCitation()).endsWith("về kiểm soát thủ tục hành chính");
    assertThat(bases.get(1).getIssueDate()).contains(LocalDate.of(2019, 10, 7));
    assertThat(w.isClaimed(Works.indexOf(w, "Xét đề nghị của Sở Nội vụ,"))).isFalse();
    assertThat(w.isClaimed(Works.indexOf(w, "Căn cứ vào tình hình thực tế;"))).isFalse();
  }
}
