package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdministrativeUnitTest {

  @Test
  void unitWithoutDates_isAlwaysValid() {
    AdministrativeUnit u = AdministrativeUnit.of("Xã Sơn Hội", UnitLevel.COMMUNE);
    assertThat(u.isValidOn(LocalDate.of(1990, 1, 1))).isTrue();
  }

  @Test
  void validity_isInclusive() {
    AdministrativeUnit u = AdministrativeUnit.builder().name("Bình Phước").level(UnitLevel.PROVINCE).code("70")
        .validUntil(LocalDate.of(2025, 6, 30)).build();
    assertThat(u.isValidOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(u.isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
  }
}
