package io.kehoach.legacy.text.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the stages share for one import: the document read as lines (a table's cells row by row,
 * each paragraph of a cell a line), which lines a stage has claimed, the segments found, and the
 * result being built ({@link Draft}, the recognised parts, the diagnostics). Made per import; not
 * thread-safe.
 */
final class Work {
  final @Nullable String source;
  final List<Line> lines;
  final List<Table> tables = new ArrayList<>();
  final Segments segments = new Segments();
  /** What the text is, as {@link Triage} found. */
  io.kehoach.legacy.text.DocumentKind kind = io.kehoach.legacy.text.DocumentKind.NOT_A_PLAN;
  final Draft draft;
  final Map<String, String> metadata = new LinkedHashMap<>();
  final List<RecognizedPart> parts = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Lines that were site chrome (menus, share buttons, page numbers): reported, not part of the plan. */
  final BitSet chrome = new BitSet();
  private final BitSet claimed = new BitSet();

  Work(Document document, @Nullable String source) {
    this.source = source;
    this.lines = new ArrayList<>();
    this.draft = new Draft();
    int ordinal = 0;
    for (Block b : document.getBlocks()) {
      if (b instanceof Paragraph) {
        Paragraph p = (Paragraph) b;
        lines.add(new Line(p.getFrom().getLine().orElse(++ordinal), p.getFrom(), text(p), -1, -1, p.isBold()));
      } else if (b instanceof Table) {
        Table t = (Table) b;
        int table = tables.size();
        tables.add(t);
        int row = 0;
        for (TableRow r : t.getRows()) {
          for (TableCell c : r.getCells()) {
            for (Paragraph p : c.getParagraphs()) {
              if (!p.isEmpty()) {
                lines.add(new Line(p.getFrom().getLine().orElse(++ordinal), p.getFrom(), text(p), table, row, p.isBold()));
              }
            }
          }
          row++;
        }
      }
    }
  }

  private static String text(Paragraph p) {
    return p.getListMarker().isPresent() ? p.markedText() : p.getText();
  }

  /** Work on lines made in a test. */
  Work(List<Line> lines) {
    this.source = null;
    this.lines = new ArrayList<>(lines);
    this.draft = new Draft();
  }

  int size() {
    return lines.size();
  }

  Line line(int i) {
    return lines.get(i);
  }

  boolean isClaimed(int i) {
    return claimed.get(i);
  }

  /** Whether line {@code i} is neither blank nor claimed. */
  boolean isFree(int i) {
    return !claimed.get(i) && !lines.get(i).isBlank();
  }

  void claim(int i) {
    claimed.set(i);
  }

  /** Claims lines {@code from} to {@code to}, inclusive. */
  void claim(int from, int to) {
    if (to >= from) {
      claimed.set(from, to + 1);
    }
  }

  /** The first line from {@code from} that passes {@code p}, or -1. */
  int find(int from, Predicate<Line> p) {
    return find(from, lines.size(), p);
  }

  int find(int from, int to, Predicate<Line> p) {
    for (int i = Math.max(0, from); i < to && i < lines.size(); i++) {
      if (p.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The next non-blank line after {@code i} and before {@code end}, or -1. */
  int next(int i, int end) {
    for (int j = i + 1; j < end && j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  int lastNonBlank() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** Records that {@code pointer} was read from lines {@code from} to {@code to}. */
  void part(String pointer, int from, int to) {
    Location a = lines.get(from).at;
    Location b = lines.get(Math.max(from, to)).at;
    parts.add(RecognizedPart.of(pointer, located(a), located(b)));
  }

  private Location located(Location at) {
    return source == null || at.getSource().isPresent() ? at : at.inSource(source);
  }

  /** A warning at line {@code index}, or about the whole text when {@code index} is -1. */
  void warn(String code, String vi, String en, int index) {
    add(Diagnostic.Severity.WARNING, code, vi, en, index);
  }

  void info(String code, String vi, String en, int index) {
    add(Diagnostic.Severity.INFO, code, vi, en, index);
  }

  private void add(Diagnostic.Severity severity, String code, String vi, String en, int index) {
    LocalizedText message = LocalizedText.of(vi, en);
    Location at = index >= 0 && index < lines.size() ? located(lines.get(index).at)
        : source == null ? null : Location.builder().source(source).build();
    diagnostics.add(Diagnostic.of(code, severity, message, java.util.Optional.ofNullable(at)));
  }

  /** The line index of the first line of table {@code table}, or -1. */
  int firstLineOf(int table) {
    return find(0, l -> l.table == table);
  }
}
