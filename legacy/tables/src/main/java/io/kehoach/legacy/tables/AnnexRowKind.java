package io.kehoach.legacy.tables;

import io.kehoach.LocalizedText;
import io.kehoach.plan.Vocabulary;

/**
 * What a row of an annex table below the header is, such as {@link #TASK}.
 *
 * @since 0.1
 */
public enum AnnexRowKind implements Vocabulary {
  /** A task: it has a description (or continues the one above) and becomes one {@code Task}. */
  TASK("task", "Nhiệm vụ", "Task"),
  /**
   * A heading that groups the tasks below it ("II | Nhiệm vụ truyền thông trên báo chí"): a Roman
   * numeral or a capital letter in STT, or text in capitals with no STT, and nothing but the text.
   */
  HEADING("heading", "Đề mục", "Heading"),
  /** A total row ("Tổng cộng" with the sum of the costs). */
  TOTAL("total", "Tổng cộng", "Total"),
  /** A row that is none of the others (no description and nothing to continue); kept as text. */
  NOTE("note", "Ghi chú", "Note");

  private final String code;
  private final LocalizedText label;

  AnnexRowKind(String code, String vi, String en) {
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
