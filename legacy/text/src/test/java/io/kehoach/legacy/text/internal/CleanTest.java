package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTest {

  @Test
  void apply_portalMetadata_isKeptAsMetadataAndClaimed() {
    Work w = Works.run(Works.of("Số hiệu: 87/KH-UBND", "Ngày ban hành: 14-07-2021", "Nơi ban hành | Tỉnh Thái Bình"), new Clean());
    assertThat(w.metadata).containsEntry("so hieu", "87/KH-UBND").containsEntry("ngay ban hanh", "14-07-2021")
        .containsEntry("noi ban hanh", "Tỉnh Thái Bình");
    assertThat(w.chrome.cardinality()).isEqualTo(4);
  }

  @Test
  void apply_menusStampsAndPageNumbers_areChrome() {
    Work w = Works.run(Works.of("Trang chủ » Văn bản", "Xem với cỡ chữ", "(08:15 | 02/06/2022)", "Trang 2/5", "- 3 -",
        "Chia sẻ | In bài", "Nội dung tuyên truyền"), new Clean());
    for (int i = 0; i < w.size() - 1; i++) {
      assertThat(w.chrome.get(i)).as(w.line(i).text).isTrue();
    }
    assertThat(w.chrome.get(Works.indexOf(w, "Nội dung tuyên truyền"))).isFalse();
  }

  @Test
  void apply_relatedDocumentLists_areChrome() {
    Work w = Works.run(Works.of("- 1 Nghị định 92/2017/NĐ-CP về kiểm soát thủ tục hành chính", "- 2Thông tư 02/2017/TT-VPCP",
        "Văn bản liên quan", "Kế hoạch 12/KH-UBND năm 2020 về cải cách", "Quyết định 9/QĐ-UBND", "", "ỦY BAN NHÂN DÂN"), new Clean());
    assertThat(w.chrome.get(0)).isTrue();
    assertThat(w.chrome.get(1)).isTrue();
    assertThat(w.chrome.get(3)).isTrue();
    assertThat(w.chrome.get(4)).isTrue();
    assertThat(w.chrome.get(6)).as("an upper-case head line ends the list").isFalse();
  }

  @Test
  void apply_ordinaryPlanLines_areNotChrome() {
    Work w = Works.run(Works.of("- Chia sẻ thông tin trên mạng xã hội;", "Có chủ trương rõ ràng", "1. Mục đích",
        "- Tuyên truyền về thủ tục hành chính;"), new Clean());
    assertThat(w.chrome.isEmpty()).isTrue();
  }
}
