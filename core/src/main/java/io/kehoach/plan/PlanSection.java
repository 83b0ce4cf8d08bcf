package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * A part of a plan document, used to place text that an importer kept but did not
 * understand, such as {@link #CONTENT} (nội dung).
 *
 * @since 0.1
 */
public enum PlanSection implements Vocabulary {
  /** Phần đầu: header, number, date and title. */
  HEADER("header", "Phần đầu", "Header"),
  /** Căn cứ: legal basis. */
  LEGAL_BASIS("legal_basis", "Căn cứ", "Legal basis"),
  /** Mục đích: purposes. */
  PURPOSES("purposes", "Mục đích", "Purposes"),
  /** Yêu cầu: requirements. */
  REQUIREMENTS("requirements", "Yêu cầu", "Requirements"),
  /** Nội dung: content. */
  CONTENT("content", "Nội dung", "Content"),
  /** Hình thức: channels. */
  CHANNELS("channels", "Hình thức", "Channels"),
  /** Tổ chức thực hiện: implementation. */
  IMPLEMENTATION("implementation", "Tổ chức thực hiện", "Implementation"),
  /** Kinh phí: budget. */
  BUDGET("budget", "Kinh phí", "Budget"),
  /** Chế độ báo cáo: reporting. */
  REPORTING("reporting", "Chế độ báo cáo", "Reporting"),
  /** Đoạn kết: closing paragraph. */
  CLOSING("closing", "Đoạn kết", "Closing"),
  /** Nơi nhận: recipients. */
  RECIPIENTS("recipients", "Nơi nhận", "Recipients"),
  /** Chữ ký: signature. */
  SIGNATURE("signature", "Chữ ký", "Signature"),
  /** Phụ lục: annexes. */
  ANNEXES("annexes", "Phụ lục", "Annexes");

  private final String code;
  private final LocalizedText label;

  PlanSection(String code, String vi, String en) {
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
