package io.kehoach.legacy.text.internal;

/** An item of a section: its marker's level (0 Roman, 1 "1.", 2 "1.1."/"a)"/"(1)", 3 "-", 4 "+", 9 unmarked), its lines and text. */
final class Item {
  final int level;
  final int from;
  int to;
  final StringBuilder text = new StringBuilder();

  Item(int level, int from, String text) {
    this.level = level;
    this.from = from;
    this.to = from;
    this.text.append(text);
  }

  String text() {
    return text.toString().strip();
  }

  @Override
  public String toString() {
    return level + "@" + from + ": " + text();
  }
}
