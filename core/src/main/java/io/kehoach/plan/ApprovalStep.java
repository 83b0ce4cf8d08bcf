package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.internal.Text;
import org.immutables.value.Value;

/**
 * One step of a budget's approval chain: which body does what, such as {@code so-tu-phap}
 * estimates ({@link BudgetStage#ESTIMATE}), {@code so-tai-chinh} appraises, {@code ubnd-tinh}
 * decides.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ApprovalStep {
  ApprovalStep() {}

  /** What the body does. */
  @Value.Parameter
  public abstract BudgetStage getStage();

  /** The id of the body among the plan's {@linkplain Plan#getBodies() bodies}. */
  @Value.Parameter
  @Identifier
  public abstract String getBodyId();

  @Value.Check
  ApprovalStep normalize() {
    return Text.isNfc(getBodyId()) ? this : ImmutableApprovalStep.of(getStage(), Text.nfc(getBodyId()));
  }

  /** A body at a stage. */
  public static ApprovalStep of(BudgetStage stage, String bodyId) {
    return ImmutableApprovalStep.of(stage, bodyId);
  }

  @Override
  public String toString() {
    return getStage().getCode() + ":" + getBodyId();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApprovalStep}. */
  public static final class Builder extends ImmutableApprovalStep.Builder {}
}
