package io.kehoach.legacy.pdf.internal;

import io.kehoach.Location;
import io.kehoach.legacy.document.Alignment;
import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import io.kehoach.legacy.pdf.internal.Glyphs.Line;
import io.kehoach.legacy.pdf.internal.Glyphs.Word;
import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Positioned lines made the document model: page numbers and running heads set apart as margins;
 * a run of lines in two columns (the head: issuing body and number on the left, national name,
 * motto and date on the right; the closing: recipients on the left, the signature on the right)
 * made a one-row table of its two columns, each read top to bottom; lines of three or more columns
 * made table rows; the other lines joined into paragraphs where the text wraps (a line that reaches
 * the right edge, followed by one that starts at the left margin without an item marker), a word
 * hyphenated at a line end joined again; alignment told by position, bold by the font.
 */
final class Layout {
  private static final Pattern MARKER = Pattern.compile("^(?:[IVXLC]{1,6}\\.|\\d{1,3}(?:\\.\\d{1,3})*[.)]|[a-zđ]\\)|\\(\\d{1,3}\\)|[-+•*–])(?:\\s|$)");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:-\\s*)?(?:[Tt]rang\\s+)?\\d{1,4}(?:\\s*-)?(?:\\s*/\\s*\\d{1,4})?$");

  private final @Nullable String source;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Paragraph> margins = new ArrayList<>();
  private float left = Float.MAX_VALUE;
  private float right;
  private int ordinal;

  private Layout(@Nullable String source) {
    this.source = source;
  }

  /** The body's blocks and the margins of {@code lines}. */
  static Layout of(List<Line> all, @Nullable String source) {
    Layout l = new Layout(source);
    List<Line> body = l.margins(all);
    for (Line line : body) {
      l.left = Math.min(l.left, line.x());
      l.right = Math.max(l.right, line.end());
    }
    l.blocks(body);
    return l;
  }

  List<Block> blocks() {
    return blocks;
  }

  List<Paragraph> margins() {
    return margins;
  }

  /** Page numbers and heads repeated at the top of pages go to the margins; the rest is the body. */
  private List<Line> margins(List<Line> lines) {
    Map<String, Integer> tops = new HashMap<>();
    int pages = 0;
    int page = -1;
    for (Line l : lines) {
      if (l.page() != page) {
        page = l.page();
        pages++;
        tops.merge(l.text(), 1, Integer::sum);
      }
    }
    List<Line> body = new ArrayList<>();
    page = -1;
    for (Line l : lines) {
      boolean firstOfPage = l.page() != page;
      page = l.page();
      boolean edge = l.y() < 0.1f * l.pageHeight() || l.y() > 0.9f * l.pageHeight();
      boolean number = edge && PAGE_NUMBER.matcher(l.text()).matches();
      boolean runningHead = firstOfPage && pages > 1 && tops.getOrDefault(l.text(), 0) > 1 && l.y() < 0.15f * l.pageHeight();
      if (number || runningHead) {
        margins.add(paragraph(List.of(l), null, Text.nfc(l.text())));
      } else {
        body.add(l);
      }
    }
    return body;
  }

  private void blocks(List<Line> lines) {
    List<Line> paragraph = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      List<List<Word>> segments = segments(l);
      if (segments.size() == 2) {
        int end = columns(lines, i);
        if (end > i) {
          flush(paragraph);
          flushRows(rows);
          blocks.add(twoColumns(lines.subList(i, end + 1)));
          i = end;
          continue;
        }
      }
      if (segments.size() >= 3) {
        flush(paragraph);
        List<TableCell> cells = new ArrayList<>();
        for (List<Word> s : segments) {
          cells.add(TableCell.of(Paragraph.of(Text.nfc(joinWords(s)), at(++ordinal))));
        }
        rows.add(TableRow.of(cells));
        continue;
      }
      flushRows(rows);
      if (!paragraph.isEmpty() && !continues(paragraph.get(paragraph.size() - 1), l)) {
        flush(paragraph);
      }
      paragraph.add(l);
    }
    flush(paragraph);
    flushRows(rows);
  }

  /**
   * Where a run of two-column lines that begins at {@code i} ends (inclusive), or {@code i - 1} if
   * none. A line alone on one side belongs to the run when it stays clear of the other column and
   * its middle lies on its side of the page (the title "KẾ HOẠCH", centred on the page, ends the head).
   */
  private int columns(List<Line> lines, int i) {
    Line first = lines.get(i);
    List<List<Word>> s = segments(first);
    float leftEnd = s.get(0).get(s.get(0).size() - 1).end();
    float rightStart = s.get(1).get(0).x();
    float mid = (left + right) / 2;
    int end = i;
    for (int k = i + 1; k < lines.size(); k++) {
      Line l = lines.get(k);
      Line prev = lines.get(k - 1);
      float size = Math.max(l.size(), 8);
      if (l.page() != first.page() || l.y() - prev.y() > 6 * size) {
        break;
      }
      List<List<Word>> seg = segments(l);
      float centre = (l.x() + l.end()) / 2;
      if (seg.size() == 2 && seg.get(0).get(seg.get(0).size() - 1).end() < seg.get(1).get(0).x()) {
        leftEnd = Math.max(leftEnd, seg.get(0).get(seg.get(0).size() - 1).end());
        rightStart = Math.min(rightStart, seg.get(1).get(0).x());
      } else if (seg.size() == 1 && l.end() <= rightStart - size / 2 && centre < mid - size) {
        leftEnd = Math.max(leftEnd, l.end());
      } else if (seg.size() == 1 && l.x() >= leftEnd + size / 2 && centre > mid + size) {
        rightStart = Math.min(rightStart, l.x());
      } else {
        break;
      }
      end = k;
    }
    // One line alone in two columns is a line with a gap, not a head.
    return end > i || isHeadLike(first) ? end : i - 1;
  }

  private static boolean isHeadLike(Line l) {
    String t = l.text();
    return t.contains("CỘNG HÒA") || t.contains("Nơi nhận");
  }

  private Table twoColumns(List<Line> lines) {
    float mid = (left + right) / 2;
    List<List<Word>> leftLines = new ArrayList<>();
    List<List<Word>> rightLines = new ArrayList<>();
    for (Line l : lines) {
      List<List<Word>> seg = segments(l);
      if (seg.size() == 2) {
        leftLines.add(seg.get(0));
        rightLines.add(seg.get(1));
      } else if ((l.x() + l.end()) / 2 < mid) {
        leftLines.add(seg.get(0));
      } else {
        rightLines.add(seg.get(0));
      }
    }
    Location from = at(ordinal + 1);
    List<Paragraph> leftCell = cell(recipients(leftLines));
    List<Paragraph> rightCell = cell(rightLines);
    return Table.builder().from(from).to(at(ordinal)).addRows(TableRow.of(List.of(
        TableCell.builder().paragraphs(leftCell).build(), TableCell.builder().paragraphs(rightCell).build()))).build();
  }

  /** In the recipients' column ("Nơi nhận:"), a line that does not begin an entry ("- …") carries on the one above. */
  private static List<List<Word>> recipients(List<List<Word>> lines) {
    if (lines.isEmpty() || !lines.get(0).get(0).text().startsWith("Nơi")) {
      return lines;
    }
    List<List<Word>> out = new ArrayList<>();
    for (List<Word> l : lines) {
      String first = l.get(0).text();
      boolean entry = first.startsWith("-") || first.startsWith("+") || first.startsWith("•") || out.isEmpty();
      if (entry) {
        out.add(new ArrayList<>(l));
      } else {
        out.get(out.size() - 1).addAll(l);
      }
    }
    return out;
  }

  private List<Paragraph> cell(List<List<Word>> lines) {
    List<Paragraph> out = new ArrayList<>();
    for (List<Word> words : lines) {
      boolean bold = words.stream().allMatch(Word::bold);
      Paragraph.Builder b = Paragraph.builder().text(Text.nfc(joinWords(words))).from(at(++ordinal)).bold(bold)
          .alignment(Alignment.CENTER);
      out.add(b.build());
    }
    return out;
  }

  /** Whether {@code next} carries on the paragraph that {@code prev} ends. */
  private boolean continues(Line prev, Line next) {
    float size = Math.max(prev.size(), 8);
    boolean newPage = next.page() != prev.page();
    if (!newPage && next.y() - prev.y() > 2.2f * size) {
      return false;
    }
    if (Math.abs(next.size() - prev.size()) > 1 || prev.bold() != next.bold()) {
      return false;
    }
    if (MARKER.matcher(next.text()).find()) {
      return false;
    }
    boolean centredPrev = centred(prev);
    boolean centredNext = centred(next);
    float mid = (left + right) / 2;
    boolean wideAndCentral = prev.end() - prev.x() > 0.6f * (right - left)
        && Math.abs((prev.x() + prev.end()) / 2 - mid) < 3 * size;
    if (centredNext) {
      // A centred title wrapped over two lines: the first wide and about the middle.
      return (centredPrev || prev.bold()) && wideAndCentral;
    }
    if (centredPrev) {
      return false;
    }
    // The text wraps when the next line's first word would not have fitted at the end of this one.
    Word first = next.words().get(0);
    boolean full = prev.end() + (first.end() - first.x()) + 0.6f * size >= right - size;
    boolean atMargin = next.x() <= left + 1.5f * size;
    return full && atMargin;
  }

  private boolean centred(Line l) {
    float size = Math.max(l.size(), 8);
    float mid = (left + right) / 2;
    // Not an indented first line that runs to the right edge: that is justified text.
    return l.x() > left + 2 * size && l.end() < right - 2 * size && Math.abs((l.x() + l.end()) / 2 - mid) < 2 * size;
  }

  private void flush(List<Line> lines) {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      String t = l.text();
      if (b.length() > 0) {
        char last = b.charAt(b.length() - 1);
        boolean hyphen = last == '-' && b.length() > 1 && Character.isLetter(b.charAt(b.length() - 2))
            && !t.isEmpty() && Character.isLowerCase(t.charAt(0));
        if (hyphen) {
          b.setLength(b.length() - 1);
        } else {
          b.append(' ');
        }
      }
      b.append(t);
    }
    Alignment a = centred(lines.get(0)) ? Alignment.CENTER : lines.size() > 1 ? Alignment.JUSTIFIED : Alignment.LEFT;
    blocks.add(paragraph(lines, a, Text.nfc(b.toString())));
    lines.clear();
  }

  private void flushRows(List<TableRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    blocks.add(Table.builder().rows(rows).from(rows.get(0).getCells().get(0).getParagraphs().get(0).getFrom())
        .to(at(ordinal)).build());
    rows.clear();
  }

  private Paragraph paragraph(List<Line> lines, @Nullable Alignment a, String text) {
    Location from = at(++ordinal);
    ordinal += lines.size() - 1;
    boolean bold = lines.stream().allMatch(Line::bold);
    Paragraph.Builder b = Paragraph.builder().text(text).from(from).to(at(ordinal)).bold(bold)
        .fontSize(lines.get(0).size());
    if (a != null) {
      b.alignment(a);
    }
    if (lines.get(0).x() > left + 1) {
      b.indent(lines.get(0).x() - left);
    }
    return b.build();
  }

  /** The words of a line in groups separated by gaps wider than about two and a half letters. */
  static List<List<Word>> segments(Line l) {
    List<List<Word>> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    Word prev = null;
    for (Word w : l.words()) {
      if (prev != null && w.x() - prev.end() > 2.5f * Math.max(w.size(), 6)) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(w);
      prev = w;
    }
    out.add(current);
    return out;
  }

  private static String joinWords(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.text());
    }
    return b.toString();
  }

  private Location at(int line) {
    Location.Builder b = Location.builder().line(Math.max(1, line));
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }
}
