package io.kehoach.legacy.encoding.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Strict UTF-8, shared by the readers of the legacy module that must tell UTF-8 from older encodings. */
public final class Utf8 {
  private Utf8() {}

  /** The length of a UTF-8 byte-order mark at the start of {@code bytes}: 3, or 0 when there is none. */
  public static int bomLength(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
  }

  /** {@code bytes} from {@code start} decoded as UTF-8, or null when they are not well-formed UTF-8. */
  public static @Nullable String decode(byte[] bytes, int start) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
