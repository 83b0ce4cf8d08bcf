package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * How often a report is due (định kỳ báo cáo), such as {@link #SIX_MONTHLY} (6 tháng).
 *
 * @since 0.1
 */
public enum ReportingFrequency implements Vocabulary {
  /** Hằng tháng: every month. */
  MONTHLY("monthly", "Hằng tháng", "Monthly"),
  /** Hằng quý: every quarter. */
  QUARTERLY("quarterly", "Hằng quý", "Quarterly"),
  /** 6 tháng: every half year. */
  SIX_MONTHLY("six_monthly", "6 tháng", "Six-monthly"),
  /** Hằng năm: every year. */
  YEARLY("yearly", "Hằng năm", "Yearly"),
  /** Một lần: once, on a date. */
  ONCE("once", "Một lần", "Once"),
  /** Đột xuất: when asked, with no date that can be computed. */
  AD_HOC("ad_hoc", "Đột xuất", "Ad hoc");

  /**
   * The number of months in one period of this frequency (1, 3, 6 or 12), or 0 for
   * {@link #ONCE} and {@link #AD_HOC}.
   */
  public int months() {
    switch (this) {
      case MONTHLY:
        return 1;
      case QUARTERLY:
        return 3;
      case SIX_MONTHLY:
        return 6;
      case YEARLY:
        return 12;
      default:
        return 0;
    }
  }

  /** Whether due dates recur in periods of this frequency (monthly to yearly). */
  public boolean isPeriodic() {
    return months() > 0;
  }

  private final String code;
  private final LocalizedText label;

  ReportingFrequency(String code, String vi, String en) {
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
