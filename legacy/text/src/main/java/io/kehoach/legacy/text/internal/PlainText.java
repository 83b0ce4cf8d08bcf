package io.kehoach.legacy.text.internal;

import io.kehoach.plan.internal.Text;
import io.kehoach.Location;
import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads plain text into the document model: one paragraph per line (a blank line is an empty
 * paragraph), and consecutive rows of cells joined by {@code |} or by tabs as one table, as a web
 * page or a copy out of Word leaves the head table ({@code "Sở Nội vụ Số: 118/KH-SNV |"}) or an
 * annex ({@code "| 1 | Tuyên truyền ... | Sở Tư pháp |"}). A line holding only {@code |} separates
 * the cells of a head table that a page printed one per line: it becomes an empty paragraph, a
 * boundary like a blank line. Text is NFC; no-break and zero-width spaces are spaces; runs of spaces are one.
 */
public final class PlainText {
  private PlainText() {}

  /** The document of {@code text}. */
  public static Document read(String text, @Nullable String source) {
    String nfc = text;
    Location lone = null;
    if (!Text.isNfc(text)) {
      // Lone surrogates are not Unicode text: U+FFFD each, with a warning at the first (LoneSurrogates).
      int at = Text.loneSurrogate(text, 0);
      if (at >= 0) {
        lone = lineOf(text, at);
        nfc = LoneSurrogates.replace(text);
      }
      nfc = Normalizer.normalize(nfc, Normalizer.Form.NFC);
    }
    List<Block> blocks = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    int tableFrom = 0;
    int lineNo = 0;
    int start = 0;
    int n = nfc.length();
    while (start <= n) {
      int end = nfc.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int stop = end > start && nfc.charAt(end - 1) == '\r' ? end - 1 : end;
      String raw = nfc.substring(start, stop);
      lineNo++;
      start = end + 1;
      if (raw.indexOf('\r') >= 0) {
        // Old Mac line ends inside a line: each is a line of its own.
        String[] parts = raw.split("\r", -1);
        for (int k = 0; k < parts.length; k++) {
          tableFrom = line(parts[k], k == 0 ? lineNo : ++lineNo, blocks, rows, tableFrom);
        }
      } else {
        tableFrom = line(raw, lineNo, blocks, rows, tableFrom);
      }
      if (end == n) {
        break;
      }
    }
    flush(blocks, rows, tableFrom, lineNo);
    Document.Builder d = Document.builder().blocks(blocks);
    if (source != null) {
      d.source(source);
    }
    if (lone != null) {
      d.addNotes(LoneSurrogates.warning(source == null ? lone : lone.inSource(source)));
    }
    return d.build();
  }

