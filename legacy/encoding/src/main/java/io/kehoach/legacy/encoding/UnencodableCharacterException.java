package io.kehoach.legacy.encoding;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import java.util.Locale;

/**
 * A text that cannot be written in a legacy charset: it holds a character the charset has no code
 * for, such as "“" in VISCII, "Ế" in TCVN3 or "€" in any of them. Names the charset, the
 * character and its index in the text (from 0), and carries the line and column as its
 * {@link Location}.
 *
 * @since 0.1
 */
public final class UnencodableCharacterException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final LegacyEncoding encoding;
  private final int index;
  private final int codePoint;

  UnencodableCharacterException(LegacyEncoding encoding, CharSequence text, int index) {
    super(message(encoding, Character.codePointAt(text, index), index), location(text, index));
    this.encoding = encoding;
    this.index = index;
    this.codePoint = Character.codePointAt(text, index);
  }

  private static LocalizedText message(LegacyEncoding encoding, int codePoint, int index) {
    String shown = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
        ? "" : "«" + new String(Character.toChars(codePoint)) + "» ";
    String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
    return LocalizedText.of(
        "Ký tự " + shown + "(" + hex + ") ở vị trí " + index + " không có trong bảng mã "
            + encoding.getDisplayName(),
        "Character " + shown + "(" + hex + ") at index " + index + " cannot be encoded in "
            + encoding.getDisplayName());
  }

  private static Location location(CharSequence text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return Location.at(line, column);
  }

  /** The charset that cannot hold the character. */
  public LegacyEncoding getEncoding() {
    return encoding;
  }

  /** The index (from 0, in UTF-16 units) of the character in the text given to the encoder. */
  public int getIndex() {
    return index;
  }

  /** The character, as a Unicode code point. */
  public int getCodePoint() {
    return codePoint;
  }
}
