package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.SingleScript;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that takes part in a plan, or a group of bodies addressed together, declared once in the
 * plan and referred to by id: {@code Sở Tư pháp} (a department), {@code UBND tỉnh} (the provincial
 * committee), or the group {@code Thủ trưởng các sở, ban, ngành} (heads of departments and
 * sectors).
 *
 * <p>A group may list its members by id where the plan names them. When a plan addresses the head
 * of a body ("Chủ tịch UBND các huyện"), the title of the head is kept. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ResponsibleBody implements WithResponsibleBody {
  ResponsibleBody() {}

  /** The identifier, unique in the plan, such as {@code "so-tu-phap"}. */
  @Value.Parameter
  @Identifier
  public abstract String getId();

  /** The name, such as {@code "Sở Tư pháp"} or {@code "Các sở, ban, ngành"}. */
  @Value.Parameter
  @NotBlank
  @PlainText
  @SingleScript
  @Size(max = Limits.NAME)
  public abstract String getName();

  /** The kind of body (of the members, for a group). */
  @Value.Parameter
  public abstract BodyKind getKind();

  /** The usual abbreviation, such as {@code "STP"} or {@code "UBND tỉnh"}. */
  public abstract Optional<@PlainText String> getAbbreviation();

  /** Whether this stands for a group of bodies ("các sở, ban, ngành") rather than one body. */
  @Value.Default
  public boolean isGroup() {
    return false;
  }

  /** The ids of the members of a group, where the plan names them. */
  public abstract List<@Identifier String> getMemberIds();

  /** The title of the head addressed, such as {@code "Thủ trưởng"} or {@code "Chủ tịch"}. */
  public abstract Optional<@PlainText String> getHeadTitle();

  /** The agency identifier in the document-exchange network, such as {@code "000.00.00.H38"}. */
  public abstract Optional<String> getAgencyId();

  @Value.Check
  ResponsibleBody normalize() {
    if (Text.isNfc(getId(), getName()) && Text.isNfc(getAbbreviation()) && Text.isNfc(getHeadTitle())
        && Text.allNfc(getMemberIds())) {
      return this;
    }
    return ImmutableResponsibleBody.copyOf(this).withId(Text.nfc(getId())).withName(Text.nfc(getName()))
        .withAbbreviation(Text.nfc(getAbbreviation())).withHeadTitle(Text.nfc(getHeadTitle()))
        .withMemberIds(Text.nfc(getMemberIds()));
  }

  /** A single body. */
  public static ResponsibleBody of(String id, String name, BodyKind kind) {
    return ImmutableResponsibleBody.of(id, name, kind);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResponsibleBody}. */
  public static final class Builder extends ImmutableResponsibleBody.Builder {}
}
