package io.kehoach.legacy.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Checks a zip archive (a {@code .docx} or {@code .xlsx} file) against the limits before a library
 * opens it: the number of entries, each entry's inflated size and its ratio to the compressed size,
 * the total inflated size. Every entry is inflated into a counting sink, so sizes that the archive
 * declares falsely do not matter; nothing is kept. The libraries that read these formats have such
 * checks as global settings only, which a library must not change under its application.
 */
public final class ZipGuard {
  /** Entries smaller than this, inflated, are not held to the ratio: tiny parts compress absurdly well. */
  static final long RATIO_FREE_BYTES = 64 << 10;

  private ZipGuard() {}

  /**
   * Checks {@code bytes}.
   *
   * @param what the kind of file in both languages for messages, such as {@code {"Tệp Word", "The Word file"}}
   * @throws InputLimitException past {@code maxEntries}, {@code maxEmbeddedBytes} (an entry, or all
   *     entries together past {@code maxEmbeddedBytes} × 4), or {@code maxInflateRatio}, naming the entry
   * @throws MalformedInputException if the bytes are not a zip archive or are damaged
   */
  public static void check(byte[] bytes, InputLimits limits, @Nullable String source, String[] what) {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[16 << 10];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > limits.getMaxEntries()) {
          throw InputLimitException.over("maxEntries", limits.getMaxEntries(), what[0], what[1], "phần", "entries",
              at(source, e.getName()));
        }
        long size = 0;
        for (int n; (n = zip.read(buffer)) > 0; ) {
          size += n;
          if (size > limits.getMaxEmbeddedBytes()) {
            throw InputLimitException.over("maxEmbeddedBytes", limits.getMaxEmbeddedBytes(), "Phần " + e.getName(),
                "The entry " + e.getName(), "byte", "bytes", at(source, e.getName()));
          }
        }
        total += size;
        if (total > limits.getMaxEmbeddedBytes() * 4) {
          throw InputLimitException.over("maxEmbeddedBytes", limits.getMaxEmbeddedBytes() * 4, what[0] + " giải nén",
              what[1] + " inflated", "byte", "bytes", at(source, e.getName()));
        }
        long compressed = e.getCompressedSize();
        if (size > RATIO_FREE_BYTES && compressed > 0 && size / compressed > limits.getMaxInflateRatio()) {
          throw InputLimitException.over("maxInflateRatio", limits.getMaxInflateRatio(),
              "Tỉ lệ giải nén của phần " + e.getName() + " (" + size / compressed + ")",
              "The inflate ratio of the entry " + e.getName() + " (" + size / compressed + ")", "lần", "times",
              at(source, e.getName()));
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      // IllegalArgumentException: an entry name that is not valid UTF-8.
      throw damaged(source, what, e);
    } catch (IOException e) {
      throw damaged(source, what, e);
    }
    if (entries == 0) {
      throw new MalformedInputException(LocalizedText.of(what[0] + " không phải tệp nén zip hợp lệ (không có phần nào)",
          what[1] + " is not a valid zip archive (it has no entries)"), at(source, null));
    }
  }

  private static MalformedInputException damaged(@Nullable String source, String[] what, Exception e) {
    return new MalformedInputException(LocalizedText.of(what[0] + " bị hỏng: không đọc được tệp nén zip (" + e.getMessage() + ")",
        what[1] + " is damaged: its zip archive cannot be read (" + e.getMessage() + ")"), at(source, null), e);
  }

  private static @Nullable Location at(@Nullable String source, @Nullable String entry) {
    if (source == null && entry == null) {
      return null;
    }
    Location.Builder b = Location.builder();
    if (source != null) {
      b.source(source);
    }
    if (entry != null) {
      b.pointer("/" + entry);
    }
    return b.build();
  }
}
