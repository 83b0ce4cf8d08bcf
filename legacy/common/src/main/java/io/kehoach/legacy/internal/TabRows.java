package io.kehoach.legacy.internal;

import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs laid out in columns with tabs, as offices type a head without a table ("ỦY BAN NHÂN
 * DÂN TỈNH X⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), made a table: consecutive paragraphs whose tabs
 * separate two or more non-empty parts become the rows of one table, each part a cell. A tab after a
 * list marker ("1.⇥Mục đích") is a space, as is every tab left in other paragraphs.
 */
public final class TabRows {
  private static final Pattern MARKER = Pattern.compile("^(?:[IVXLC]{1,6}|\\d{1,3}(?:\\.\\d{1,3})*|[a-zđ]|\\(\\d{1,3}\\)|[-+•*–])[.):]?$");

  private TabRows() {}

  /** The blocks with tab-separated paragraph runs made tables. */
  public static List<Block> group(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    List<TableRow> rows = new ArrayList<>();
    Paragraph first = null;
    Paragraph last = null;
    for (Block b : blocks) {
      if (b instanceof Paragraph && ((Paragraph) b).getText().indexOf('\t') >= 0) {
        Paragraph p = (Paragraph) b;
        List<String> parts = parts(p.getText());
        if (parts.size() >= 2 && !MARKER.matcher(parts.get(0)).matches()) {
          List<TableCell> cells = new ArrayList<>();
          for (String part : parts) {
            cells.add(TableCell.of(copy(p, part).build()));
          }
          rows.add(TableRow.of(cells));
          first = first == null ? p : first;
          last = p;
          continue;
        }
        flush(rows, first, last, out);
        first = null;
        out.add(copy(p, p.getText().replace('\t', ' ').replaceAll(" {2,}", " ").strip()).listMarker(p.getListMarker())
            .listLevel(p.getListLevel()).build());
        continue;
      }
      flush(rows, first, last, out);
      first = null;
      out.add(b);
    }
    flush(rows, first, last, out);
    return out;
  }

  /** {@code p} with another text, its list marker dropped. */
  private static Paragraph.Builder copy(Paragraph p, String text) {
    return Paragraph.builder().text(text).from(p.getFrom()).to(p.getTo()).bold(p.isBold()).italic(p.isItalic())
        .alignment(p.getAlignment()).fontSize(p.getFontSize()).indent(p.getIndent());
  }

  private static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    for (String s : text.split("\t")) {
      if (!s.isBlank()) {
        parts.add(s.strip());
      }
    }
    return parts;
  }

  private static void flush(List<TableRow> rows, Paragraph first, Paragraph last, List<Block> out) {
    if (rows.isEmpty()) {
      return;
    }
    out.add(Table.builder().rows(rows).from(first.getFrom()).to(last.getTo()).build());
    rows.clear();
  }
}
