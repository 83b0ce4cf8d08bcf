package io.kehoach.plan;

import io.kehoach.LocalizedText;

/**
 * The part a body plays in a task (vai trò), such as {@link #LEAD} (chủ trì).
 *
 * @since 0.1
 */
public enum AssignmentRole implements Vocabulary {
  /** Chủ trì: leads the task and answers for it. */
  LEAD("lead", "Chủ trì", "Lead"),
  /** Phối hợp: coordinates with, or supports, the lead. */
  COORDINATE("coordinate", "Phối hợp", "Coordinate"),
  /** Theo dõi, đôn đốc, kiểm tra: monitors the task. */
  MONITOR("monitor", "Theo dõi, đôn đốc", "Monitor");

  private final String code;
  private final LocalizedText label;

  AssignmentRole(String code, String vi, String en) {
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
