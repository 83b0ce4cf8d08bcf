package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An annex attached to a plan (phụ lục), such as {@code Phụ lục I — Danh mục nhiệm vụ truyền
 * thông năm 2024}: its label, title, text, and the tasks it lists.
 *
 * <p>Tasks listed in an annex table live in the plan's assignments and are referred to by id.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Annex implements WithAnnex {
  Annex() {}

  /** The identifier, unique in the plan, such as {@code "annex-1"}. */
  @Identifier
  public abstract String getId();

  /** The label, such as {@code "Phụ lục I"}. */
  public abstract Optional<@PlainText String> getLabel();

  /** The title, such as {@code "Danh mục nhiệm vụ truyền thông năm 2024"}. */
  @NotBlank
  @PlainText
  public abstract String getTitle();

  /** Text of the annex kept as written, when it is not a task table. */
  public abstract Optional<@PlainText(multiline = true) @Size(max = Limits.TEXT) String> getText();

  /** The ids of the tasks the annex lists. */
  public abstract List<@Identifier String> getTaskIds();

  @Value.Check
  Annex normalize() {
    if (Text.isNfc(getId(), getTitle()) && Text.isNfc(getLabel()) && Text.isNfc(getText())
        && Text.allNfc(getTaskIds())) {
      return this;
    }
    return ImmutableAnnex.copyOf(this).withId(Text.nfc(getId())).withTitle(Text.nfc(getTitle()))
        .withLabel(Text.nfc(getLabel())).withText(Text.nfc(getText())).withTaskIds(Text.nfc(getTaskIds()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Annex}. */
  public static final class Builder extends ImmutableAnnex.Builder {}
}
