package io.kehoach.legacy.docx;

import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Document;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The document model of a Word {@code .docx} file alone, without the plan recogniser: its
 * paragraphs (text, bold, italic, alignment, font size, indentation, generated list markers) and
 * tables (with merged cells as spans), its headers, footers and footnotes as margins, and what the
 * reader noticed (tracked changes, comments) as notes. For code that reads Word files for other
 * documents than plans, or lays out the model itself.
 *
 * <pre>{@code
 * Document d = DocxDocuments.read(Files.readAllBytes(file), InputLimits.defaults(), "36-KH-UBND.docx");
 * }</pre>
 *
 * <p>The same reading as {@link PlanDocxImporter#document(byte[], String)}, with the same checks.
 * Stateless and thread-safe.
 *
 * @since 0.3
 */
public final class DocxDocuments {
  private DocxDocuments() {}

  /**
   * Reads the bytes of a {@code .docx} file into the document model.
   *
   * @param bytes the file's content, not null
   * @param limits the limits to enforce, not null
   * @param source the name of the input for locations (a file name), or null
   * @return the document; a paragraph's location is its ordinal among the paragraphs read, from 1, as a line
   * @throws io.kehoach.MalformedInputException if the bytes are not a Word document that can be read
   * @throws io.kehoach.legacy.InputLimitException if the file is past a limit
   */
  public static Document read(byte[] bytes, InputLimits limits, @Nullable String source) {
    Objects.requireNonNull(limits, "limits");
    return PlanDocxImporter.builder().limits(limits).build().document(bytes, source);
  }
}
