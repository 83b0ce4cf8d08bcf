package io.kehoach.json;

import org.immutables.value.Value;

/**
 * The bounds a reader puts on its input, so that hostile input fails fast with a clear error
 * instead of exhausting memory or time: the size of one document, nesting depth, the length of a
 * string, a property name and a number, and the number of tokens.
 *
 * <p>The defaults fit real plans with a wide margin (a plan of 5,000 tasks is about 1 MB) and are
 * enforced by kehoach itself for both JSON and YAML (the YAML parser ignores most of its own
 * limits), plus a limit on the length of a YAML line. Immutable and thread-safe.
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

  /**
   * The longest line of a YAML document, in characters: 100,000. The YAML parser slows down more
   * than linearly on a very long line (a 2-million-character line takes seconds); real YAML wraps.
   */
  @Value.Default
  public int getMaxYamlLineLength() {
    return 100_000;
  }

  @Value.Check
  void check() {
    if (getMaxYamlLineLength() < 1 || getMaxDocumentBytes() < 1 || getMaxNestingDepth() < 2 || getMaxStringLength() < 1
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
