package io.kehoach.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputLimitsTest {

  @Test
  void defaults_fitRealDocumentsWithAMargin() {
    InputLimits d = InputLimits.defaults();
    assertThat(d.getMaxBytes()).isEqualTo(16L << 20);
    assertThat(d.getMaxLines()).isEqualTo(200_000);
    assertThat(d.getMaxLineLength()).isEqualTo(100_000);
    assertThat(d.getMaxRows()).isEqualTo(100_000);
    assertThat(d.getMaxColumns()).isEqualTo(256);
    assertThat(d.getMaxDepth()).isEqualTo(32);
    assertThat(d.getMaxEmbeddedBytes()).isEqualTo(32L << 20);
  }

  @Test
  void builder_keepsTheDefaultsNotSet() {
    InputLimits l = InputLimits.builder().maxRows(5).build();
    assertThat(l.getMaxRows()).isEqualTo(5);
    assertThat(l.getMaxBytes()).isEqualTo(InputLimits.defaults().getMaxBytes());
  }

  @Test
  void build_withLimitsBelowOne_namesEveryWrongLimit() {
    assertThatThrownBy(() -> InputLimits.builder().maxBytes(0).maxRows(-1).maxDepth(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Input limits must be positive; got maxBytes 0, maxRows -1, maxDepth 2 (at least 4)");
  }
}
