package io.kehoach.legacy.text.internal;

/** Work over a few lines written in a test, with stages run in order. */
final class Works {
  private Works() {}

  /** The work of these lines, read as plain text. */
  static Work of(String... lines) {
    return new Work(PlainText.read(String.join("\n", lines), null), null);
  }

  /** Runs {@code stages} over {@code w}, in order; returns {@code w}. */
  static Work run(Work w, Stage... stages) {
    for (Stage s : stages) {
      s.apply(w);
    }
    return w;
  }

  /** Unflatten, Clean, Segment and Triage: what every recognising stage expects before it. */
  static Work found(String... lines) {
    return run(of(lines), new Unflatten(), new Clean(), new Segment(), new Triage());
  }

  /** The index of the first line whose text is {@code text}. */
  static int indexOf(Work w, String text) {
    return w.find(0, l -> l.text.equals(text));
  }
}
