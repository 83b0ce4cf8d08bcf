package io.kehoach.json.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * What Jackson's UTF-8 decoder lets through and UTF-8 forbids: overlong sequences, which write a
 * character in more bytes than it needs ({@code C0 AF} for {@code /}, {@code E0 80 AF}), and so
 * slip characters past checks made on the bytes. Jackson rejects the other ill-formed sequences
 * (stray continuation bytes, encoded surrogates, truncation) itself. The YAML reader decodes with
 * the JDK's strict decoder, which rejects overlong sequences too.
 *
 * <p>Only four byte values begin an overlong sequence: {@code C0} and {@code C1} always, {@code
 * E0} before {@code 80}–{@code 9F}, {@code F0} before {@code 80}–{@code 8F}. {@link #overlong}
 * finds them with the JDK's vectorised search of a Latin-1 view of the bytes (about 4 µs for a
 * typical 25 KB plan, where a byte loop took 12).
 */
public final class Utf8 {
  private Utf8() {}

  /** The offset of the first overlong sequence in {@code b}, or -1. */
  public static int overlong(byte[] b) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    int first = Math.min(unsigned(s.indexOf('\u00C0')), unsigned(s.indexOf('\u00C1')));
    for (char lead : new char[] {'\u00E0', '\u00F0'}) {
      for (int i = s.indexOf(lead); i >= 0 && i < first; i = s.indexOf(lead, i + 1)) {
        if (i + 1 < b.length && overlong(lead, b[i + 1] & 0xFF)) {
          first = i;
        }
      }
    }
    return first == Integer.MAX_VALUE ? -1 : first;
  }

  /** Whether lead byte E0 or F0 followed by {@code next} begins an overlong sequence. */
  private static boolean overlong(int lead, int next) {
    return lead == 0xE0 ? next < 0xA0 : next < 0x90;
  }

  private static int unsigned(int index) {
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  /** The error for an overlong sequence at {@code offset} of {@code b}, with its line and column. */
  public static MalformedInputException error(byte[] b, int offset, @Nullable String source) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (b[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return error(b[offset] & 0xFF, line, offset - lineStart + 1, source);
  }

  static MalformedInputException error(int lead, int line, long column, @Nullable String source) {
    String hex = String.format("0x%02X", lead);
    Location.Builder at = Location.builder().line(line).column((int) Math.min(Integer.MAX_VALUE, column));
    if (source != null) {
      at.source(source);
    }
    return new MalformedInputException(LocalizedText.of(
        "Tài liệu không phải UTF-8 hợp lệ: byte " + hex + " mở đầu một chuỗi UTF-8 dài quá mức (overlong)",
        "The document is not valid UTF-8: byte " + hex + " begins an overlong UTF-8 sequence"), at.build());
  }

  /** {@code in}, refusing an overlong sequence with a typed error when it is read. */
  public static InputStream checking(InputStream in, @Nullable String source) {
    return new Checking(in, source);
  }

  private static final class Checking extends FilterInputStream {
    private final @Nullable String source;
    private int line = 1;
    private long column;
    /** A lead byte E0 or F0 whose next byte is still to come, or 0; and its index in this read, or -1. */
    private int pending;
    private int pendingAt = -1;
    /** The error found in bytes not yet handed on: thrown by the next read, after the bytes before it. */
    private @Nullable MalformedInputException failed;

    Checking(InputStream in, @Nullable String source) {
      super(in);
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failed != null) {
        throw failed;
      }
      int n = in.read(b, off, len);
      for (int i = off; i < off + n; i++) {
        int c = b[i] & 0xFF;
        column++;
        // Where the bad sequence starts: in this read, or (-1) in an earlier one.
        int start = -1;
        if (pending != 0) {
          if (overlong(pending, c)) {
            failed = error(pending, line, column - 1, source);
            start = pendingAt;
          }
          pending = 0;
        }
        if (failed == null) {
          if (c == '\n') {
            line++;
            column = 0;
          } else if (c == 0xC0 || c == 0xC1) {
            failed = error(c, line, column, source);
            start = i;
          } else if (c == 0xE0 || c == 0xF0) {
            pending = c;
            pendingAt = i;
          }
        }
        if (failed != null) {
          // The bytes before the sequence are handed on first, so that the plans before it are read.
          if (start > off) {
            return start - off;
          }
          throw failed;
        }
      }
      // A lead byte at the end of this read has been handed on by the time its next byte comes.
      pendingAt = -1;
      return n;
    }
  }
}
