package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;

/** One line of an imported text: its number in the source (from 1), its text (NFC, spaces tidied) and folded text. */
public final class Line {
  final int number;
  final String text;
  final String folded;

  Line(int number, String text) {
    this.number = number;
    this.text = text;
    this.folded = Fold.fold(text);
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

  @Override
  public String toString() {
    return number + ": " + text;
  }
}
