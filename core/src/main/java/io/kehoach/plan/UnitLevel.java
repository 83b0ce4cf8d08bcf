package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * The level of an administrative unit (cấp hành chính), such as {@link #PROVINCE} (tỉnh).
 *
 * @since 0.1
 */
public enum UnitLevel implements Vocabulary {
  /** Cả nước: the whole country. */
  NATIONAL("national", "Cả nước", "National"),
  /** Tỉnh, thành phố trực thuộc trung ương: a province or centrally governed city. */
  PROVINCE("province", "Cấp tỉnh", "Province"),
  /** Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished on 1 July 2025): a district. */
  DISTRICT("district", "Cấp huyện", "District"),
  /** Xã, phường, thị trấn, đặc khu: a commune. */
  COMMUNE("commune", "Cấp xã", "Commune");

  private final String code;
  private final LocalizedText label;

  UnitLevel(String code, String vi, String en) {
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
