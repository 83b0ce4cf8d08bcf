package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.internal.Text;
import org.immutables.value.Value;

/**
 * A body's part in one task: {@code so-tu-phap} leads ({@link AssignmentRole#LEAD}),
 * {@code bao-binh-phuoc} coordinates.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class TaskParticipant {
  TaskParticipant() {}

  /** The id of the body among the plan's {@linkplain Plan#getBodies() bodies}. */
  @Value.Parameter
  @Identifier
  public abstract String getBodyId();

  /** Its role in the task. */
  @Value.Parameter
  public abstract AssignmentRole getRole();

  @Value.Check
  TaskParticipant normalize() {
    return Text.isNfc(getBodyId()) ? this : ImmutableTaskParticipant.of(Text.nfc(getBodyId()), getRole());
  }

  /** A body in a role. */
  public static TaskParticipant of(String bodyId, AssignmentRole role) {
    return ImmutableTaskParticipant.of(bodyId, role);
  }

  /** A body that leads the task. */
  public static TaskParticipant lead(String bodyId) {
    return of(bodyId, AssignmentRole.LEAD);
  }

  /** A body that coordinates. */
  public static TaskParticipant coordinate(String bodyId) {
    return of(bodyId, AssignmentRole.COORDINATE);
  }

  @Override
  public String toString() {
    return getRole().getCode() + ":" + getBodyId();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskParticipant}. */
  public static final class Builder extends ImmutableTaskParticipant.Builder {}
}
