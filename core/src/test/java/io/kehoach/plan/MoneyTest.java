package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "150.000.000 đồng | 150000000",
    "150.000.000đ | 150000000",
    "150.000.000 VNĐ | 150000000",
    "150,000,000 VND | 150000000",
    "150 triệu đồng | 150000000",
    "1,5 tỷ đồng | 1500000000",
    "1.5 tỷ | 1500000000",
    "200 nghìn đồng | 200000",
    "2.500 | 2500",
    "0 đồng | 0"
  })
  void parse_documentForms_returnsVnd(String text, long expected) {
    Money m = Money.parse(text);
    assertThat(m.getCurrency()).isEqualTo("VND");
    assertThat(m.toVnd()).isEqualTo(expected);
    assertThat(m.isWholeVnd()).isTrue();
  }

  @Test
  void toString_groupsThousandsWithDots() {
    assertThat(Money.vnd(150_000_000)).hasToString("150.000.000 đồng");
    assertThat(Money.vnd(999)).hasToString("999 đồng");
    assertThat(Money.vnd(-1_000)).hasToString("-1.000 đồng");
  }

  @Test
  void toString_parsedBack_isEqual() {
    for (Money m : new Money[] {Money.vnd(150_000_000), Money.vnd(0), Money.vnd(-25_000),
        Money.of(new BigDecimal("1234.5"), "USD")}) {
      assertThat(Money.parse(m.toString())).isEqualTo(m);
    }
  }

  @Test
  void equality_ignoresScale() {
    assertThat(Money.of(new BigDecimal("150000000.00"), "VND")).isEqualTo(Money.vnd(150_000_000));
    assertThat(Money.of(new BigDecimal("1.5E+8"), "VND")).isEqualTo(Money.vnd(150_000_000));
  }

  @Test
  void fraction_isHeldButNotWholeVnd() {
    Money m = Money.of(new BigDecimal("10.5"), "VND");
    assertThat(m.isWholeVnd()).isFalse();
    assertThatThrownBy(m::toVnd).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void otherCurrency_isHeld() {
    Money m = Money.parse("1.000 USD");
    assertThat(m.getCurrency()).isEqualTo("USD");
    assertThat(m.isWholeVnd()).isFalse();
    assertThatThrownBy(m::toVnd).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void plus_addsSameCurrency_rejectsOther() {
    assertThat(Money.vnd(100).plus(Money.vnd(50))).isEqualTo(Money.vnd(150));
    assertThatThrownBy(() -> Money.vnd(1).plus(Money.parse("1 USD"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_misplacedSeparators_isRejected() {
    assertThatThrownBy(() -> Money.parse("1.50.000 đồng")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("separators");
  }

  @Test
  void parse_words_isRejected() {
    assertThatThrownBy(() -> Money.parse("một trăm triệu đồng")).isInstanceOf(MalformedInputException.class);
    assertThatThrownBy(() -> Money.parse("")).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void of_badCurrency_isRejected() {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "ĐỒNG")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Issue 16, defect 2: the size of a number, not its characters, bounds it; checked before any arithmetic. */
  @Test
  void amountsBeyondTheBounds_areRefused_atOnce_whateverTheirForm() {
    for (String n : new String[] {"1e1000000", "-1e999999999", "1e-999999999", "1e24", "0.0000001"}) {
      assertThatThrownBy(() -> Money.of(new BigDecimal(n), "VND")).as(n)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24 digits before the decimal point and 6 after it");
    }
    assertThat(Money.of(new BigDecimal("999999999999999999999999.999999"), "USD")
        .getAmount().toPlainString()).isEqualTo("999999999999999999999999.999999");
    assertThat(Money.of(new BigDecimal("1.50000000000000000000"), "USD").getAmount())
        .isEqualByComparingTo("1.5");
    assertThatThrownBy(() -> Money.parse("1" + "0".repeat(20) + " tỷ đồng"))
        .isInstanceOf(MalformedInputException.class).hasMessageContaining("too large an amount");
    assertThatThrownBy(() -> MeasurableTarget.builder().indicator("SIPAS")
        .targetValue(new BigDecimal("1e1000000")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A target value has at most 24 digits");
  }
}
