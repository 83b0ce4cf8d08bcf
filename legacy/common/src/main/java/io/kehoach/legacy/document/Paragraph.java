package io.kehoach.legacy.document;

import io.kehoach.Location;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A paragraph of a {@link Document}: {@code "1. Mục đích"} at line 17, bold, with the list marker
 * {@code "1."} that Word generated. The text is NFC with runs of spaces as one space and no
 * leading or trailing space; an empty text is an empty paragraph (a blank line of a text).
 *
 * <p>Formatting is known only where the source holds it: plain text has none, so every
 * formatting property is absent or false there.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract class Paragraph implements Block {
  Paragraph() {}

  /** The text, without a generated list marker (see {@link #getListMarker()}). */
  public abstract String getText();

  @Override
  public abstract Location getFrom();

  @Override
  @Value.Default
  public Location getTo() {
    return getFrom();
  }

  /** Whether the whole paragraph is bold. */
  @Value.Default
  public boolean isBold() {
    return false;
  }

  /** Whether the whole paragraph is italic. */
  @Value.Default
  public boolean isItalic() {
    return false;
  }

  /** The alignment, where the source says. */
  public abstract Optional<Alignment> getAlignment();

  /** The font size in points, where the source says. */
  public abstract OptionalDouble getFontSize();

  /** The left indentation in points, where the source says. */
  public abstract OptionalDouble getIndent();

  /** The list level (0 for the top), where the paragraph is an item of a list the source numbers. */
  public abstract OptionalInt getListLevel();

  /** The list marker the source generated ({@code "1."}, {@code "a)"}, {@code "-"}), not part of the text. */
  public abstract Optional<String> getListMarker();

  /** Whether the text is empty. */
  public boolean isEmpty() {
    return getText().isEmpty();
  }

  /** The text with its generated list marker before it: {@code "a) Tuyên truyền ..."}. */
  public String markedText() {
    return getListMarker().map(m -> getText().isEmpty() ? m : m + " " + getText()).orElse(getText());
  }

  /** This paragraph with {@code text} in place of its own, its location and formatting kept. */
  public Paragraph withText(String text) {
    return ((ImmutableParagraph) ImmutableParagraph.copyOf(this)).withText(text);
  }

  /** A paragraph of plain text read at {@code at}, without formatting. */
  public static Paragraph of(String text, Location at) {
    return builder().text(text).from(at).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ImmutableParagraph.Builder {}
}
