package io.kehoach.legacy;

import io.kehoach.legacy.internal.BoundedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A reader of one legacy format into plans, following the import contract of this package: the
 * same entry points, the same exceptions, the same {@link InputLimits}.
 *
 * <pre>{@code
 * PlanReader<TextImport> reader = PlanTextImporter.create();      // build once, share
 * TextImport result = reader.read(Path.of("36-KH-UBND.txt"));
 * result.getDiagnostics().forEach(d -> System.out.println(d.describe(Locale.ENGLISH)));
 * Plan plan = result.planOrThrow();
 * }</pre>
 *
 * <p>Every entry point throws {@link io.kehoach.MalformedInputException} for input that cannot be
 * read, {@link InputLimitException} for input past a limit; the stream, reader and path entries also
 * throw {@link IOException} when the I/O fails. Nothing else escapes. Implementations are immutable
 * and thread-safe.
 *
 * @param <R> the format's result
 * @since 0.2
 */
public interface PlanReader<R extends PlanImport> {

  /** The limits this reader enforces. */
  InputLimits getLimits();

  /**
   * Reads the bytes of a file.
   *
   * @param bytes the content, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws io.kehoach.MalformedInputException if the input cannot be read
   * @throws InputLimitException if it is past a limit
   */
  R read(byte[] bytes, @Nullable String source);

  /**
   * Reads text already decoded.
   *
   * @param text the content, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws io.kehoach.MalformedInputException if the input cannot be read
   * @throws InputLimitException if it is past a limit
   */
  R read(String text, @Nullable String source);

  /**
   * Reads a stream to its end, or to one byte past {@link InputLimits#getMaxBytes()}; it is not closed.
   *
   * @param in the stream, not null
   * @param source the name of the input for locations, or null
   * @throws IOException if the stream fails
   */
  default R read(InputStream in, @Nullable String source) throws IOException {
    return read(BoundedInput.readAll(in, getLimits(), source), source);
  }

  /**
   * Reads characters to their end, or to one past {@link InputLimits#getMaxBytes()}; the reader is
   * not closed.
   *
   * @param in the characters, not null
   * @param source the name of the input for locations, or null
   * @throws IOException if the reader fails
   */
  default R read(Reader in, @Nullable String source) throws IOException {
    return read(BoundedInput.readAll(in, getLimits(), source), source);
  }

  /**
   * Reads a file; its file name is the source in locations. A file larger than
   * {@link InputLimits#getMaxBytes()} is refused before it is read.
   *
   * @param file the file, not null
   * @throws IOException if the file is missing or cannot be read
   */
  default R read(Path file) throws IOException {
    String name = BoundedInput.name(file);
    return read(BoundedInput.readAll(file, getLimits(), name), name);
  }
}
