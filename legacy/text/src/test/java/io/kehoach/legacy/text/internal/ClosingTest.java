package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.SigningMarker;
import org.junit.jupiter.api.Test;

class ClosingTest {

  private static Work closing(String... lines) {
    Work w = Works.found(lines);
    w.segments.closing = 0;
    return Works.run(w, new Closing());
  }

  @Test
  void apply_aClosingTableFlattenedRowByRow() {
    Work w = closing("Nơi nhận: | TM. ỦY BAN NHÂN DÂN", "- Bộ Nội vụ; | KT. CHỦ TỊCH", "- Lưu: VT, NC. | PHÓ CHỦ TỊCH", "",
        "(Đã ký)", "", "Trần Văn Bình");
    assertThat(w.draft.recipients).extracting(r -> r.getName()).containsExactly("Bộ Nội vụ", "VT, NC");
    assertThat(w.draft.signature.getPosition()).isEqualTo("PHÓ CHỦ TỊCH");
    assertThat(w.draft.signature.getName()).isEqualTo("Trần Văn Bình");
    assertThat(w.draft.signature.getMarkers()).extracting(SigningMarker::toString).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
    assertThat(w.diagnostics).noneMatch(d -> d.getCode().equals("truncated"));
  }

  @Test
  void apply_recipientsAfterTheName_inAnInterleavedTable() {
    Work w = closing("Nơi nhận: | KT. GIÁM ĐỐC", "- Như trên; | PHÓ GIÁM ĐỐC", "- UBND tỉnh; | Lê Thị Hoa", "- Lưu: VT.");
    assertThat(w.draft.recipients).hasSize(3);
    assertThat(w.draft.signature.getName()).isEqualTo("Lê Thị Hoa");
  }

  @Test
  void apply_aPositionOverTwoLines_andAnUpperCaseName() {
    Work w = closing("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THƯỜNG TRỰC", "NGUYỄN VĂN AN");
    assertThat(w.draft.signature.getPosition()).isEqualTo("PHÓ CHỦ TỊCH THƯỜNG TRỰC");
    assertThat(w.draft.signature.getName()).isEqualTo("NGUYỄN VĂN AN");
  }

  @Test
  void apply_aTextThatStops_isTruncated() {
    Work w = closing("- Tuyên truyền trên");
    assertThat(w.diagnostics).anyMatch(d -> d.getCode().equals("truncated"));
  }

  @Test
  void marker_onlyForSigningAuthorities() {
    assertThat(Closing.marker("TM. ỦY BAN NHÂN DÂN")).isPresent();
    assertThat(Closing.marker("Tuyên truyền")).isEmpty();
    assertThat(Closing.marker("Q. GIÁM ĐỐC")).isPresent();
  }
}
