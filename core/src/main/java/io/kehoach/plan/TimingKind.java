package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * The shape of a task's timing (thời gian thực hiện), such as {@link #QUARTER} (Quý II/2024).
 *
 * @since 0.1
 */
public enum TimingKind implements Vocabulary {
  /** Thường xuyên: ongoing, with no dates. */
  ONGOING("ongoing", "Thường xuyên", "Ongoing"),
  /** Một ngày: by or on one date. */
  DATE("date", "Ngày", "Date"),
  /** Một tháng: within one month. */
  MONTH("month", "Tháng", "Month"),
  /** Một quý: within one quarter. */
  QUARTER("quarter", "Quý", "Quarter"),
  /** Một năm: within one year. */
  YEAR("year", "Năm", "Year"),
  /** Từ ngày đến ngày: a range of dates. */
  RANGE("range", "Khoảng thời gian", "Date range");

  private final String code;
  private final LocalizedText label;

  TimingKind(String code, String vi, String en) {
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
