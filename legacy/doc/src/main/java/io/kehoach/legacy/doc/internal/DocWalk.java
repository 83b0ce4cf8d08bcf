package io.kehoach.legacy.doc.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Alignment;
import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import io.kehoach.legacy.internal.TabRows;
import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Range;
import org.jspecify.annotations.Nullable;

/**
 * Walks a Word 97–2003 document into the document model: the main text's paragraphs in order, its
 * top-level tables as tables (merged cells as spans; a nested table's paragraphs stay in their
 * cell), headers, footers, footnotes, endnotes and text boxes as margins, list markers recovered
 * by {@link Numbering}, deleted revisions left out and inserted ones kept, with notes on both and on
 * comments. A paragraph's location is its ordinal among the paragraphs given, from 1, as a line.
 */
public final class DocWalk {
  private final InputLimits limits;
  private final @Nullable String source;
  private final Numbering numbering = new Numbering();
  private int ordinal;
  private int inserted;
  private int deleted;

  private DocWalk(InputLimits limits, @Nullable String source) {
    this.limits = limits;
    this.source = source;
  }

  /**
   * The document model of {@code doc}.
   *
   * @throws InputLimitException past {@code maxElements} paragraphs or a paragraph past {@code maxTextLength}
   */
  public static Document read(HWPFDocument doc, InputLimits limits, @Nullable String source) {
    return new DocWalk(limits, source).walk(doc);
  }

  private Document walk(HWPFDocument doc) {
    Document.Builder d = Document.builder();
    if (source != null) {
      d.source(source);
    }
    d.blocks(TabRows.group(body(doc.getRange())));
    List<Paragraph> margins = new ArrayList<>();
    margins(doc.getHeaderStoryRange(), margins);
    margins(doc.getFootnoteRange(), margins);
    margins(doc.getEndnoteRange(), margins);
    int beforeBoxes = margins.size();
    margins(doc.getMainTextboxRange(), margins);
    d.margins(margins);
    if (margins.size() > beforeBoxes) {
      d.addNotes(Diagnostic.info("doc.textboxes", LocalizedText.of(
          "Văn bản có " + (margins.size() - beforeBoxes) + " đoạn trong hộp văn bản; chúng được đọc riêng, ngoài thân văn bản",
          "The file has " + (margins.size() - beforeBoxes) + " paragraphs in text boxes; they are read apart from the body"),
          at(0)));
    }
    if (inserted > 0 || deleted > 0) {
      d.addNotes(Diagnostic.warning("doc.revisions", LocalizedText.of(
          "Văn bản còn thay đổi được theo dõi chưa chấp nhận: " + inserted + " đoạn chữ thêm (được giữ), " + deleted
              + " đoạn chữ xóa (bị bỏ qua)",
          "The file holds tracked changes not yet accepted: " + inserted + " insertions (kept) and " + deleted
              + " deletions (left out)"), at(0)));
    }
    int comments = count(doc.getCommentsRange());
    if (comments > 0) {
      d.addNotes(Diagnostic.warning("doc.comments", LocalizedText.of(
          "Văn bản có " + comments + " đoạn góp ý (comment); nội dung góp ý không được đưa vào kế hoạch",
          "The file has " + comments + " comment paragraphs; their text is not part of the plan"), at(0)));
    }
    return d.build();
  }

