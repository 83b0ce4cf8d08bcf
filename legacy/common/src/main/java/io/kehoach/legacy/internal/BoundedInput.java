package io.kehoach.legacy.internal;

import io.kehoach.Location;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reading input within {@link InputLimits}: streams, readers and files are read to their end or to
 * one unit past the byte limit, never further; text already in memory is checked for its size,
 * lines and line length in one pass. Every limit hit is an {@link InputLimitException}.
 */
public final class BoundedInput {
  private BoundedInput() {}

  /** The name a file goes by in locations: its file name. */
  public static String name(Path file) {
    Path name = Objects.requireNonNull(file, "file").getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** The bytes of {@code file}, refused before reading when its size is over the limit. */
  public static byte[] readAll(Path file, InputLimits limits, @Nullable String source) throws IOException {
    if (Files.size(file) > limits.getMaxBytes()) {
      throw tooLarge(limits, source);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readAll(in, limits, source);
    }
  }

  /** The bytes of {@code in} (not closed), at most the byte limit. */
  public static byte[] readAll(InputStream in, InputLimits limits, @Nullable String source) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.getMaxBytes() + 1));
    if (bytes.length > limits.getMaxBytes()) {
      throw tooLarge(limits, source);
    }
    return bytes;
  }

  /** The characters of {@code in} (not closed), at most the byte limit of characters. */
  public static String readAll(Reader in, InputLimits limits, @Nullable String source) throws IOException {
    Objects.requireNonNull(in, "in");
    long max = Math.min(Integer.MAX_VALUE - 8, limits.getMaxBytes());
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      b.append(buffer, 0, n);
      if (b.length() > max) {
        throw tooLarge(limits, source);
      }
    }
    return b.toString();
  }

  /** Checks bytes in memory against the byte limit. */
  public static void checkBytes(byte[] bytes, InputLimits limits, @Nullable String source) {
    if (Objects.requireNonNull(bytes, "bytes").length > limits.getMaxBytes()) {
      throw tooLarge(limits, source);
    }
  }

  /**
   * Checks a text against the byte limit (in characters), the line limit and the line-length limit,
   * in one pass. Lines end at LF, CR or CRLF.
   */
  public static void checkText(String text, InputLimits limits, @Nullable String source) {
    if (Objects.requireNonNull(text, "text").length() > limits.getMaxBytes()) {
      throw tooLarge(limits, source);
    }
    int maxLength = limits.getMaxLineLength();
    int maxLines = limits.getMaxLines();
    int line = 1;
    int start = 0;
    int n = text.length();
    if (text.indexOf('\r') < 0) {
      // Line feeds only (the common case): the JDK's vectorised search finds each line end.
      while (true) {
        int end = text.indexOf('\n', start);
        int stop = end < 0 ? n : end;
        if (stop - start > maxLength) {
          throw InputLimitException.over("maxLineLength", maxLength, "Dòng", "The line", "ký tự", "characters",
              at(Location.at(line, maxLength + 1), source));
        }
        if (end < 0) {
          return;
        }
        start = end + 1;
        if (start < n && ++line > maxLines) {
          throw InputLimitException.over("maxLines", maxLines, "Văn bản", "The text", "dòng", "lines",
              at(Location.atLine(line), source));
        }
      }
    }
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c != '\n' && c != '\r') {
        continue;
      }
      if (i - start > maxLength) {
        throw InputLimitException.over("maxLineLength", maxLength, "Dòng", "The line", "ký tự", "characters",
            at(Location.at(line, maxLength + 1), source));
      }
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
      if (i + 1 < n && ++line > maxLines) {
        throw InputLimitException.over("maxLines", maxLines, "Văn bản", "The text", "dòng", "lines",
            at(Location.atLine(line), source));
      }
    }
  }

  /** The input is over {@link InputLimits#getMaxBytes()}. */
  public static InputLimitException tooLarge(InputLimits limits, @Nullable String source) {
    return InputLimitException.over("maxBytes", limits.getMaxBytes(), "Đầu vào", "The input", "byte", "bytes",
        source == null ? null : Location.builder().source(source).build());
  }

  /** {@code location} in {@code source}, when one is named. */
  public static Location at(Location location, @Nullable String source) {
    return source == null ? location : location.inSource(source);
  }
}
