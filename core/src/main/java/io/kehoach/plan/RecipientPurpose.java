package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * Why a recipient receives the plan (để làm gì), such as {@link #TO_ACT} (để thực hiện).
 *
 * @since 0.1
 */
public enum RecipientPurpose implements Vocabulary {
  /** Để thực hiện: to carry it out. */
  TO_ACT("to_act", "Để thực hiện", "To act"),
  /** Để biết: for information. */
  TO_KNOW("to_know", "Để biết", "For information"),
  /** Để báo cáo: as a report to a superior body. */
  TO_REPORT("to_report", "Để báo cáo", "To report"),
  /** Để chỉ đạo: for direction. */
  TO_DIRECT("to_direct", "Để chỉ đạo", "For direction"),
  /** Lưu: the archive copy (Lưu: VT, ...). */
  ARCHIVE("archive", "Lưu", "Archive");

  private final String code;
  private final LocalizedText label;

  RecipientPurpose(String code, String vi, String en) {
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
