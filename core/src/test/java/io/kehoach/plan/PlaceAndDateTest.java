package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlaceAndDateTest {

  @Test
  void parse_seedLine_returnsPlaceAndDate() {
    PlaceAndDate pd = PlaceAndDate.parse("Bình Phước, ngày 16 tháng 02 năm 2017");
    assertThat(pd.getPlace()).isEqualTo("Bình Phước");
    assertThat(pd.getDate()).isEqualTo(LocalDate.of(2017, 2, 16));
    assertThat(pd).hasToString("Bình Phước, ngày 16 tháng 02 năm 2017");
  }

  @Test
  void parse_lineBrokenAcrossLines_returnsPlaceAndDate() {
    PlaceAndDate pd = PlaceAndDate.parse("Sóc Trăng, ngày 21\n tháng 3 năm\n2017");
    assertThat(pd).isEqualTo(PlaceAndDate.of("Sóc Trăng", LocalDate.of(2017, 3, 21)));
    assertThat(pd).hasToString("Sóc Trăng, ngày 21 tháng 3 năm 2017");
  }

  @Test
  void parse_withoutPlace_isRejected() {
    assertThatThrownBy(() -> PlaceAndDate.parse("ngày 16 tháng 02 năm 2017"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("no place");
  }

  @Test
  void parse_withoutDate_isRejected() {
    assertThatThrownBy(() -> PlaceAndDate.parse("Bình Phước"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("no 'ngày'");
  }
}
