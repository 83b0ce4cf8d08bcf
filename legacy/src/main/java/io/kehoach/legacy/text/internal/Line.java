package io.kehoach.legacy.text.internal;

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

  boolean isBlank() {
    return text.isEmpty();
  }

  @Override
  public String toString() {
    return number + ": " + text;
  }
}
