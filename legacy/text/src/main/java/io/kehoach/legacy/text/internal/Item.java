package io.kehoach.legacy.text.internal;

/** An item of a section: its marker's level (0 Roman, 1 "1.", 2 "1.1."/"a)"/"(1)", 3 "-", 4 "+", 9 unmarked), its lines and text. */
final class Item {
  final int level;
  final int from;
  int to;
  private String text;

  Item(int level, int from, String text) {
    this.level = level;
    this.from = from;
    this.to = from;
    this.text = text.strip();
  }

  /** Adds a line's text (or a sub-item's) after {@code separator}. */
  void append(String separator, String more) {
    text = text + separator + more.strip();
  }

  /** Drops a final ";", "," or "." (not ":"), before a sub-item is joined to this item. */
  void trimEnd() {
    while (!text.isEmpty() && ";,.".indexOf(text.charAt(text.length() - 1)) >= 0 && !text.endsWith("...")) {
      text = text.substring(0, text.length() - 1).strip();
    }
  }

  String text() {
    return text;
  }

  @Override
  public String toString() {
    return level + "@" + from + ": " + text();
  }
}
