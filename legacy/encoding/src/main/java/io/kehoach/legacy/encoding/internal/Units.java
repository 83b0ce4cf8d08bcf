package io.kehoach.legacy.encoding.internal;

/**
 * The input of a decoder: a sequence of units, each either a byte (0-255) or, for text input, a
 * character that stands for no byte ({@code LITERAL + char}), which decoders pass through.
 */
public abstract class Units {
  /** Added to a character that is not a byte. */
  public static final int LITERAL = 0x10000;

  Units() {}

  /** The number of units. */
  public abstract int length();

  /** The unit at {@code i}. */
  public abstract int at(int i);

  /** Units over bytes {@code [from, to)}. */
  public static Units of(byte[] bytes, int from, int to) {
    return new Units() {
      @Override
      public int length() {
        return to - from;
      }

      @Override
      public int at(int i) {
        return bytes[from + i] & 0xFF;
      }
    };
  }

  /**
   * Units over text whose characters are legacy bytes as a Windows-1252 or ISO-8859-1 reader
   * produced them; characters of neither charset are literals.
   */
  public static Units of(CharSequence text, int from, int to) {
    return new Units() {
      @Override
      public int length() {
        return to - from;
      }

      @Override
      public int at(int i) {
        char c = text.charAt(from + i);
        int b = Cp1252.toByte(c);
        return b >= 0 ? b : LITERAL + c;
      }
    };
  }
}
