package io.kehoach.legacy.docx.internal;

/**
 * A line's spaces as the text importer expects them: no-break and odd spaces as one space, a run of
 * tabs (with the spaces around it) as one tab, which {@code TabRows} reads as a column break; stripped.
 */
final class PlainSpaces {
  private PlainSpaces() {}

  static String tidy(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        if (space) {
          b.setLength(b.length() - 1);
        }
        b.append('\t');
        space = true;
        continue;
      }
      boolean blank = c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
      if (blank) {
        if (!space && c != '\u200B') {
          b.append(' ');
          space = true;
        }
        continue;
      }
      space = false;
      b.append(c);
    }
    return b.toString().strip();
  }
}
