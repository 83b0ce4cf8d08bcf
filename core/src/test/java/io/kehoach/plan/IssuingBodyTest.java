package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuingBodyTest {

  @Test
  void superiorLine_isOptional() {
    assertThat(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC").getSuperiorBody()).isEmpty();
    IssuingBody b = IssuingBody.builder().name("VỤ CẢI CÁCH HÀNH CHÍNH").superiorBody("BỘ NỘI VỤ").build();
    assertThat(b.getSuperiorBody()).contains("BỘ NỘI VỤ");
  }
}
