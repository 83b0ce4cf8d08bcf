package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;

/**
 * An item of a section: its marker's level (0 Roman, 1 "1.", 2 "1.1."/"a)"/"(1)", 3 "-", 4 "+", 9
 * unmarked), its lines and text. The item keeps its folded text beside its text, built from the
 * folded lines it is made of: {@link Fold} maps each character to one, so the two stay aligned
 * and no recogniser folds an item again. Lines are appended in amortised constant time.
 */
final class Item {
  final int level;
  final int from;
  int to;
  /** The text and folded text while the item is one piece; builders take over when it grows. */
  private String text;
  private String folded;
  private StringBuilder textBuilder;
  private StringBuilder foldedBuilder;

  /** An item of text not taken from a {@link Line} (a test, a heading's tail). */
  Item(int level, int from, String text) {
    this(level, from, text, Fold.fold(text), 0);
  }

  /** An item from the rest of line {@code l} after {@code start}. */
  Item(int level, int from, Line l, int start) {
    this(level, from, l.text, l.folded, start);
  }

  private Item(int level, int from, String text, String folded, int start) {
    this.level = level;
    this.from = from;
    this.to = from;
    int a = Texts.stripStart(text, start, text.length());
    int b = Texts.stripEnd(text, a, text.length());
    boolean whole = a == 0 && b == text.length();
    this.text = whole ? text : text.substring(a, b);
    this.folded = whole ? folded : folded.substring(a, b);
  }

  /** Adds a line's text after {@code separator} (ASCII, which folds to itself). */
  void append(String separator, Line l) {
    append(separator, l.text, l.folded);
  }

  /** Adds a sub-item's text after {@code separator} (ASCII, which folds to itself). */
  void append(String separator, Item sub) {
    append(separator, sub.text(), sub.folded());
  }

  private void append(String separator, String more, String moreFolded) {
    int a = Texts.stripStart(more, 0, more.length());
    int b = Texts.stripEnd(more, a, more.length());
    if (textBuilder == null) {
      int capacity = 2 * (text.length() + separator.length() + b - a);
      textBuilder = new StringBuilder(capacity).append(text);
      foldedBuilder = new StringBuilder(capacity).append(folded);
    }
    textBuilder.append(separator).append(more, a, b);
    foldedBuilder.append(separator).append(moreFolded, a, b);
    text = null;
    folded = null;
  }

  /** Drops a final ";", "," or "." (not ":"), before a sub-item is joined to this item. */
  void trimEnd() {
    String t = text();
    int n = t.length();
    while (n > 0 && ";,.".indexOf(t.charAt(n - 1)) >= 0 && !t.startsWith("...", n - 3)) {
      n = Texts.stripEnd(t, 0, n - 1);
    }
    if (n < t.length()) {
      String f = folded();
      text = t.substring(0, n);
      folded = f.substring(0, n);
      textBuilder = null;
      foldedBuilder = null;
    }
  }

  /** Whether the text ends a sentence: with ".", ";" or ":". */
  boolean endsSentence() {
    CharSequence t = text != null ? text : textBuilder;
    int n = t.length();
    return n > 0 && ".;:".indexOf(t.charAt(n - 1)) >= 0;
  }

  /** Whether the text ends with {@code c}. */
  boolean endsWith(char c) {
    CharSequence t = text != null ? text : textBuilder;
    return t.length() > 0 && t.charAt(t.length() - 1) == c;
  }

  String text() {
    String t = text;
    if (t == null) {
      t = textBuilder.toString();
      text = t;
    }
    return t;
  }

  /** The folded text, of the same length as {@link #text()}. */
  String folded() {
    String f = folded;
    if (f == null) {
      f = foldedBuilder.toString();
      folded = f;
    }
    return f;
  }

  /** The text as a statement ({@link Texts#statement}). */
  String statement() {
    return text().substring(0, Texts.statementEnd(text(), 0));
  }

  /** The folded form of {@link #statement()}. */
  String foldedStatement() {
    return folded().substring(0, Texts.statementEnd(text(), 0));
  }

  @Override
  public String toString() {
    return level + "@" + from + ": " + text();
  }
}
