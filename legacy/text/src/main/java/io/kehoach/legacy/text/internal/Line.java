package io.kehoach.legacy.text.internal;

import io.kehoach.Location;
import io.kehoach.legacy.internal.Fold;

/**
 * One line of the document as the stages read it: a paragraph, or one paragraph of a table cell,
 * with where it came from ({@code at}), its text (NFC, spaces tidied), its folded text, and the
 * table and row it belongs to ({@code -1} outside tables).
 */
public final class Line {
  /** The source line (from 1) or, for sources without lines, the paragraph's ordinal. */
  final int number;
  final Location at;
  final String text;
  final String folded;
  final int table;
  final int row;
  final boolean bold;

  Line(int number, Location at, String text, int table, int row, boolean bold) {
    this.number = number;
    this.at = at;
    this.text = text;
    this.folded = Fold.fold(text);
    this.table = table;
    this.row = row;
    this.bold = bold;
  }

  /** A line of plain text outside tables: for tests. */
  static Line of(int number, String text) {
    return new Line(number, Location.atLine(number), text, -1, -1, false);
  }

  private String lettersAndSpaces;

  /** The folded text with everything but {@code a-z} and spaces removed, stripped; computed once. */
  String lettersAndSpaces() {
    String l = lettersAndSpaces;
    if (l == null) {
      StringBuilder b = new StringBuilder(folded.length());
      for (int i = 0; i < folded.length(); i++) {
        char c = folded.charAt(i);
        if (c >= 'a' && c <= 'z' || c == ' ') {
          b.append(c);
        }
      }
      l = b.toString().strip();
      lettersAndSpaces = l;
    }
    return l;
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  boolean inTable() {
    return table >= 0;
  }

  @Override
  public String toString() {
    return number + ": " + text;
  }
}
