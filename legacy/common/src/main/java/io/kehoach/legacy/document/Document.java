package io.kehoach.legacy.document;

import io.kehoach.legacy.Diagnostic;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document as a reader found it: its blocks in reading order (paragraphs and tables), with the
 * parts the source keeps apart from the body (a Word file's headers, footers and footnotes) listed
 * separately so that the recogniser does not read a running head as the plan's title.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract class Document {
  Document() {}

  /** The name of the source (a file name), when known. */
  public abstract Optional<String> getSource();

  /** The body's blocks, in reading order. */
  public abstract List<Block> getBlocks();

  /** Running heads and feet, footnotes and other text kept apart from the body, in source order. */
  public abstract List<Paragraph> getMargins();

  /**
   * What the reader noticed that the blocks do not say: tracked changes and comments in a Word
   * file, digital signatures in a PDF, parts it could not read. An importer of the document puts
   * them first among the diagnostics of its report.
   */
  public abstract List<Diagnostic> getNotes();

  /** A document of these blocks. */
  public static Document of(List<? extends Block> blocks) {
    return builder().addAllBlocks(blocks).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}. */
  public static final class Builder extends ImmutableDocument.Builder {}
}
