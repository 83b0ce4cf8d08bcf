package io.kehoach.legacy;

import org.immutables.value.Value;

/**
 * The bounds a reader puts on its input, so that hostile or accidental input (a 100 MB log file
 * given as a plan, a table of a million rows, a document nested ten thousand deep) fails fast with
 * an {@link InputLimitException} naming the limit, instead of running out of memory or time.
 *
 * <p>One type for every reader; each applies the limits that mean something for its format: a text
 * reader bytes, lines and line length; a table reader bytes, rows, columns and cell length; an XML
 * reader bytes, depth, elements, text length and attachment size. The defaults fit real documents
 * with a wide margin: a plan's text is 10–100 KB, its longest paragraph a few thousand characters,
 * an annex table a few hundred rows; a reader may start from other defaults (its Javadoc says which).
 *
 * <pre>{@code
 * InputLimits limits = InputLimits.builder().maxBytes(1 << 20).maxRows(5_000).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class InputLimits {
  InputLimits() {}

  /** The largest input, in bytes (in characters for text given as a {@code String}): 16 MiB. */
  @Value.Default
  public long getMaxBytes() {
    return 16L << 20;
  }

  /** The most lines of a text: 200,000. */
  @Value.Default
  public int getMaxLines() {
    return 200_000;
  }

  /** The longest line of a text, in characters: 100,000 (a whole article on one line is about 10,000). */
  @Value.Default
  public int getMaxLineLength() {
    return 100_000;
  }

  /** The most rows of a table (records of a CSV file, rows of a sheet): 100,000. */
  @Value.Default
  public int getMaxRows() {
    return 100_000;
  }

  /** The most columns of a table: 256. */
  @Value.Default
  public int getMaxColumns() {
    return 256;
  }

  /** The longest cell of a table, in characters: 100,000. */
  @Value.Default
  public int getMaxCellLength() {
    return 100_000;
  }

  /** The deepest nesting of elements (XML, a document's tables within tables): 32. */
  @Value.Default
  public int getMaxDepth() {
    return 32;
  }

  /** The most elements of a structured document (XML elements, a document's paragraphs and cells): 100,000. */
  @Value.Default
  public int getMaxElements() {
    return 100_000;
  }

  /** The longest text of one element (an XML element other than an attachment), in characters: 100,000. */
  @Value.Default
  public int getMaxTextLength() {
    return 100_000;
  }

  /** The largest embedded file (an attachment, a zip entry), decoded, in bytes: 32 MiB. */
  @Value.Default
  public long getMaxEmbeddedBytes() {
    return 32L << 20;
  }

  /**
   * The most entries of an archive (the parts of a {@code .docx} or {@code .xlsx} file): 1,000.
   *
   * @since 0.3
   */
  @Value.Default
  public int getMaxEntries() {
    return 1_000;
  }

  /**
   * The highest ratio of an archive entry's inflated size to its compressed size, the mark of a zip
   * bomb: 100 (a Word part of text compresses 5 to 20 times). Entries under 64 KiB inflated are not held to it.
   *
   * @since 0.3
   */
  @Value.Default
  public int getMaxInflateRatio() {
    return 100;
  }

  /**
   * The most pages of a paged document (a PDF): 2,000.
   *
   * @since 0.3
   */
  @Value.Default
  public int getMaxPages() {
    return 2_000;
  }

  @Value.Check
  void check() {
    StringBuilder wrong = new StringBuilder();
    positive(wrong, "maxBytes", getMaxBytes());
    positive(wrong, "maxLines", getMaxLines());
    positive(wrong, "maxLineLength", getMaxLineLength());
    positive(wrong, "maxRows", getMaxRows());
    positive(wrong, "maxColumns", getMaxColumns());
    positive(wrong, "maxCellLength", getMaxCellLength());
    positive(wrong, "maxElements", getMaxElements());
    positive(wrong, "maxTextLength", getMaxTextLength());
    positive(wrong, "maxEmbeddedBytes", getMaxEmbeddedBytes());
    positive(wrong, "maxEntries", getMaxEntries());
    positive(wrong, "maxInflateRatio", getMaxInflateRatio());
    positive(wrong, "maxPages", getMaxPages());
    if (getMaxDepth() < 4) {
      wrong.append(", maxDepth ").append(getMaxDepth()).append(" (at least 4)");
    }
    if (wrong.length() > 0) {
      throw new IllegalArgumentException("Input limits must be positive; got " + wrong.substring(2));
    }
  }

  private static void positive(StringBuilder wrong, String name, long value) {
    if (value < 1) {
      wrong.append(", ").append(name).append(' ').append(value);
    }
  }

  /** The default limits. */
  public static InputLimits defaults() {
    return Defaults.DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InputLimits}; every limit not set keeps its default. */
  public static final class Builder extends ImmutableInputLimits.Builder {}

  private static final class Defaults {
    static final InputLimits DEFAULTS = builder().build();
  }
}
