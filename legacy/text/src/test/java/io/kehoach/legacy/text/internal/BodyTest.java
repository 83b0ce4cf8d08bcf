package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTest {

  private static Work body(String... lines) {
    Work w = Works.found(lines);
    w.segments.bodyStart = 0;
    return Works.run(w, new Body());
  }

  @Test
  void apply_itemsPerMarker_whateverTheMarker_subItemsJoined() {
    Work w = body("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Nâng cao nhận thức của cán bộ;", "+ cấp tỉnh;", "+ cấp xã;",
        "• Tạo đồng thuận xã hội.", "2. Yêu cầu", "a) Thường xuyên, liên tục;", "b) Thiết thực", "và hiệu quả.",
        "II. NỘI DUNG", "(1) Thủ tục hành chính;", "(2) Cơ chế một cửa.");
    assertThat(w.draft.objectives).hasSize(2);
    assertThat(w.draft.objectives.get(0).getStatement()).isEqualTo("Nâng cao nhận thức của cán bộ; cấp tỉnh; cấp xã");
    assertThat(w.draft.requirements).hasSize(2);
    assertThat(w.draft.requirements.get(1).getStatement()).isEqualTo("Thiết thực và hiệu quả");
    assertThat(w.draft.contents).hasSize(2);
  }

  @Test
  void apply_stopsAtTheClosing() {
    Work w = body("II. NỘI DUNG", "- Tuyên truyền.", "Nơi nhận:", "- Như trên;");
    assertThat(w.segments.closing).isEqualTo(Works.indexOf(w, "Nơi nhận:"));
    assertThat(w.isClaimed(w.segments.closing)).isFalse();
  }

  @Test
  void apply_aSignatureWithoutMarker_endsTheBody() {
    Work w = body("II. NỘI DUNG", "- Tuyên truyền.", "GIÁM ĐỐC", "", "Nguyễn Văn An");
    assertThat(w.segments.closing).isEqualTo(Works.indexOf(w, "GIÁM ĐỐC"));
  }

  @Test
  void apply_textBeforeAnySection_isKeptUnclassified() {
    Work w = body("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH", "- Nâng cao nhận thức.");
    assertThat(w.draft.unclassified).hasSize(1);
    assertThat(w.draft.unclassifiedLines).containsExactly(0);
  }

  @Test
  void heading_numberedOrNot_anyCase() {
    assertThat(Section.of(Line.of(1, "IV. TỔ CHỨC THỰC HIỆN"))).isEqualTo(Section.IMPLEMENTATION);
    assertThat(Section.of(Line.of(1, "3. Kinh phí thực hiện:"))).isEqualTo(Section.BUDGET);
    assertThat(Section.of(Line.of(1, "Chế độ báo cáo"))).isEqualTo(Section.REPORTING);
    assertThat(Section.of(Line.of(1, "b) Chế độ báo cáo: Các cơ quan gửi báo cáo trước ngày 15 tháng cuối quý về UBND tỉnh.")))
        .isEqualTo(Section.REPORTING);
    assertThat(Section.of(Line.of(1, "- Nội dung tuyên truyền;"))).isNull();
    assertThat(Section.of(Line.of(1, "Nội dung tuyên truyền phải bảo đảm chính xác, kịp thời, phù hợp với từng đối tượng cụ thể"))).isNull();
  }
}
