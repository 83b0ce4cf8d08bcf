package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletTest {

  @Test
  void outlet_mayReferToABody() {
    Outlet o = Outlet.builder().name("Báo Bình Phước").kind(ChannelKind.PRINT_PRESS).bodyId("bao-binh-phuoc").build();
    assertThat(o.getBodyId()).contains("bao-binh-phuoc");
    assertThat(o).isNotEqualTo(Outlet.of("Báo Bình Phước", ChannelKind.PRINT_PRESS));
  }
}
