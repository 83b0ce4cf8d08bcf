package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.WholeVnd;
import io.kehoach.plan.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of work in a plan (nhiệm vụ), such as "Xây dựng chương trình cụ thể về thời lượng đưa
 * tin và phát sóng", with the bodies that take part and their roles, its timing, its expected
 * outputs, and the content items and channels it serves.
 *
 * <p>A task inside an {@link Assignment} is led by the assignment's body when that assignment's
 * role is {@link AssignmentRole#LEAD} and the task names no lead of its own; see
 * {@link Assignment#leadsOf(Task)}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Task implements WithTask {
  Task() {}

  /** The identifier, unique in the plan, such as {@code "task-2-1"}. */
  @Value.Parameter
  @Identifier
  public abstract String getId();

  /** What is to be done. */
  @Value.Parameter
  @NotBlank
  @PlainText(multiline = true)
  @Size(max = Limits.PARAGRAPH)
  public abstract String getDescription();

  /** The bodies named in the task with their roles (chủ trì, phối hợp, theo dõi). */
  public abstract List<@Valid TaskParticipant> getParticipants();

  /** When it is to be done. */
  public abstract Optional<Timing> getTiming();

  /** The expected outputs (sản phẩm), such as {@code "Chuyên mục CCHC trên Báo Bình Phước"}. */
  public abstract List<@NotBlank @PlainText String> getOutputs();

  /** The ids of the content items the task serves. */
  public abstract List<@Identifier String> getContentItemIds();

  /** The ids of the channels the task uses. */
  public abstract List<@Identifier String> getChannelIds();

  /** The estimated cost (kinh phí), when stated. */
  public abstract Optional<@WholeVnd Money> getCost();

  @Value.Check
  Task normalize() {
    if (Text.isNfc(getId(), getDescription()) && Text.allNfc(getOutputs()) && Text.allNfc(getContentItemIds())
        && Text.allNfc(getChannelIds())) {
      return this;
    }
    return ImmutableTask.copyOf(this).withId(Text.nfc(getId())).withDescription(Text.nfc(getDescription()))
        .withOutputs(Text.nfc(getOutputs())).withContentItemIds(Text.nfc(getContentItemIds()))
        .withChannelIds(Text.nfc(getChannelIds()));
  }

  /** The ids of the bodies named in the given role, in order. */
  public List<String> bodyIds(AssignmentRole role) {
    List<String> ids = new ArrayList<>(2);
    for (TaskParticipant p : getParticipants()) {
      if (p.getRole() == role) {
        ids.add(p.getBodyId());
      }
    }
    return List.copyOf(ids);
  }

  /** A task with nothing else stated. */
  public static Task of(String id, String description) {
    return ImmutableTask.of(id, description);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}. */
  public static final class Builder extends ImmutableTask.Builder {}
}
