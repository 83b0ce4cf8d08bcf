package io.kehoach.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Money;
import io.kehoach.plan.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConstraintValidatorsTest {

  @Test
  void identifier() {
    assertThat(IdentifierValidator.isIdentifier("so-tu-phap")).isTrue();
    assertThat(IdentifierValidator.isIdentifier("task-2.1:a_b")).isTrue();
    assertThat(IdentifierValidator.isIdentifier("a".repeat(100))).isTrue();
    assertThat(IdentifierValidator.isIdentifier("a".repeat(101))).isFalse();
    assertThat(IdentifierValidator.isIdentifier("")).isFalse();
    assertThat(IdentifierValidator.isIdentifier("-x")).isFalse();
    assertThat(IdentifierValidator.isIdentifier("sở")).isFalse();
    assertThat(IdentifierValidator.isIdentifier("a b")).isFalse();
    assertThat(new IdentifierValidator().isValid(null, null)).isTrue();
  }

  @Test
  void plainText() {
    assertThat(PlainTextValidator.firstBadIndex("Sở Tư pháp – “Dân hỏi”", false)).isEqualTo(-1);
    assertThat(PlainTextValidator.firstBadIndex("a\nb", false)).isEqualTo(1);
    assertThat(PlainTextValidator.firstBadIndex("a\nb\tc", true)).isEqualTo(-1);
    assertThat(PlainTextValidator.firstBadIndex("a\rb", true)).isEqualTo(1);
    assertThat(PlainTextValidator.firstBadIndex("ab\u202E", false)).isEqualTo(2);
    assertThat(PlainTextValidator.firstBadIndex("ab\u2067", false)).isEqualTo(2);
    assertThat(PlainTextValidator.firstBadIndex("\uFFFD", false)).isZero();
    assertThat(PlainTextValidator.firstBadIndex("\u0085", true)).isZero();
  }

  @Test
  void singleScript() {
    assertThat(SingleScriptValidator.isSingleScript("Nguyễn Văn Trâm")).isTrue();
    assertThat(SingleScriptValidator.isSingleScript("Sở Tư pháp, Báo Bình Phước (2017)")).isTrue();
    assertThat(SingleScriptValidator.isSingleScript("Москва")).isTrue();
    assertThat(SingleScriptValidator.isSingleScript("Nguyễn Văn Trâm\u043E")).isFalse();
    assertThat(SingleScriptValidator.isSingleScript("Sở Tư phάp")).isFalse();
    assertThat(SingleScriptValidator.isSingleScript("")).isTrue();
  }

  @Test
  void wholeVndAndOrderedPeriod() {
    WholeVndValidator money = new WholeVndValidator();
    assertThat(money.isValid(Money.vnd(150_000_000), null)).isTrue();
    assertThat(money.isValid(Money.of(new BigDecimal("1.5"), "VND"), null)).isFalse();
    assertThat(money.isValid(Money.of(BigDecimal.ONE, "USD"), null)).isFalse();
    OrderedPeriodValidator period = new OrderedPeriodValidator();
    assertThat(period.isValid(Period.ofYear(2017), null)).isTrue();
    assertThat(period.isValid(Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1)), null)).isFalse();
  }

  @Test
  void pointers_escapeAndOrderNumerically() {
    assertThat(Engine.Findings.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Engine.Findings.comparePointers("/objectives/2", "/objectives/10")).isNegative();
    assertThat(Engine.Findings.comparePointers("/bodies", "/bodies/0")).isNegative();
    assertThat(Engine.Findings.comparePointers("", "/a")).isNegative();
  }
}
