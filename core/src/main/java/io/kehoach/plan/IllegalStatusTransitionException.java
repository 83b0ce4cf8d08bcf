package io.kehoach.plan;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;

/**
 * A plan asked to move to a status that its current status does not allow, such as from
 * {@link PlanStatus#DRAFT} straight to {@link PlanStatus#ISSUED}.
 *
 * @since 0.1
 */
public class IllegalStatusTransitionException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final PlanStatus from;
  private final PlanStatus to;

  /**
   * Creates an exception.
   *
   * @param from the current status, not null
   * @param to the requested status, not null
   */
  public IllegalStatusTransitionException(PlanStatus from, PlanStatus to) {
    super(LocalizedText.of(
        "Không thể chuyển kế hoạch từ trạng thái '" + from.getLabel().vi() + "' sang '" + to.getLabel().vi() + "'",
        "A plan cannot move from status '" + from.getCode() + "' to '" + to.getCode() + "'"), null);
    this.from = from;
    this.to = to;
  }

  /** The current status. */
  public PlanStatus getFrom() {
    return from;
  }

  /** The requested status. */
  public PlanStatus getTo() {
    return to;
  }
}
