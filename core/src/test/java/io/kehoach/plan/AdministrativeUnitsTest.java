package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdministrativeUnitsTest {

  private static final LocalDate Y2017 = LocalDate.of(2017, 2, 16);
  private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

  @Test
  void counts_63Before_34After() {
    assertThat(AdministrativeUnits.provincesBeforeReform()).hasSize(63);
    assertThat(AdministrativeUnits.provincesAfterReform()).hasSize(34);
  }

  @Test
  void codes_areUniqueWithinEachEra() {
    for (var list : new java.util.List<?>[] {AdministrativeUnits.provincesBeforeReform(),
        AdministrativeUnits.provincesAfterReform()}) {
      Set<String> codes = new HashSet<>();
      for (Object o : list) {
        assertThat(codes.add(((AdministrativeUnit) o).getCode().get())).isTrue();
      }
    }
  }

  @Test
  void confirmedMergers_mapToSuccessor() {
    assertThat(successorName("Bình Phước")).isEqualTo("Đồng Nai");
    assertThat(successorName("Sóc Trăng")).isEqualTo("Cần Thơ");
    assertThat(successorName("Hậu Giang")).isEqualTo("Cần Thơ");
    assertThat(successorName("Phú Yên")).isEqualTo("Đắk Lắk");
    assertThat(AdministrativeUnits.province("75", Y2026).get().getName()).isEqualTo("Đồng Nai");
  }

  @Test
  void everyOldProvince_hasASuccessorAmongTheNew() {
    Set<String> successors = new HashSet<>();
    for (AdministrativeUnit u : AdministrativeUnits.provincesBeforeReform()) {
      AdministrativeUnit s = AdministrativeUnits.successor(u).orElseThrow();
      assertThat(s.isValidOn(AdministrativeUnits.REFORM_DATE)).isTrue();
      successors.add(s.getCode().get());
    }
    assertThat(successors).hasSize(34);
  }

  @Test
  void codeValidity_dependsOnDate() {
    assertThat(AdministrativeUnits.province("15", Y2017).get().getName()).isEqualTo("Yên Bái");
    assertThat(AdministrativeUnits.province("15", Y2026).get().getName()).isEqualTo("Lào Cai");
    assertThat(AdministrativeUnits.province("70", Y2026)).isEmpty();
    AdministrativeUnit binhPhuoc = AdministrativeUnits.province("70", Y2017).get();
    assertThat(binhPhuoc.isValidOn(Y2017)).isTrue();
    assertThat(binhPhuoc.isValidOn(Y2026)).isFalse();
  }

  @Test
  void provinceNamed_toleratesPrefixCaseAndMarks() {
    assertThat(AdministrativeUnits.provinceNamed("tỉnh Bình Phước", Y2017).get().getCode()).contains("70");
    assertThat(AdministrativeUnits.provinceNamed("BÌNH PHƯỚC", Y2017).get().getCode()).contains("70");
    assertThat(AdministrativeUnits.provinceNamed("TP. Hồ Chí Minh", Y2017).get().getCode()).contains("79");
    assertThat(AdministrativeUnits.provinceNamed("Thành phố Huế", Y2026).get().getCode()).contains("46");
    assertThat(AdministrativeUnits.provinceNamed("Dak Lak", Y2026).get().getCode()).contains("66");
    assertThat(AdministrativeUnits.provinceNamed("Bình Phước", Y2026)).isEmpty();
  }

  private static String successorName(String name) {
    AdministrativeUnit u = AdministrativeUnits.provinceNamed(name, Y2017).orElseThrow();
    return AdministrativeUnits.successor(u).orElseThrow().getName();
  }
}
