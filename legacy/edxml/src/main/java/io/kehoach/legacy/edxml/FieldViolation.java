package io.kehoach.legacy.edxml;

import io.kehoach.LocalizedText;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A header field that cannot be written as it is: {@code MessageHeader/Subject} of 612 characters
 * over its limit of 500, {@code MessageHeader/SignerInfo/FullName} holding a control character.
 *
 * <p>Lengths are counted in Unicode code points of the NFC text. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class FieldViolation {
  FieldViolation() {}

  /** What is wrong with the field. */
  public enum Kind {
    /** Longer than the limit. */
    TOO_LONG,
    /** A number outside its allowed range. */
    OUT_OF_RANGE,
    /** A character that XML 1.0 cannot carry (a control character, an unpaired surrogate). */
    INVALID_CHARACTER
  }

  /** The field as a path in the envelope, such as {@code "MessageHeader/To[2]/OrganName"}. */
  @Value.Parameter
  public abstract String getField();

  /** What is wrong. */
  @Value.Parameter
  public abstract Kind getKind();

  /** The length in code points (for {@link Kind#TOO_LONG}), the value (for {@link Kind#OUT_OF_RANGE}). */
  public abstract OptionalInt getActual();

  /** The limit (the longest length, or the largest value). */
  public abstract OptionalInt getLimit();

  /** The problem in Vietnamese and English. */
  @Value.Parameter
  public abstract LocalizedText getMessage();

  /** A violation. */
  public static FieldViolation of(String field, Kind kind, LocalizedText message) {
    return ImmutableFieldViolation.of(field, kind, message);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FieldViolation}. */
  public static final class Builder extends ImmutableFieldViolation.Builder {}

  @Override
  public String toString() {
    return getField() + ": " + getMessage().en();
  }
}
