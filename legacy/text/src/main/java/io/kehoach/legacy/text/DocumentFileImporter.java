package io.kehoach.legacy.text;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.document.Document;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The base of the importers of binary document files (Word, PDF): a subclass turns a file's bytes
 * into the document model ({@link #document(byte[], String)}); this class imports that model with the
 * recogniser of {@link PlanTextImporter} under the same limits, and refuses text, which such a file
 * never is. Subclasses are immutable and thread-safe.
 *
 * @since 0.3
 */
public abstract class DocumentFileImporter implements PlanReader<TextImport> {
  private final InputLimits limits;
  private final PlanTextImporter text;

  /** An importer with {@code limits}, which the recogniser enforces too. */
  protected DocumentFileImporter(InputLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.text = PlanTextImporter.withLimits(limits);
  }

  @Override
  public final InputLimits getLimits() {
    return limits;
  }

  /**
   * The document model of a file, for an application that wants the layout itself.
   *
   * @param bytes the file's content, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws MalformedInputException if the bytes are not a file of this format that can be read
   * @throws io.kehoach.legacy.InputLimitException if the file is past a limit
   */
  public abstract Document document(byte[] bytes, @Nullable String source);

  /** The format's name in Vietnamese and English for messages, such as {@code {"Tệp PDF", "A PDF file"}}. */
  protected abstract String[] formatName();

  /**
   * Imports the bytes of a file: its document model, read by the recogniser.
   *
   * @throws MalformedInputException if the bytes are not a file of this format that can be read
   * @throws io.kehoach.legacy.InputLimitException if the file is past a limit
   */
  @Override
  public final TextImport read(byte[] bytes, @Nullable String source) {
    return text.read(document(bytes, source));
  }

  /**
   * Always refused: such a file is binary; read its bytes.
   *
   * @throws MalformedInputException always
   */
  @Override
  public final TextImport read(String text, @Nullable String source) {
    String[] name = formatName();
    throw new MalformedInputException(LocalizedText.of(
        name[0] + " là tệp nhị phân: hãy đọc các byte của tệp, không phải văn bản",
        name[1] + " is binary: read its bytes, not text"), at(source));
  }

  /** A location naming {@code source} alone, or null without one: for errors about the whole file. */
  protected static @Nullable Location at(@Nullable String source) {
    return source == null ? null : Location.builder().source(source).build();
  }
}
