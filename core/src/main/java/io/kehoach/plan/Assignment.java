package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a plan's implementation section gives one body or group of bodies to do: one numbered
 * paragraph of "Tổ chức thực hiện", such as "2. Sở Tư pháp" with its tasks.
 *
 * <p>The body is referred to by id; its role (by default {@link AssignmentRole#LEAD}) applies to
 * every task that names no lead of its own. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Assignment implements WithAssignment {
  Assignment() {}

  /** The identifier, unique in the plan, such as {@code "assignment-2"}. */
  @Identifier
  public abstract String getId();

  /** The id of the body or group addressed, among the plan's {@linkplain Plan#getBodies() bodies}. */
  @Identifier
  public abstract String getBodyId();

  /** The body's role in this assignment's tasks. */
  @Value.Default
  public AssignmentRole getRole() {
    return AssignmentRole.LEAD;
  }

  /** The paragraph as written, when kept. */
  public abstract Optional<@PlainText(multiline = true) @Size(max = Limits.TEXT) String> getText();

  /** The tasks, in document order. */
  public abstract List<@Valid Task> getTasks();

  @Value.Check
  Assignment normalize() {
    if (Text.isNfc(getId(), getBodyId()) && Text.isNfc(getText())) {
      return this;
    }
    return ImmutableAssignment.copyOf(this).withId(Text.nfc(getId())).withBodyId(Text.nfc(getBodyId()))
        .withText(Text.nfc(getText()));
  }

  /**
   * The ids of the bodies that lead {@code task}: those the task names as lead, or else this
   * assignment's body when its role is lead. A well-formed plan has exactly one.
   */
  public List<String> leadsOf(Task task) {
    List<String> named = task.bodyIds(AssignmentRole.LEAD);
    if (!named.isEmpty() || getRole() != AssignmentRole.LEAD) {
      return named;
    }
    return List.of(getBodyId());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assignment}. */
  public static final class Builder extends ImmutableAssignment.Builder {}
}
