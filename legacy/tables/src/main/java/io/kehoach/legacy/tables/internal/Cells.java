package io.kehoach.legacy.tables.internal;

import java.text.Normalizer;

/**
 * The value of one cell, both ways. A cell that begins with an apostrophe is the writer's marker:
 * the apostrophe is removed and the rest is taken verbatim (this is how a value that begins with a
 * formula trigger, or that has spaces or carriage returns a plain cell would lose, survives). Any
 * other cell is trimmed and its line breaks are made {@code \n}.
 *
 * <p>The triggers are those of OWASP's "CSV Injection" guidance: {@code = + - @}, TAB and CR as the
 * first character make Excel, LibreOffice Calc and Google Sheets read a formula.
 */
public final class Cells {
  /** First characters that make a spreadsheet read a formula (OWASP "CSV Injection"). */
  static final String TRIGGERS = "=+-@\t\r";

  private Cells() {}

  /** The value of a cell as read from a file. */
  public static String read(String raw) {
    if (!raw.isEmpty() && raw.charAt(0) == '\'') {
      return nfc(raw.substring(1));
    }
    return plain(raw);
  }

  /** What a cell without the marker holds after trimming and making line breaks {@code \n}. */
  public static String plain(String raw) {
    String s = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
    return nfc(s.strip());
  }

  /** The cell to write for {@code value} (without the surrounding quotes): marked where needed. */
  public static String encode(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean mark = first == '\'' || TRIGGERS.indexOf(first) >= 0 || !plain(value).equals(value);
    return mark ? "'" + value : value;
  }

  /** Appends {@code cell} in double quotes, doubling the quotes inside (RFC 4180, 2.7). */
  public static void quote(StringBuilder out, String cell) {
    out.append('"');
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
