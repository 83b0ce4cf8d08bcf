package io.kehoach.legacy.tables;

import io.kehoach.LocalizedText;
import io.kehoach.plan.Vocabulary;

/**
 * What a column of an annex task table holds, such as {@link #LEAD} ("Cơ quan chủ trì"). The
 * labels are the headers {@link AnnexTableWriter} writes; {@link AnnexTableReader} also recognises
 * many other spellings.
 *
 * @since 0.1
 */
public enum AnnexField implements Vocabulary {
  /** STT: the row's number as written ({@code 1}, {@code 1.1}, {@code II}, {@code a)}). */
  NUMBER("number", "STT", "No."),
  /** Nội dung công việc: the task's description. Required. */
  CONTENT("content", "Nội dung công việc", "Task"),
  /** Cơ quan chủ trì: the body that leads the task (the assignment's body). Required. */
  LEAD("lead", "Cơ quan chủ trì", "Lead agency"),
  /** Cơ quan phối hợp: the bodies that coordinate, one or several. */
  COORDINATE("coordinate", "Cơ quan phối hợp", "Coordinating agencies"),
  /** Thời gian thực hiện: the task's timing. */
  TIMING("timing", "Thời gian thực hiện", "Timeline"),
  /** Sản phẩm: the expected outputs, one per line. */
  OUTPUT("output", "Sản phẩm", "Outputs"),
  /** Kinh phí: the estimated cost. */
  COST("cost", "Kinh phí", "Budget"),
  /** A column the reader does not know; its cells are kept in the rows of the import. */
  OTHER("other", "Khác", "Other");

  private final String code;
  private final LocalizedText label;

  AnnexField(String code, String vi, String en) {
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
