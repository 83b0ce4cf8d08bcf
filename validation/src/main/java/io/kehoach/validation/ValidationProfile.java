package io.kehoach.validation;

import io.kehoach.LocalizedText;
import io.kehoach.plan.Vocabulary;

/**
 * Which rule set a plan is checked against, such as {@link #ISSUED}; each rule of the
 * {@linkplain RuleCatalogue catalogue} has a severity, or none, per profile.
 *
 * @since 0.1
 */
public enum ValidationProfile implements Vocabulary {
  /** Văn bản ban hành: the full official rule set, for a plan that is (to be) issued. */
  ISSUED("issued", "Văn bản ban hành", "Issued document"),
  /** Dự thảo: a plan being written; a missing number, date, signature or recipient list is fine. */
  DRAFT("draft", "Dự thảo", "Draft"),
  /** Dữ liệu nhập từ hệ thống cũ: legacy data; rules of form become warnings. */
  IMPORTED("imported", "Dữ liệu nhập từ hệ thống cũ", "Imported legacy data");

  private final String code;
  private final LocalizedText label;

  ValidationProfile(String code, String vi, String en) {
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
