package io.kehoach.legacy.text.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Before the stages: a lone surrogate (half of a UTF-16 pair, left by a broken decoder or a PDF's
 * broken font map) is not Unicode text, and the model refuses it. Each becomes U+FFFD, the
 * replacement character, with a warning at its paragraph, so that the import goes on and nothing
 * is changed silently. A document without any (the rule) is returned as it is, after one scan of
 * its text, which stops at the first character outside the common blocks.
 */
final class LoneSurrogates {
  static final char REPLACEMENT = '\uFFFD';

  private LoneSurrogates() {}

  /** {@code document} with its lone surrogates replaced and one warning per paragraph that held any. */
  static Document repair(Document document) {
    List<Diagnostic> notes = new ArrayList<>();
    List<Block> blocks = new ArrayList<>(document.getBlocks().size());
    boolean changed = false;
    for (Block b : document.getBlocks()) {
      Block r = b instanceof Paragraph ? repair((Paragraph) b, notes) : b instanceof Table ? repair((Table) b, notes) : b;
      changed |= r != b;
      blocks.add(r);
    }
    List<Paragraph> margins = new ArrayList<>(document.getMargins().size());
    for (Paragraph p : document.getMargins()) {
      Paragraph r = repair(p, notes);
      changed |= r != p;
      margins.add(r);
    }
    if (!changed) {
      return document;
    }
    return Document.builder().from(document).blocks(blocks).margins(margins).addAllNotes(notes).build();
  }

  private static Table repair(Table t, List<Diagnostic> notes) {
    List<TableRow> rows = new ArrayList<>(t.getRows().size());
    boolean changed = false;
    for (TableRow row : t.getRows()) {
      List<TableCell> cells = new ArrayList<>(row.getCells().size());
      for (TableCell c : row.getCells()) {
        List<Paragraph> ps = new ArrayList<>(c.getParagraphs().size());
        boolean cellChanged = false;
        for (Paragraph p : c.getParagraphs()) {
          Paragraph r = repair(p, notes);
          cellChanged |= r != p;
          ps.add(r);
        }
        cells.add(cellChanged ? TableCell.builder().from(c).paragraphs(ps).build() : c);
        changed |= cellChanged;
      }
      rows.add(TableRow.of(cells));
    }
    return changed ? t.withRows(rows) : t;
  }

  private static Paragraph repair(Paragraph p, List<Diagnostic> notes) {
    String text = p.getText();
    if (Text.isNfc(text)) {
      return p;
    }
    String fixed = replace(text);
    if (fixed == text) {
      return p;
    }
    notes.add(warning(p.getFrom()));
    return p.withText(fixed);
  }

  /** {@code text} with each lone surrogate as U+FFFD; {@code text} itself when it has none. */
  static String replace(String text) {
    int lone = Text.loneSurrogate(text, 0);
    if (lone < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    while (lone >= 0) {
      b.setCharAt(lone, REPLACEMENT);
      lone = Text.loneSurrogate(b, lone + 1);
    }
    return b.toString();
  }

  static Diagnostic warning(Location at) {
    return Diagnostic.warning("text.lone-surrogate", LocalizedText.of(
        "Văn bản có nửa cặp UTF-16 (surrogate) lẻ, không phải ký tự Unicode; đã thay bằng U+FFFD",
        "The text holds a lone UTF-16 surrogate, which is not a Unicode character; replaced with U+FFFD"), at);
  }
}
