package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetTest {

  @Test
  void sumOfLines_addsVnd() {
    Budget b = Budget.builder()
        .addLine(BudgetLine.of("l1", "In pa nô", Money.vnd(150_000_000)))
        .addLine(BudgetLine.of("l2", "Tập huấn", Money.vnd(50_000_000)))
        .total(Money.vnd(200_000_000))
        .build();
    assertThat(b.sumOfLines()).contains(Money.vnd(200_000_000));
    assertThat(b.sumOfLines()).isEqualTo(b.getTotal());
  }

  @Test
  void sumOfLines_emptyWhenNoLinesOrForeignCurrency() {
    assertThat(Budget.builder().build().sumOfLines()).isEmpty();
    assertThat(Budget.builder().addLine(BudgetLine.of("l", "x", Money.of(BigDecimal.TEN, "USD"))).build().sumOfLines())
        .isEmpty();
  }

  @Test
  void approvalChain_bodiesAtStage() {
    Budget b = Budget.builder()
        .addApprovalChain(ApprovalStep.of(BudgetStage.ESTIMATE, "stp"))
        .addApprovalChain(ApprovalStep.of(BudgetStage.APPRAISE, "stc"))
        .addApprovalChain(ApprovalStep.of(BudgetStage.DECIDE, "ubnd"))
        .addApprovalChain(ApprovalStep.of(BudgetStage.ALLOCATE, "stc"))
        .addSource(FundingSource.PROVINCIAL_BUDGET)
        .build();
    assertThat(b.bodiesAt(BudgetStage.APPRAISE)).containsExactly("stc");
    assertThat(b.bodiesAt(BudgetStage.DECIDE)).containsExactly("ubnd");
    assertThat(b.getSources()).containsExactly(FundingSource.PROVINCIAL_BUDGET);
  }
}
