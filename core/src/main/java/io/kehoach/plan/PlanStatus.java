package io.kehoach.plan;

import io.kehoach.LocalizedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a plan stands in its life (trạng thái), such as {@link #ISSUED} (đã ban hành), and the
 * moves allowed from each state.
 *
 * <pre>
 * DRAFT ⇄ SUBMITTED → APPROVED → ISSUED → IN_PROGRESS → COMPLETED
 *            ↑____________|          |          |
 *                                    +----------+--→ SUPERSEDED
 * </pre>
 *
 * A submitted or approved plan can go back to draft for revision; an issued plan can be completed
 * without progress being tracked; an issued or running plan can be superseded by another.
 * {@link #COMPLETED} and {@link #SUPERSEDED} are final.
 *
 * @since 0.1
 */
public enum PlanStatus implements Vocabulary {
  /** Dự thảo: being written. */
  DRAFT("draft", "Dự thảo", "Draft"),
  /** Đã trình: submitted for approval. */
  SUBMITTED("submitted", "Đã trình", "Submitted"),
  /** Đã phê duyệt: approved, not yet issued. */
  APPROVED("approved", "Đã phê duyệt", "Approved"),
  /** Đã ban hành: issued, with a number and a date. */
  ISSUED("issued", "Đã ban hành", "Issued"),
  /** Đang thực hiện: being carried out. */
  IN_PROGRESS("in_progress", "Đang thực hiện", "In progress"),
  /** Đã hoàn thành: carried out. */
  COMPLETED("completed", "Đã hoàn thành", "Completed"),
  /** Đã được thay thế: replaced by another plan. */
  SUPERSEDED("superseded", "Đã được thay thế", "Superseded");

  private final String code;
  private final LocalizedText label;

  PlanStatus(String code, String vi, String en) {
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

  /** The states this one may move to; empty for a final state. */
  public Set<PlanStatus> allowedTransitions() {
    switch (this) {
      case DRAFT:
        return Collections.unmodifiableSet(EnumSet.of(SUBMITTED));
      case SUBMITTED:
        return Collections.unmodifiableSet(EnumSet.of(DRAFT, APPROVED));
      case APPROVED:
        return Collections.unmodifiableSet(EnumSet.of(DRAFT, ISSUED));
      case ISSUED:
        return Collections.unmodifiableSet(EnumSet.of(IN_PROGRESS, COMPLETED, SUPERSEDED));
      case IN_PROGRESS:
        return Collections.unmodifiableSet(EnumSet.of(COMPLETED, SUPERSEDED));
      default:
        return Collections.emptySet();
    }
  }

  /** Whether a plan in this state may move to {@code next}. */
  public boolean canTransitionTo(PlanStatus next) {
    return allowedTransitions().contains(next);
  }

  /** Whether no move is allowed from this state. */
  public boolean isFinal() {
    return allowedTransitions().isEmpty();
  }

  /** Whether a plan in this state has been issued (and so must carry a number and a date). */
  public boolean isIssued() {
    return compareTo(ISSUED) >= 0;
  }
}
