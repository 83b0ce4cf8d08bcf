package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponsibleBodyTest {

  @Test
  void single_isNotAGroup() {
    ResponsibleBody b = ResponsibleBody.of("stp", "Sở Tư pháp", BodyKind.DEPARTMENT);
    assertThat(b.isGroup()).isFalse();
    assertThat(b.getMemberIds()).isEmpty();
  }

  @Test
  void group_withHeadTitle() {
    ResponsibleBody g = ResponsibleBody.builder().id("so-ban-nganh").name("Các sở, ban, ngành")
        .kind(BodyKind.DEPARTMENT).group(true).headTitle("Thủ trưởng").addMemberId("stp").build();
    assertThat(g.isGroup()).isTrue();
    assertThat(g.getHeadTitle()).contains("Thủ trưởng");
    assertThat(g.getMemberIds()).containsExactly("stp");
  }
}
