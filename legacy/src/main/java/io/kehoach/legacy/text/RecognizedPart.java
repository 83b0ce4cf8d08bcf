package io.kehoach.legacy.text;

import org.immutables.value.Value;

/**
 * A part of the plan and the lines of the text it was read from: {@code /objectives/2} from lines
 * 17 to 19. Parts are named by the JSON Pointer of the plan's format ({@code /number},
 * {@code /signature}, {@code /assignments/1/tasks/0}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RecognizedPart {
  RecognizedPart() {}

  /** The part, as a JSON Pointer into the plan, such as {@code "/objectives/2"}. */
  @Value.Parameter
  public abstract String getPart();

  /** The first line, from 1. */
  @Value.Parameter
  public abstract int getFromLine();

  /** The last line, inclusive. */
  @Value.Parameter
  public abstract int getToLine();

  /** A recognised part. */
  public static RecognizedPart of(String part, int fromLine, int toLine) {
    return ImmutableRecognizedPart.of(part, fromLine, toLine);
  }

  @Override
  public String toString() {
    return getPart() + " ← " + (getFromLine() == getToLine() ? "line " + getFromLine()
        : "lines " + getFromLine() + "–" + getToLine());
  }
}
