package io.kehoach.legacy.encoding.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A legacy Vietnamese charset: decoding of {@link Units} to NFC text, and encoding of text by a
 * table from character to bytes. Immutable after construction and thread-safe.
 */
public abstract class Codec {
  /** Characters at or above this value are never encodable. */
  static final int ENCODE_LIMIT = 0x2200;

  private final byte[][] encodeTable = new byte[ENCODE_LIMIT][];

  Codec() {}

  /** Decodes {@code units} to NFC text; never fails, loses nothing. */
  public abstract String decode(Units units);

  /** Registers the bytes of {@code c} for encoding, unless already registered. */
  final void encodeAs(char c, byte... bytes) {
    if (encodeTable[c] == null) {
      encodeTable[c] = bytes;
    }
  }

  /** The bytes of {@code c}, or null when the charset cannot hold it. */
  final byte[] bytesOf(char c, boolean foldCapitals) {
    byte[] b = c < ENCODE_LIMIT ? encodeTable[c] : null;
    if (b == null && foldCapitals && Character.isUpperCase(c)) {
      char lower = Character.toLowerCase(c);
      b = lower < ENCODE_LIMIT ? encodeTable[lower] : null;
    }
    return b;
  }

  /**
   * Encodes {@code text} (any normalisation form: each letter with its combining marks is composed
   * first). Returns the bytes, or, when a character cannot be encoded, its index as a negative
   * number {@code -(index + 1)} wrapped in {@link Result}.
   *
   * @param out whether to produce the bytes (false: only find the first unencodable character)
   */
  public final Result encode(CharSequence text, boolean foldCapitals, boolean out) {
    int n = text.length();
    byte[] buf = out ? new byte[Math.max(16, n + n / 4)] : null;
    int size = 0;
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && isCombining(text.charAt(j))) {
        j++;
      }
      CharSequence unit;
      if (j == i + 1) {
        unit = null;
      } else {
        unit = Normalizer.normalize(text.subSequence(i, j), Normalizer.Form.NFC);
      }
      int len = unit == null ? 1 : unit.length();
      for (int k = 0; k < len; k++) {
        char c = unit == null ? text.charAt(i) : unit.charAt(k);
        byte[] b = Character.isSurrogate(c) ? null : bytesOf(c, foldCapitals);
        if (b == null) {
          return Result.failure(unit == null || k == 0 ? i : firstCombining(text, i, j));
        }
        if (out) {
          if (size + b.length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + b.length));
          }
          System.arraycopy(b, 0, buf, size, b.length);
          size += b.length;
        }
      }
      i = j;
    }
    return Result.success(out ? Arrays.copyOf(buf, size) : new byte[0]);
  }

  private static int firstCombining(CharSequence text, int from, int to) {
    // The base letter alone was encodable, so a mark that could not be composed onto it is at fault.
    for (int k = from + 1; k < to; k++) {
      if (isCombining(text.charAt(k))) {
        return k;
      }
    }
    return from;
  }

  private static boolean isCombining(char c) {
    if (c < 0x0300) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** NFC of {@code s}. */
  static String nfc(CharSequence s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** The outcome of encoding: the bytes, or the index of the first unencodable character. */
  public static final class Result {
    private final byte[] bytes;
    private final int failedAt;

    private Result(byte[] bytes, int failedAt) {
      this.bytes = bytes;
      this.failedAt = failedAt;
    }

    static Result success(byte[] bytes) {
      return new Result(bytes, -1);
    }

    static Result failure(int index) {
      return new Result(new byte[0], index);
    }

    /** The bytes; empty on failure. */
    public byte[] bytes() {
      return bytes;
    }

    /** The index of the first unencodable character, or -1. */
    public int failedAt() {
      return failedAt;
    }
  }
}
