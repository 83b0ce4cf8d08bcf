package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A theme of communication in a plan (nội dung truyền thông), such as "Truyền thông về việc công
 * khai, minh bạch thủ tục hành chính", with the audiences it addresses, the sectors it focuses on
 * and the administrative procedures or procedure fields it names.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ContentItem implements WithContentItem {
  ContentItem() {}

  /** The identifier, unique in the plan, such as {@code "content-3"}. */
  @Value.Parameter
  @Identifier
  public abstract String getId();

  /** The theme as written. */
  @Value.Parameter
  @NotBlank
  @PlainText
  @Size(max = Limits.PARAGRAPH)
  public abstract String getTheme();

  /** Who the theme addresses; empty when the plan does not say. */
  public abstract Set<Audience> getAudiences();

  /** The sectors it focuses on, such as {@link Sector#LAND}. */
  public abstract Set<Sector> getFocusSectors();

  /** Administrative procedures it names, by code; each may be described in {@link Plan#getProcedures()}. */
  public abstract List<ProcedureCode> getProcedureCodes();

  /**
   * Procedure fields it names that {@link Sector} does not cover, by code ({@code "G03-GD10"}) or
   * name ({@code "Hộ tịch"}).
   */
  public abstract List<@NotBlank @PlainText String> getProcedureFields();

  @Value.Check
  ContentItem normalize() {
    if (Text.isNfc(getId(), getTheme()) && Text.allNfc(getProcedureFields())) {
      return this;
    }
    return ImmutableContentItem.copyOf(this).withId(Text.nfc(getId())).withTheme(Text.nfc(getTheme()))
        .withProcedureFields(Text.nfc(getProcedureFields()));
  }

  /** A theme with nothing else stated. */
  public static ContentItem of(String id, String theme) {
    return ImmutableContentItem.of(id, theme);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContentItem}. */
  public static final class Builder extends ImmutableContentItem.Builder {}
}
