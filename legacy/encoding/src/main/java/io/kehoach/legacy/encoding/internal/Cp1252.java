package io.kehoach.legacy.encoding.internal;

import java.nio.charset.Charset;

/**
 * Windows-1252, the view in which legacy Vietnamese bytes usually reach a program as text (a .doc
 * read by a Windows program, a file opened with the wrong charset). The five positions that
 * Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as the ISO-8859-1 C1
 * control of the same value, so every byte has exactly one character and back.
 */
public final class Cp1252 {
  private static final char[] TO_CHAR = new char[256];
  private static final short[] FROM_CHAR = new short[0x2200];

  static {
    java.util.Arrays.fill(FROM_CHAR, (short) -1);
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String s = new String(all, Charset.forName("windows-1252"));
    for (int i = 0; i < 256; i++) {
      char c = s.charAt(i);
      TO_CHAR[i] = c == '\uFFFD' ? (char) i : c;
    }
    // First the ISO-8859-1 reading (a byte is the char of the same value), then Windows-1252, so
    // that both views of 0x80-0x9F lead back to the byte.
    for (int i = 0; i < 256; i++) {
      FROM_CHAR[i] = (short) i;
    }
    for (int i = 0; i < 256; i++) {
      FROM_CHAR[TO_CHAR[i]] = (short) i;
    }
  }

  private Cp1252() {}

  /** The Windows-1252 character of byte {@code b} (0-255). */
  public static char toChar(int b) {
    return TO_CHAR[b];
  }

  /**
   * The byte (0-255) that {@code c} stands for in a Windows-1252 or ISO-8859-1 reading, or -1 when
   * {@code c} is no such character.
   */
  public static int toByte(char c) {
    return c < FROM_CHAR.length ? FROM_CHAR[c] : -1;
  }
}
