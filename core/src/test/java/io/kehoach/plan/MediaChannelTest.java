package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaChannelTest {

  @Test
  void oneParagraph_manyKindsAndOutlets() {
    MediaChannel c = MediaChannel.builder().id("c1")
        .addKinds(ChannelKind.BROADCAST, ChannelKind.PRINT_PRESS, ChannelKind.PORTAL)
        .addOutlet(Outlet.of("Báo Bình Phước", ChannelKind.PRINT_PRESS))
        .description("Thông qua các phương tiện thông tin đại chúng")
        .build();
    assertThat(c.getKinds()).containsExactly(ChannelKind.BROADCAST, ChannelKind.PRINT_PRESS, ChannelKind.PORTAL);
    assertThat(c.getOutlets()).extracting(Outlet::getName).containsExactly("Báo Bình Phước");
    assertThat(MediaChannel.of("c2", ChannelKind.HOTLINE).getKinds()).containsExactly(ChannelKind.HOTLINE);
  }

  @Test
  void kinds_haveNoDuplicates() {
    MediaChannel c = MediaChannel.builder().id("c").addKind(ChannelKind.LEAFLET).addKind(ChannelKind.LEAFLET).build();
    assertThat(c.getKinds()).hasSize(1);
  }
}
