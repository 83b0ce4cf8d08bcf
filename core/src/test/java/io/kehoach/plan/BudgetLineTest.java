package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetLineTest {

  @Test
  void of_keepsAmountAndOptionalParts() {
    BudgetLine l = BudgetLine.builder().id("l1").description("In pa nô").amount(Money.parse("150 triệu đồng"))
        .source(FundingSource.PROVINCIAL_BUDGET).addTaskId("t1").build();
    assertThat(l.getAmount()).isEqualTo(Money.vnd(150_000_000));
    assertThat(l.getTaskIds()).containsExactly("t1");
    assertThat(l.withAmount(Money.vnd(1)).getAmount()).isEqualTo(Money.vnd(1));
  }
}