  /** The line and column of index {@code at} of {@code text}. */
  private static Location lineOf(String text, int at) {
    int line = 1;
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
    }
    return Location.at(line, at - start + 1);
  }

  private static int line(String raw, int number, List<Block> blocks, List<TableRow> rows, int tableFrom) {
    Location at = Location.atLine(number);
    if (raw.indexOf("     ") > 0) {
      // A PDF's columns copied as runs of spaces: "Nơi nhận:            TM. ỦY BAN NHÂN DÂN".
      raw = gaps(raw);
    }
    boolean tabs = raw.indexOf('\t') >= 0 && tabRow(raw);
    String t = tidy(raw, !tabs);
    boolean pipes = t.indexOf('|') >= 0 && topLevel(t);
    if (pipes && t.replace("|", "").isBlank()) {
      // "|" alone: the boundary between two cells a page printed one per line.
      flush(blocks, rows, tableFrom, number - 1);
      blocks.add(Paragraph.of("", at));
      return number + 1;
    }
    if (pipes && Clean.stamp(t)) {
      // "(08:15 | 02/06/2022)": a news page's time stamp, not two cells.
      pipes = false;
    }
    if (pipes || tabs) {
      List<TableCell> cells = new ArrayList<>();
      for (String c : cells(t, pipes ? '|' : '\t')) {
        String cell = tidy(c, true);
        cells.add(cell.isEmpty() ? TableCell.builder().build() : TableCell.of(Paragraph.of(cell, at)));
      }
      if (rows.isEmpty()) {
        tableFrom = number;
      }
      rows.add(TableRow.of(cells));
      return tableFrom;
    }
    flush(blocks, rows, tableFrom, number - 1);
    blocks.add(Paragraph.of(t, at));
    return tableFrom;
  }

  /** Runs of five or more spaces inside a line (not before its text) as tabs. */
  private static String gaps(String raw) {
    int start = 0;
    while (start < raw.length() && raw.charAt(start) == ' ') {
      start++;
    }
    String body = raw.substring(start).stripTrailing();
    return raw.substring(0, start) + GAP.matcher(body).replaceAll("\t");
  }

  private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile(" {5,}");

  /** Whether a "|" stands outside parentheses: "Kế hoạch … (08:15 | 02/06/2022)" is one cell. */
  private static boolean topLevel(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The cells of a row, without the empty cells outside its first and last separator; a "|" in parentheses does not part cells. */
  static List<String> cells(String row, char separator) {
    String r = row.strip();
    if (!r.isEmpty() && r.charAt(0) == separator) {
      r = r.substring(1);
    }
    if (!r.isEmpty() && r.charAt(r.length() - 1) == separator) {
      r = r.substring(0, r.length() - 1);
    }
    List<String> out = new ArrayList<>();
    int from = 0;
    int depth = 0;
    for (int i = 0; i <= r.length(); i++) {
      char c = i == r.length() ? separator : r.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (i == r.length() || c == separator && depth == 0) {
        out.add(r.substring(from, i));
        from = i + 1;
        if (separator == '\t') {
          while (from < r.length() && r.charAt(from) == '\t') {
            from++;
            i++;
          }
        }
      }
    }
    return out;
  }

  private static void flush(List<Block> blocks, List<TableRow> rows, int from, int to) {
    if (rows.isEmpty()) {
      return;
    }
    blocks.add(Table.builder().rows(rows).from(Location.atLine(from)).to(Location.atLine(Math.max(from, to))).build());
    rows.clear();
  }

  /** The line stripped, with no-break spaces (and tabs unless {@code tabsToo} is false) as spaces, zero-width characters removed, runs of spaces as one. */
  static String tidy(String raw, boolean tabsToo) {
    StringBuilder b = null;
    boolean space = false;
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c > ' ' && c < '\u00A0' || c > '\u00A0' && c < '\u2007') {
        // Neither space nor zero-width: almost every character.
        space = false;
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D') {
        if (b == null) {
          b = new StringBuilder(n).append(raw, 0, i);
        }
        continue;
      }
      boolean blank = c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u000B' || c == '\f'
          || c == '\t' && tabsToo;
      if (blank) {
        if ((space || c != ' ') && b == null) {
          b = new StringBuilder(n).append(raw, 0, i);
        }
        if (!space) {
          if (b != null) {
            b.append(' ');
          }
          space = true;
        }
        continue;
      }
      space = false;
      if (b != null) {
        b.append(c);
      }
    }
    if (b == null) {
      boolean stripped = n == 0 || !Character.isWhitespace(raw.charAt(0)) && !Character.isWhitespace(raw.charAt(n - 1));
      return stripped ? raw : raw.strip();
    }
    return b.toString().strip();
  }

  /** Whether a line's tabs separate cells: "Số: 12/KH-UBND⇥Hà Nội, ngày ...", not "1.⇥Mục đích". */
  private static boolean tabRow(String raw) {
    String s = raw.strip();
    int tab = s.indexOf('\t');
    if (tab <= 0) {
      return false;
    }
    String first = s.substring(0, tab).strip();
    java.util.regex.Matcher m = Texts.MARKER.matcher(first);
    return !(m.lookingAt() && m.end() == first.length());
  }
}
