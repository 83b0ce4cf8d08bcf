package io.kehoach.json;

import org.immutables.value.Value;

/**
 * The bounds a reader puts on its input, so that hostile input fails fast with a clear error
 * instead of exhausting memory or time: the size of one document, nesting depth, the length of a
 * string, a property name and a number, and the number of tokens.
 *
 * <p>The defaults fit real plans with a wide margin (a plan of 5,000 tasks is about 1 MB) and are
 * applied the same way to JSON and YAML. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReadLimits {
  ReadLimits() {}

  /** The largest document, in bytes of UTF-8: 16 MiB. */
  @Value.Default
  public long getMaxDocumentBytes() {
    return 16L << 20;
  }

  /** The deepest nesting of objects and arrays: 64. */
  @Value.Default
  public int getMaxNestingDepth() {
    return 64;
  }

  /** The longest string value, in characters: 1,000,000. */
  @Value.Default
  public int getMaxStringLength() {
    return 1_000_000;
  }

  /** The longest property name, in characters: 200. */
  @Value.Default
  public int getMaxNameLength() {
    return 200;
  }

  /** The longest number, in characters: 64. */
  @Value.Default
  public int getMaxNumberLength() {
    return 64;
  }

  /** The most tokens in one document: 4,000,000. */
  @Value.Default
  public long getMaxTokenCount() {
    return 4_000_000;
  }

  @Value.Check
  void check() {
    if (getMaxDocumentBytes() < 1 || getMaxNestingDepth() < 2 || getMaxStringLength() < 1
        || getMaxNameLength() < 1 || getMaxNumberLength() < 1 || getMaxTokenCount() < 1) {
      throw new IllegalArgumentException("limits must be positive (nesting at least 2): " + this);
    }
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadLimits}. */
  public static final class Builder extends ImmutableReadLimits.Builder {}
}
