package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * The level of government that handles an administrative procedure (cấp thực hiện),
 * such as {@link #PROVINCIAL} (cấp tỉnh).
 *
 * @since 0.1
 */
public enum ProcedureLevel implements Vocabulary {
  /** Cấp trung ương: central. */
  CENTRAL("central", "Cấp trung ương", "Central"),
  /** Cấp tỉnh: provincial. */
  PROVINCIAL("provincial", "Cấp tỉnh", "Provincial"),
  /** Cấp huyện: district (abolished on 1 July 2025). */
  DISTRICT("district", "Cấp huyện", "District"),
  /** Cấp xã: commune. */
  COMMUNE("commune", "Cấp xã", "Commune"),
  /** Cơ quan khác: another body (a public service unit, for example). */
  OTHER("other", "Cơ quan khác", "Other");

  private final String code;
  private final LocalizedText label;

  ProcedureLevel(String code, String vi, String en) {
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
