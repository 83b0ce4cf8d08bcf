package io.kehoach.validation;

import io.kehoach.LocalizedText;
import io.kehoach.plan.Vocabulary;

/**
 * How serious a finding is, such as {@link #ERROR} (lỗi). A plan is valid when no finding is an
 * error.
 *
 * @since 0.1
 */
public enum Severity implements Vocabulary {
  /** Lỗi: the plan is not valid. */
  ERROR("error", "Lỗi", "Error"),
  /** Cảnh báo: probably wrong; the plan stays valid. */
  WARNING("warning", "Cảnh báo", "Warning"),
  /** Thông tin: worth knowing. */
  INFO("info", "Thông tin", "Information");

  private final String code;
  private final LocalizedText label;

  Severity(String code, String vi, String en) {
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
