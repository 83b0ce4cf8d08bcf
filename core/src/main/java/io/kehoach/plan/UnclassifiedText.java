package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * Text of a plan that an importer kept but could not place in the model, attached to the nearest
 * section, so that nothing of the source document is lost: a paragraph of the implementation
 * section that names no body, for example.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class UnclassifiedText {
  UnclassifiedText() {}

  /** The section it was found in or nearest to. */
  @Value.Parameter
  public abstract PlanSection getSection();

  /** The text as found. */
  @Value.Parameter
  @PlainText(multiline = true)
  @Size(max = Limits.TEXT)
  public abstract String getText();

  @Value.Check
  UnclassifiedText normalize() {
    return Text.isNfc(getText()) ? this : ImmutableUnclassifiedText.of(getSection(), Text.nfc(getText()));
  }

  /** Text kept in a section. */
  public static UnclassifiedText of(PlanSection section, String text) {
    return ImmutableUnclassifiedText.of(section, text);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnclassifiedText}. */
  public static final class Builder extends ImmutableUnclassifiedText.Builder {}
}
