package io.kehoach.legacy.encoding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyllablesTest {

  @Test
  void wellFormedSyllables_areAccepted_inBothTonePlacements() {
    for (String w : ("Kế hoạch truyền thông kiểm soát thủ tục hành chính Bình Phước quốc gia giữa "
        + "nghiệp người được những của địa quyết khuyến gì gìn hoà hòa thuỷ thủy đầu xây khuya yểng "
        + "ĐƯỜNG NGHĨA VIỆT").split(" ")) {
      assertThat(Syllables.isSyllable(w)).as(w).isTrue();
    }
  }

  @Test
  void malformedWords_areRejected() {
    for (String w : ("céng hoµ héi chñ nghÜa ViÖt Vieọt cề ghá ngè quu tiết̀ áà mưà ngaỳ "
        + "tôt viêt vìêt xyz").split(" ")) {
      assertThat(Syllables.isSyllable(w)).as(w).isFalse();
    }
  }
}
