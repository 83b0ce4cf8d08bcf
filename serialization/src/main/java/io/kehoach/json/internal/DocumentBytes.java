package io.kehoach.json.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.json.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one document before a parser sees them: read within the size limit, one byte-order
 * mark taken off, YAML decoded strictly and its lines bounded. Errors are typed, with the source
 * and, where there is one, the line. (Overlong UTF-8, which Jackson would accept, is {@link Utf8}'s.)
 */
public final class DocumentBytes {
  private DocumentBytes() {}

  /** All of {@code in}, refused as soon as it passes the size limit (a byte-order mark aside). */
  public static byte[] bounded(InputStream in, ReadLimits limits, @Nullable String source) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limits.getMaxDocumentBytes() + 3) {
          throw tooLarge(limits, source);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The error of a document past the size limit. */
  public static MalformedInputException tooLarge(ReadLimits limits, @Nullable String source) {
    return new MalformedInputException(LocalizedText.of(
        "Tài liệu lớn hơn giới hạn " + limits.getMaxDocumentBytes() + " byte",
        "The document is larger than the limit of " + limits.getMaxDocumentBytes() + " bytes"),
        Location.builder().source(Objects.requireNonNullElse(source, "-")).build());
  }

  /** {@code b} without its UTF-8 byte-order mark; two marks are an error. */
  public static byte[] withoutBom(byte[] b, @Nullable String source) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      if (b.length >= 6 && (b[3] & 0xFF) == 0xEF && (b[4] & 0xFF) == 0xBB && (b[5] & 0xFF) == 0xBF) {
        throw new MalformedInputException(LocalizedText.of("Dấu thứ tự byte (BOM) xuất hiện hai lần",
            "The byte-order mark appears twice"), Location.builder().source(Objects.requireNonNullElse(source, "-"))
            .line(1).column(1).build());
      }
      byte[] out = new byte[b.length - 3];
      System.arraycopy(b, 3, out, 0, out.length);
      return out;
    }
    return b;
  }

  /**
   * A YAML document's text: decoded strictly (SnakeYAML's own decoder is lenient), each line within
   * the YAML line limit (SnakeYAML scans a line whole before it can refuse it).
   */
  public static String yamlText(byte[] bytes, ReadLimits limits, @Nullable String source) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedInputException(LocalizedText.of("Tài liệu không phải UTF-8 hợp lệ",
          "The document is not valid UTF-8"), Location.builder().source(Objects.requireNonNullElse(source, "-")).build(), e);
    }
    int line = 1;
    for (int start = 0; start <= text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end - start > limits.getMaxYamlLineLength()) {
        throw new MalformedInputException(LocalizedText.of(
            "Tài liệu không đọc được: dòng YAML dài quá giới hạn (" + limits.getMaxYamlLineLength() + " ký tự)",
            "Unreadable document: a YAML line exceeds the limit on line length (" + limits.getMaxYamlLineLength() + ")"),
            Location.builder().source(Objects.requireNonNullElse(source, "-")).line(line).build());
      }
      start = end + 1;
    }
    return text;
  }
}
