package io.kehoach.legacy.doc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a Word 97–2003 paragraph as the reader shows it: field codes dropped and their
 * results kept ({@code U+0013 code U+0014 result U+0015}), the paragraph, cell and row marks and
 * page and column breaks removed, other control characters (pictures, footnote references) dropped,
 * and manual line breaks ({@code U+000B}) splitting the paragraph into lines, as an office types
 * "TM. ỦY BAN NHÂN DÂN⏎CHỦ TỊCH" in one paragraph.
 */
final class WordText {
  private WordText() {}

  /** The lines of {@code raw}, each stripped; one empty line for an empty paragraph. */
  static List<String> lines(String raw) {
    List<String> lines = new ArrayList<>(1);
    StringBuilder b = new StringBuilder(raw.length());
    int fieldDepth = 0;
    // For each open field, whether its result (after U+0014) has begun.
    boolean[] inResult = new boolean[16];
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == 0x13) {
        fieldDepth++;
        if (fieldDepth < inResult.length) {
          inResult[fieldDepth] = false;
        }
        continue;
      }
      if (c == 0x14) {
        if (fieldDepth > 0 && fieldDepth < inResult.length) {
          inResult[fieldDepth] = true;
        }
        continue;
      }
      if (c == 0x15) {
        fieldDepth = Math.max(0, fieldDepth - 1);
        continue;
      }
      if (fieldDepth > 0 && !(fieldDepth < inResult.length && inResult[fieldDepth])) {
        continue;
      }
      if (c == 0x0B) {
        lines.add(b.toString().strip());
        b.setLength(0);
      } else if (c == '\t') {
        b.append('\t');
      } else if (c == 0x1E) {
        b.append('-'); // a non-breaking hyphen
      } else if (c == 0x1F || c == 0xAD) {
        // optional hyphens are invisible
      } else if (c < ' ') {
        // paragraph, cell and row marks, page breaks, picture and note anchors
      } else if (c == 0xA0) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    lines.add(b.toString().strip());
    return lines;
  }
}
