package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import org.junit.jupiter.api.Test;

class ImplementationTest {

  private static Work implementation(String... lines) {
    Work w = Works.found(lines);
    w.segments.bodyStart = 0;
    return Works.run(w, new Body());
  }

  @Test
  void apply_oneAssignmentPerTopItem_withCoordinationAndMonitoring() {
    Work w = implementation("IV. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Báo Hà Giang tổ chức tuyên truyền;"
        + " theo dõi, đôn đốc thực hiện Kế hoạch.", "2. Thủ trưởng các cơ quan, đơn vị:", "- Quán triệt Kế hoạch;",
        "- Bố trí kinh phí.", "3. UBND các xã, phường triển khai tại cơ sở.");
    assertThat(w.draft.assignments).hasSize(3);
    Assignment first = w.draft.assignments.get(0);
    assertThat(first.getBodyId()).isEqualTo("so-tu-phap");
    assertThat(first.getTasks().get(0).getParticipants()).extracting(p -> p.getBodyId() + ":" + p.getRole())
        .contains("so-noi-vu:" + AssignmentRole.COORDINATE, "bao-ha-giang:" + AssignmentRole.COORDINATE,
            "so-tu-phap:" + AssignmentRole.MONITOR);
    assertThat(w.draft.assignments.get(1).getTasks()).hasSize(2);
    assertThat(w.draft.bodies.all()).anyMatch(b -> b.getId().equals("cac-co-quan-don-vi") && b.getHeadTitle().isPresent());
    assertThat(w.draft.assignments.get(2).getBodyId()).isEqualTo("ubnd-cac-xa-phuong");
  }

  @Test
  void splitBody_separatesTheBodyFromItsTask() {
    assertThat(Implementation.splitBody("Sở Nội vụ có trách nhiệm theo dõi việc thực hiện."))
        .containsExactly("Sở Nội vụ", "Theo dõi việc thực hiện");
    assertThat(Implementation.splitBody("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh:")).containsExactly("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "");
  }
}
