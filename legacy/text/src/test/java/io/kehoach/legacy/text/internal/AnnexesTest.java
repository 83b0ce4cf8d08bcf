package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Money;
import org.junit.jupiter.api.Test;

class AnnexesTest {

  @Test
  void apply_oneTaskPerRow_groupedByLead_badValuesReported() {
    Work w = Works.found("PHỤ LỤC", "NHIỆM VỤ TUYÊN TRUYỀN", "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian | Kinh phí |",
        "|---|---|---|---|---|---|", "| 1 | Tuyên truyền trên báo | Sở Tư pháp | Báo Nghệ An | Quý II/2024 | 20.000.000 |",
        "| 2 | Hội nghị | Sở Tư pháp | | mùa xuân | không rõ |", "| 3 | Tờ gấp | Sở Nội vụ | - | Thường xuyên | - |");
    w.segments.annex = 0;
    Works.run(w, new Annexes());
    assertThat(w.draft.assignments).hasSize(2);
    assertThat(w.draft.assignments.get(0).getTasks()).hasSize(2);
    assertThat(w.draft.assignments.get(0).getTasks().get(0).getCost()).contains(Money.vnd(20_000_000));
    assertThat(w.draft.assignments.get(0).getTasks().get(0).getParticipants()).hasSize(1);
    assertThat(w.diagnostics).filteredOn(d -> d.getCode().equals("annex.value")).hasSize(2);
    assertThat(w.isClaimed(w.size() - 1)).isTrue();
  }
}
