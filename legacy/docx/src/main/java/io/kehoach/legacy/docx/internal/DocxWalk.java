package io.kehoach.legacy.docx.internal;

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
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Walks a {@code .docx} into the document model: the body's paragraphs and tables in order
 * (content controls opened, a nested table's paragraphs kept in their cell, merged cells as spans),
 * each paragraph with its text ({@link Runs}), bold and italic, alignment, font size, indentation and
 * generated list marker ({@link Numbering}); text boxes read after the paragraph that anchors them;
 * headers, footers, footnotes and endnotes as margins; notes on tracked changes and comments. A
 * paragraph's location is its ordinal among the paragraphs given, from 1, as a line.
 */
public final class DocxWalk {
  private final DocxParts doc;
  private final InputLimits limits;
  private final @Nullable String source;
  private final Styles styles;
  private final Numbering numbering;
  private int ordinal;
  private int inserted;
  private int deleted;

  private DocxWalk(DocxParts doc, InputLimits limits, @Nullable String source) {
    this.doc = doc;
    this.limits = limits;
    this.source = source;
    this.styles = new Styles(doc.styles);
    this.numbering = new Numbering(doc.numbering);
  }

  /**
   * The document model of the parts {@code doc}.
   *
   * @throws InputLimitException past {@code maxElements} paragraphs, {@code maxDepth} nested tables or
   *     {@code maxTextLength} characters in a paragraph
   */
  public static Document read(DocxParts doc, InputLimits limits, @Nullable String source) {
    return new DocxWalk(doc, limits, source).walk();
  }

  private Document walk() {
    Document.Builder d = Document.builder();
    if (source != null) {
      d.source(source);
    }
    List<Block> blocks = new ArrayList<>();
    Element body = W.child(doc.document, "body");
    blocks(body, blocks, 0);
    d.blocks(TabRows.group(blocks));
    List<Paragraph> margins = new ArrayList<>();
    for (Element h : doc.headers) {
      margin(h, margins);
    }
    for (Element f : doc.footers) {
      margin(f, margins);
    }
    for (Element part : doc.notes) {
      for (Element n : W.children(part)) {
        if ("footnote".equals(n.getLocalName()) || "endnote".equals(n.getLocalName())) {
          margin(n, margins);
        }
      }
    }
    d.margins(margins);
    if (inserted > 0 || deleted > 0) {
      d.addNotes(Diagnostic.warning("docx.revisions", LocalizedText.of(
          "Văn bản còn thay đổi được theo dõi chưa chấp nhận: " + inserted + " đoạn chữ thêm (được giữ), " + deleted
              + " đoạn chữ xóa (bị bỏ qua)",
          "The file holds tracked changes not yet accepted: " + inserted + " insertions (kept) and " + deleted
              + " deletions (left out)"), at(0)));
    }
    List<Element> comments = new ArrayList<>();
    for (Element c : W.children(doc.comments)) {
      if ("comment".equals(c.getLocalName()) && W.NS.equals(c.getNamespaceURI())) {
        comments.add(c);
      }
    }
    if (!comments.isEmpty()) {
      String first = CommentedText.of(comments.get(0));
      String quoted = first.length() > 60 ? first.substring(0, 60) + "…" : first;
      String id = W.attr(comments.get(0), "id");
      String on = id == null ? null : CommentedText.firstWords(body, id);
      d.addNotes(Diagnostic.warning("docx.comments", LocalizedText.of(
          "Văn bản có " + comments.size() + " góp ý (comment), không được đưa vào kế hoạch; góp ý đầu: “" + quoted + "”"
              + (on == null ? "" : ", về đoạn “" + on + "”"),
          "The file has " + comments.size() + " comments, not part of the plan; the first: “" + quoted + "”"
              + (on == null ? "" : ", on “" + on + "”")), at(0)));
    }
    return d.build();
  }

  private void blocks(@Nullable Element container, List<Block> out, int depth) {
    for (Element e : W.children(container)) {
      switch (e.getLocalName()) {
        case "p":
          paragraph(e, out);
          break;
        case "tbl":
          out.add(table(e, depth + 1));
          break;
        case "sdt":
          blocks(W.child(e, "sdtContent"), out, depth);
          break;
        case "customXml":
          blocks(e, out, depth);
          break;
        default:
          break;
      }
    }
  }

  private Table table(Element tbl, int depth) {
    if (depth > limits.getMaxDepth()) {
      throw InputLimitException.over("maxDepth", limits.getMaxDepth(), "Bảng lồng", "The nesting of tables", "tầng",
          "levels", at(ordinal + 1));
    }
    Location from = at(ordinal + 1);
    List<List<CellDraft>> rows = new ArrayList<>();
    List<CellDraft> open = new ArrayList<>(); // per grid column, the cell a vertical merge began in
    for (Element tr : rowsOf(tbl)) {
      List<CellDraft> cells = new ArrayList<>();
      // Grid columns a row leaves out before its first cell ("w:gridBefore"): no merge goes on across them.
      int column = Math.max(0, W.integer(W.val(W.child(tr, "trPr"), "gridBefore"), 0));
      for (int k = 0; k < column && k < open.size(); k++) {
        open.set(k, null);
      }
      for (Element tc : cellsOf(tr)) {
        Element tcPr = W.child(tc, "tcPr");
        int span = Math.max(1, W.integer(W.val(tcPr, "gridSpan"), 1));
        Element vMerge = W.child(tcPr, "vMerge");
        String merge = vMerge == null ? null : W.attr(vMerge, "val");
        if (vMerge != null && !"restart".equals(merge) && column < open.size() && open.get(column) != null) {
          open.get(column).rowSpan++;
          column += span;
          continue;
        }
        CellDraft cell = new CellDraft(span);
        List<Block> content = new ArrayList<>();
        blocks(tc, content, depth);
        flatten(content, cell.paragraphs);
        cells.add(cell);
        while (open.size() < column + span) {
          open.add(null);
        }
        for (int k = column; k < column + span; k++) {
          open.set(k, vMerge != null ? cell : null);
        }
        column += span;
      }
      rows.add(cells);
    }
    Table.Builder b = Table.builder().from(from).to(at(Math.max(ordinal, 1)));
    for (List<CellDraft> cells : rows) {
      List<TableCell> built = new ArrayList<>();
      for (CellDraft c : cells) {
        built.add(TableCell.builder().paragraphs(c.paragraphs).columnSpan(c.columnSpan).rowSpan(c.rowSpan).build());
      }
      b.addRows(TableRow.of(built));
    }
    return b.build();
  }

  private static List<Element> rowsOf(Element tbl) {
    List<Element> rows = new ArrayList<>();
    for (Element e : W.children(tbl)) {
      if ("tr".equals(e.getLocalName())) {
        rows.add(e);
      } else if ("sdt".equals(e.getLocalName()) || "customXml".equals(e.getLocalName())) {
        Element content = "sdt".equals(e.getLocalName()) ? W.child(e, "sdtContent") : e;
        for (Element r : W.children(content)) {
          if ("tr".equals(r.getLocalName())) {
            rows.add(r);
          }
        }
      }
    }
    return rows;
  }

  private static List<Element> cellsOf(Element tr) {
    List<Element> cells = new ArrayList<>();
    for (Element e : W.children(tr)) {
      if ("tc".equals(e.getLocalName())) {
        cells.add(e);
      } else if ("sdt".equals(e.getLocalName())) {
        for (Element c : W.children(W.child(e, "sdtContent"))) {
          if ("tc".equals(c.getLocalName())) {
            cells.add(c);
          }
        }
      }
    }
    return cells;
  }

  /** A nested table's cells become paragraphs of the outer cell, row by row. */
  private static void flatten(List<Block> content, List<Paragraph> into) {
    for (Block b : content) {
      if (b instanceof Paragraph) {
        into.add((Paragraph) b);
      } else {
        for (TableRow r : ((Table) b).getRows()) {
          for (TableCell c : r.getCells()) {
            into.addAll(c.getParagraphs());
          }
        }
      }
    }
  }

  private static final class CellDraft {
    final List<Paragraph> paragraphs = new ArrayList<>();
    final int columnSpan;
    int rowSpan = 1;

    CellDraft(int columnSpan) {
      this.columnSpan = columnSpan;
    }
  }

  private void paragraph(Element p, List<Block> out) {
    Element pPr = W.child(p, "pPr");
    Styles.Style style = styles.of(W.val(pPr, "pStyle"));
    Runs runs = Runs.of(p, styles, style.bold(), style.italic());
    inserted += runs.inserted;
    deleted += runs.deleted;
    String marker = null;
    int level = -1;
    Element numPr = W.child(pPr, "numPr");
    String numId = numPr != null ? W.val(numPr, "numId") : style.numId();
    int ilvl = numPr != null ? W.integer(W.val(numPr, "ilvl"), 0) : style.ilvl();
    if (numId != null && !numId.equals("0") && runs.anyText) {
      marker = numbering.next(numId, ilvl);
      level = ilvl;
    }
    Alignment alignment = alignment(W.val(pPr, "jc"));
    Element ind = W.child(pPr, "ind");
    int indent = W.integer(W.attr(ind, "left"), W.integer(W.attr(ind, "start"), 0));
    for (int k = 0; k < runs.lines.size(); k++) {
      String text = PlainSpaces.tidy(runs.lines.get(k));
      if (text.length() > limits.getMaxTextLength()) {
        throw InputLimitException.over("maxTextLength", limits.getMaxTextLength(), "Đoạn văn", "The paragraph", "ký tự",
            "characters", at(ordinal + 1));
      }
      if (++ordinal > limits.getMaxElements()) {
        throw InputLimitException.over("maxElements", limits.getMaxElements(), "Văn bản", "The document", "đoạn",
            "paragraphs", at(ordinal));
      }
      Paragraph.Builder b = Paragraph.builder().text(Text.nfc(text)).from(at(ordinal))
          .bold(runs.anyText && runs.allBold).italic(runs.anyText && runs.allItalic);
      if (alignment != null) {
        b.alignment(alignment);
      }
      if (runs.size > 0) {
        b.fontSize(runs.size);
      }
      if (indent > 0) {
        b.indent(indent / 20.0);
      }
      if (k == 0 && marker != null) {
        b.listMarker(marker).listLevel(Math.max(0, level));
      }
      out.add(b.build());
    }
    for (Element box : runs.textBoxes) {
      blocks(box, out, 0);
    }
  }

  private static @Nullable Alignment alignment(@Nullable String jc) {
    if (jc == null) {
      return null;
    }
    switch (jc) {
      case "center":
        return Alignment.CENTER;
      case "right":
      case "end":
        return Alignment.RIGHT;
      case "both":
      case "distribute":
        return Alignment.JUSTIFIED;
      case "left":
      case "start":
        return Alignment.LEFT;
      default:
        return null;
    }
  }

  private void margin(@Nullable Element part, List<Paragraph> into) {
    if (part == null || "separator".equals(W.attr(part, "type")) || "continuationSeparator".equals(W.attr(part, "type"))) {
      return;
    }
    List<Block> blocks = new ArrayList<>();
    blocks(part, blocks, 0);
    List<Paragraph> paragraphs = new ArrayList<>();
    flatten(blocks, paragraphs);
    for (Paragraph p : paragraphs) {
      if (!p.isEmpty()) {
        into.add(p);
      }
    }
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