  private List<Block> body(Range range) {
    List<Block> blocks = new ArrayList<>();
    int n = range.numParagraphs();
    for (int i = 0; i < n; ) {
      org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        org.apache.poi.hwpf.usermodel.Table t = tableAt(range, p);
        if (t != null && t.numParagraphs() > 0) {
          blocks.add(table(t));
          i += t.numParagraphs();
          continue;
        }
      }
      blocks.addAll(paragraphs(p));
      i++;
    }
    return blocks;
  }

  private static org.apache.poi.hwpf.usermodel.@Nullable Table tableAt(Range range,
      org.apache.poi.hwpf.usermodel.Paragraph p) {
    try {
      return range.getTable(p);
    } catch (IllegalArgumentException e) {
      // A paragraph marked as in a table without the table's start: read as a paragraph.
      return null;
    }
  }

  private Table table(org.apache.poi.hwpf.usermodel.Table t) {
    Location from = at(ordinal + 1);
    List<List<CellDraft>> rows = new ArrayList<>();
    // The cell each column's vertical merge began in, per column index.
    List<CellDraft> above = new ArrayList<>();
    for (int r = 0; r < t.numRows(); r++) {
      org.apache.poi.hwpf.usermodel.TableRow row = t.getRow(r);
      List<CellDraft> cells = new ArrayList<>();
      int column = 0;
      for (int c = 0; c < row.numCells(); c++) {
        org.apache.poi.hwpf.usermodel.TableCell cell = row.getCell(c);
        if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
          cells.get(cells.size() - 1).columnSpan++;
          column++;
          continue;
        }
        if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && column < above.size()
            && above.get(column) != null) {
          above.get(column).rowSpan++;
          column++;
          continue;
        }
        CellDraft draft = new CellDraft();
        for (int k = 0; k < cell.numParagraphs(); k++) {
          draft.paragraphs.addAll(paragraphs(cell.getParagraph(k)));
        }
        cells.add(draft);
        while (above.size() <= column) {
          above.add(null);
        }
        above.set(column, cell.isFirstVerticallyMerged() ? draft : null);
        column++;
      }
      rows.add(cells);
    }
    Table.Builder b = Table.builder().from(from).to(at(Math.max(ordinal, 1)));
    for (List<CellDraft> cells : rows) {
      List<TableCell> built = new ArrayList<>();
      for (CellDraft cell : cells) {
        built.add(TableCell.builder().paragraphs(cell.paragraphs).columnSpan(cell.columnSpan).rowSpan(cell.rowSpan).build());
      }
      b.addRows(TableRow.of(built));
    }
    return b.build();
  }

  private static final class CellDraft {
    final List<Paragraph> paragraphs = new ArrayList<>();
    int columnSpan = 1;
    int rowSpan = 1;
  }

  /** The paragraphs one Word paragraph gives: one per manual line break. */
  private List<Paragraph> paragraphs(org.apache.poi.hwpf.usermodel.Paragraph p) {
    StringBuilder raw = new StringBuilder();
    boolean bold = true;
    boolean italic = true;
    boolean anyText = false;
    double size = 0;
    for (int j = 0; j < p.numCharacterRuns(); j++) {
      CharacterRun run = p.getCharacterRun(j);
      if (run.isMarkedDeleted()) {
        deleted++;
        continue;
      }
      if (run.isMarkedInserted()) {
        inserted++;
      }
      String t = run.text();
      raw.append(t);
      if (!t.isBlank()) {
        anyText = true;
        bold &= run.isBold();
        italic &= run.isItalic();
        size = Math.max(size, run.getFontSize() / 2.0);
      }
    }
    if (raw.length() > limits.getMaxTextLength()) {
      throw InputLimitException.over("maxTextLength", limits.getMaxTextLength(), "Đoạn văn", "The paragraph", "ký tự",
          "characters", at(ordinal + 1));
    }
    String marker = null;
    int level = -1;
    if (p.isInList() && anyText) {
      level = p.getIlvl();
      HWPFList list = listOf(p);
      if (list != null) {
        marker = numbering.next(lsid(list, p.getIlfo()), list, level);
      }
    }
    List<Paragraph> out = new ArrayList<>();
    List<String> lines = WordText.lines(raw.toString());
    for (int k = 0; k < lines.size(); k++) {
      if (++ordinal > limits.getMaxElements()) {
        throw InputLimitException.over("maxElements", limits.getMaxElements(), "Văn bản", "The document", "đoạn",
            "paragraphs", at(ordinal));
      }
      Paragraph.Builder b = Paragraph.builder().text(Text.nfc(lines.get(k))).from(at(ordinal))
          .bold(anyText && bold).italic(anyText && italic);
      alignment(p.getJustification(), b);
      if (size > 0) {
        b.fontSize(size);
      }
      int indent = p.getIndentFromLeft();
      if (indent > 0) {
        b.indent(indent / 20.0);
      }
      if (k == 0 && marker != null) {
        b.listMarker(marker).listLevel(Math.max(0, level));
      }
      out.add(b.build());
    }
    return out;
  }

  private static @Nullable HWPFList listOf(org.apache.poi.hwpf.usermodel.Paragraph p) {
    try {
      return p.getList();
    } catch (RuntimeException e) {
      // A list reference to a list the file lacks: no marker.
      return null;
    }
  }

  /** The list's id, which numbering continues across (Word keeps counting a list through other paragraphs). */
  private static int lsid(HWPFList list, int ilfo) {
    try {
      return list.getLsid();
    } catch (RuntimeException e) {
      return -ilfo - 1;
    }
  }

  private static void alignment(int justification, Paragraph.Builder b) {
    switch (justification) {
      case 0:
        b.alignment(Alignment.LEFT);
        break;
      case 1:
        b.alignment(Alignment.CENTER);
        break;
      case 2:
        b.alignment(Alignment.RIGHT);
        break;
      case 3:
      case 4:
      case 5:
        b.alignment(Alignment.JUSTIFIED);
        break;
      default:
        break;
    }
  }

  private void margins(@Nullable Range range, List<Paragraph> into) {
    if (range == null) {
      return;
    }
    for (int i = 0; i < range.numParagraphs(); i++) {
      for (Paragraph p : paragraphs(range.getParagraph(i))) {
        if (!p.isEmpty()) {
          into.add(p);
        }
      }
    }
  }

  private static int count(@Nullable Range range) {
    if (range == null) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < range.numParagraphs(); i++) {
      if (!WordText.lines(range.getParagraph(i).text()).stream().allMatch(String::isEmpty)) {
        n++;
      }
    }
    return n;
  }

  private Location at(int line) {
    Location.Builder b = Location.builder();
    if (source != null) {
      b.source(source);
    }
    if (line > 0) {
      b.line(line);
    }
    return b.build();
  }
}
