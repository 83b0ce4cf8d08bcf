package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * Where the money of a plan comes from (nguồn kinh phí), such as
 * {@link #PROVINCIAL_BUDGET} (ngân sách tỉnh).
 *
 * @since 0.1
 */
public enum FundingSource implements Vocabulary {
  /** Ngân sách trung ương: the central budget. */
  CENTRAL_BUDGET("central_budget", "Ngân sách trung ương", "Central budget"),
  /** Ngân sách tỉnh: the provincial budget. */
  PROVINCIAL_BUDGET("provincial_budget", "Ngân sách tỉnh", "Provincial budget"),
  /** Ngân sách huyện: a district budget (until 1 July 2025). */
  DISTRICT_BUDGET("district_budget", "Ngân sách huyện", "District budget"),
  /** Ngân sách xã: a commune budget. */
  COMMUNE_BUDGET("commune_budget", "Ngân sách xã", "Commune budget"),
  /** Kinh phí được giao của cơ quan, đơn vị: the agency's own allocated budget. */
  AGENCY_BUDGET("agency_budget", "Kinh phí được giao của cơ quan, đơn vị", "Agency's allocated budget"),
  /** Lồng ghép từ các chương trình, đề án: integrated into other programmes' funding. */
  INTEGRATED("integrated", "Lồng ghép từ các chương trình khác", "Integrated from other programmes"),
  /** Xã hội hóa: socialised funding (contributions from outside the state budget). */
  SOCIALISED("socialised", "Xã hội hóa", "Socialised funding"),
  /** Nguồn hợp pháp khác: another lawful source. */
  OTHER("other", "Nguồn hợp pháp khác", "Other lawful source");

  private final String code;
  private final LocalizedText label;

  FundingSource(String code, String vi, String en) {
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
