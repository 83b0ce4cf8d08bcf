package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdministrativeProcedureTest {

  @Test
  void procedure_defaultsAndParts() {
    AdministrativeProcedure p = AdministrativeProcedure.of(ProcedureCode.parse("1.001612"),
        "Đăng ký thành lập doanh nghiệp tư nhân");
    assertThat(p.isOneStopShop()).isFalse();
    AdministrativeProcedure full = AdministrativeProcedure.builder().from(p).field("Thành lập và hoạt động doanh nghiệp")
        .level(ProcedureLevel.PROVINCIAL).oneStopShop(true).onlineServiceLevel(OnlineServiceLevel.FULL).build();
    assertThat(full.isOneStopShop()).isTrue();
    assertThat(full.getCode()).isEqualTo(p.getCode());
  }
}
