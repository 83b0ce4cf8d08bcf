package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * A step in the approval chain of a plan's budget, such as {@link #ESTIMATE} (lập dự toán).
 *
 * @since 0.1
 */
public enum BudgetStage implements Vocabulary {
  /** Lập dự toán, dự trù: draws up the estimate. */
  ESTIMATE("estimate", "Lập dự toán", "Estimate"),
  /** Thẩm định: appraises the estimate. */
  APPRAISE("appraise", "Thẩm định", "Appraise"),
  /** Quyết định, phê duyệt: decides on the budget. */
  DECIDE("decide", "Quyết định", "Decide"),
  /** Bố trí, cấp kinh phí: allocates the funds. */
  ALLOCATE("allocate", "Bố trí kinh phí", "Allocate");

  private final String code;
  private final LocalizedText label;

  BudgetStage(String code, String vi, String en) {
    this.code = code;
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String getCode() {
    return code;
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
