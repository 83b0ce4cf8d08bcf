package io.kehoach.legacy;

import io.kehoach.Location;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A part of the plan and where in the input it was read from: {@code /objectives/2} from lines 17
 * to 19 of a text, {@code /assignments/0/tasks/3} from row 7 of an annex table. Parts are named by
 * the JSON Pointer of the plan's format ({@code /number}, {@code /signature},
 * {@code /assignments/1/tasks/0}).
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

  /** Where the part begins in the input. */
  @Value.Parameter
  public abstract Location getFrom();

  /** Where the part ends in the input (inclusive); the same as {@link #getFrom()} for one line or row. */
  @Value.Parameter
  public abstract Location getTo();

  /** A part read from {@code from} to {@code to}. */
  public static RecognizedPart of(String part, Location from, Location to) {
    return ImmutableRecognizedPart.of(part, from, to);
  }

  /** A part read from lines {@code fromLine} to {@code toLine} (inclusive) of a text, counted from 1. */
  public static RecognizedPart ofLines(String part, int fromLine, int toLine) {
    return of(part, Location.atLine(fromLine), Location.atLine(toLine));
  }

  /** The first line, when the part was read from a text. */
  public OptionalInt fromLine() {
    return getFrom().getLine();
  }

  /** The last line, when the part was read from a text. */
  public OptionalInt toLine() {
    return getTo().getLine();
  }

  @Override
  public String toString() {
    return getPart() + " ← " + (getFrom().equals(getTo()) ? getFrom() : getFrom() + " – " + getTo());
  }
}
