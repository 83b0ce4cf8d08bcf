package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.FundingSource;
import io.kehoach.plan.Money;
import org.junit.jupiter.api.Test;

class BudgetClausesTest {

  private static Budget budget(String text) {
    Work w = Works.of(text);
    BudgetClauses.recognise(w, new Item(9, 0, text));
    return w.draft.budget.text(text).build();
  }

  @Test
  void recognise_aTotalWithItsParts() {
    Budget b = budget("Tổng kinh phí: 300 triệu đồng, trong đó ngân sách tỉnh 200 triệu đồng, ngân sách huyện 100 triệu đồng.");
    assertThat(b.getTotal()).contains(Money.vnd(300_000_000));
    assertThat(b.getLines()).hasSize(2);
    assertThat(b.getSources()).contains(FundingSource.PROVINCIAL_BUDGET, FundingSource.DISTRICT_BUDGET);
  }

  @Test
  void recognise_noAmount_keepsTheSourceOnly() {
    Budget b = budget("Kinh phí thực hiện từ nguồn ngân sách được giao trong dự toán của các cơ quan, đơn vị.");
    assertThat(b.getTotal()).isEmpty();
    assertThat(b.getLines()).isEmpty();
  }

  @Test
  void recognise_theApprovalChain() {
    Budget b = budget("Giao Sở Nội vụ lập dự toán kinh phí, gửi Sở Tài chính thẩm định, trình UBND tỉnh phê duyệt.");
    assertThat(b.bodiesAt(BudgetStage.ESTIMATE)).containsExactly("so-noi-vu");
    assertThat(b.bodiesAt(BudgetStage.APPRAISE)).containsExactly("so-tai-chinh");
    assertThat(b.bodiesAt(BudgetStage.DECIDE)).containsExactly("ubnd-tinh");
  }
}
