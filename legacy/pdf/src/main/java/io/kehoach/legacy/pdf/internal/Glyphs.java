package io.kehoach.legacy.pdf.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF's text layer with their positions, page by page and line by line, as PDFBox's
 * text stripper finds them in reading order (sorted by position): each word its text, left and right
 * x, baseline y (from the top), font size and whether its font is bold.
 */
final class Glyphs extends PDFTextStripper {
  /** A word. */
  record Word(String text, float x, float end, float y, float size, boolean bold) {}

  /** A line of a page: its words left to right. */
  record Line(int page, List<Word> words, float pageWidth, float pageHeight) {
    float x() {
      return words.get(0).x();
    }

    float end() {
      return words.get(words.size() - 1).end();
    }

    float y() {
      return words.get(0).y();
    }

    float size() {
      float s = 0;
      for (Word w : words) {
        s = Math.max(s, w.size());
      }
      return s;
    }

    boolean bold() {
      for (Word w : words) {
        if (!w.bold()) {
          return false;
        }
      }
      return true;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (Word w : words) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.text());
      }
      return b.toString();
    }
  }

  final List<Line> lines = new ArrayList<>();
  private List<Word> current = new ArrayList<>();
  private int page;
  private float width;
  private float height;

  Glyphs() throws IOException {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The lines of {@code doc}. */
  static List<Line> of(PDDocument doc) throws IOException {
    Glyphs g = new Glyphs();
    g.writeText(doc, new StringWriter());
    g.endLine();
    return g.lines;
  }

  @Override
  protected void startPage(PDPage p) throws IOException {
    page++;
    width = p.getMediaBox().getWidth();
    height = p.getMediaBox().getHeight();
    super.startPage(p);
  }

  @Override
  protected void endPage(PDPage p) throws IOException {
    endLine();
    super.endPage(p);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (positions.isEmpty() || text.isBlank()) {
      return;
    }
    TextPosition first = positions.get(0);
    TextPosition last = positions.get(positions.size() - 1);
    boolean bold = true;
    float size = 0;
    for (TextPosition t : positions) {
      String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
      bold &= font.contains("Bold") || font.contains("bold") || font.contains(",B") || font.contains("Black")
          || font.contains("Heavy");
      size = Math.max(size, t.getFontSizeInPt());
    }
    current.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
        size, bold));
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writeWordSeparator() {
    // words are kept apart with their positions
  }

  private void endLine() {
    if (!current.isEmpty()) {
      lines.add(new Line(page, current, width, height));
      current = new ArrayList<>();
    }
  }
}
