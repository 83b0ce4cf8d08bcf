package io.kehoach.legacy.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The official text of a corpus plan laid out as a PDF the way offices print one (written for the
 * tests and benchmarks): A4, DejaVu Serif 13 pt (Times New Roman is not free to ship), the head and the closing
 * in two columns, the title centred and bold, body lines wrapped to the text width, page numbers at
 * the top centre from page 2. The fonts are embedded as subsets, as a real file's are.
 */
public final class PdfPlans {
  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 30 * MM;
  private static final float RIGHT = 15 * MM;
  private static final float TOP = 20 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final float SIZE = 13;
  private static final float LEADING = 17;

  private PdfPlans() {}

  /** The plan's text as a PDF. */
  public static byte[] pdf(String text) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font regular = font(doc, "/fonts/DejaVuSerif.ttf");
      PDType0Font bold = font(doc, "/fonts/DejaVuSerif-Bold.ttf");
      new Layout(doc, regular, bold).write(text.split("\n", -1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDType0Font font(PDDocument doc, String resource) throws IOException {
    try (InputStream in = PdfPlans.class.getResourceAsStream(resource)) {
      return PDType0Font.load(doc, in);
    }
  }

  /** Writes lines onto pages, one cursor. */
  private static final class Layout {
    private final PDDocument doc;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
    private PDPageContentStream page;
    private float y;
    private int pages;

    Layout(PDDocument doc, PDType0Font regular, PDType0Font bold) {
      this.doc = doc;
      this.regular = regular;
      this.bold = bold;
    }

    void write(String[] lines) throws IOException {
      newPage();
      int title = indexOf(lines, "KẾ HOẠCH");
      int recipients = indexOf(lines, "Nơi nhận:");
      // The head: what stands above "Số:" on the left, the national name, motto and date on the right.
      List<String> left = new ArrayList<>();
      List<String> right = new ArrayList<>();
      for (int i = 0; i < Math.max(0, title); i++) {
        String l = lines[i].strip();
        if (l.isEmpty()) {
          continue;
        }
        boolean national = l.startsWith("CỘNG HÒA") || l.startsWith("Độc lập") || l.contains(", ngày ");
        (national ? right : left).add(l);
      }
      columns(left, right, true);
      y -= LEADING;
      int end = recipients < 0 ? lines.length : recipients;
      for (int i = Math.max(0, title); i < end; i++) {
        String l = lines[i].strip();
        if (i == title || i == title + 1) {
          centred(l, bold);
        } else if (l.isEmpty()) {
          y -= LEADING / 2;
        } else {
          wrapped(l, isHeading(l) ? bold : regular);
        }
      }
      if (recipients >= 0) {
        List<String> to = new ArrayList<>();
        List<String> sign = new ArrayList<>();
        int i = recipients;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
          to.add(lines[i].strip());
        }
        for (; i < lines.length; i++) {
          if (!lines[i].isBlank()) {
            sign.add(lines[i].strip());
          } else if (!sign.isEmpty()) {
            // Room for the signature and the seal.
            sign.add("");
            sign.add("");
            sign.add("");
          }
        }
        while (!sign.isEmpty() && sign.get(sign.size() - 1).isEmpty()) {
          sign.remove(sign.size() - 1);
        }
        y -= LEADING;
        // The closing stays on one page, as offices keep it (with the last lines of the body, if need be).
        if (y - (Math.max(2 * to.size(), sign.size()) + 1) * LEADING < BOTTOM) {
          page.close();
          newPage();
        }
        columns(to, sign, false);
      }
      page.close();
    }

    private static boolean isHeading(String l) {
      return l.matches("^[IVX]+\\. .*") || l.equals(l.toUpperCase(java.util.Locale.ROOT)) && l.length() < 80;
    }

    private static int indexOf(String[] lines, String what) {
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].strip().equals(what)) {
          return i;
        }
      }
      return -1;
    }

    private void columns(List<String> left, List<String> right, boolean head) throws IOException {
      float leftWidth = head ? width * 0.4f : width * 0.5f;
      float rightWidth = width - leftWidth;
      float startY = y;
      column(left, LEFT, leftWidth, head, head ? bold : regular, head ? SIZE - 2 : SIZE - 2);
      float leftEnd = y;
      y = startY;
      column(right, LEFT + leftWidth + 12, rightWidth - 12, true, bold, head ? SIZE - 2 : SIZE - 1);
      y = Math.min(y, leftEnd);
    }

    /** One column, each entry wrapped to its width and centred in it (or set flush left); blank entries are space. */
    private void column(List<String> entries, float x, float w, boolean centre, PDType0Font font, float size)
        throws IOException {
      for (String e : entries) {
        if (e.isEmpty()) {
          y -= LEADING;
          continue;
        }
        PDType0Font f = e.contains(", ngày ") || e.startsWith("- ") ? regular : font;
        for (String part : wrap(e, f, size, w - 6)) {
          need();
          show(part, f, size, centre ? x + Math.max(0, (w - textWidth(part, f, size)) / 2) : x);
          y -= LEADING;
        }
      }
    }

    private void centred(String l, PDType0Font f) throws IOException {
      for (String part : wrap(l, f, SIZE)) {
        need();
        show(part, f, SIZE, LEFT + (width - textWidth(part, f, SIZE)) / 2);
        y -= LEADING;
      }
    }

    /** A body paragraph: its first line indented 1.27 cm, as Decree 30 sets, the others flush left. */
    private void wrapped(String l, PDType0Font f) throws IOException {
      float indent = 12.7f * MM;
      List<String> first = wrap(l, f, SIZE, width - indent);
      need();
      show(first.get(0), f, SIZE, LEFT + indent);
      y -= LEADING;
      String rest = l.substring(Math.min(l.length(), first.get(0).length())).strip();
      if (!rest.isEmpty()) {
        for (String part : wrap(rest, f, SIZE)) {
          need();
          show(part, f, SIZE, LEFT);
          y -= LEADING;
        }
      }
    }

    private List<String> wrap(String l, PDType0Font f, float size) throws IOException {
      return wrap(l, f, size, width);
    }

    private List<String> wrap(String l, PDType0Font f, float size, float width) throws IOException {
      List<String> out = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : l.split(" ")) {
        String tried = line.length() == 0 ? word : line + " " + word;
        if (textWidth(tried, f, size) > width && line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
          line.append(word);
        } else {
          line.setLength(0);
          line.append(tried);
        }
      }
      out.add(line.toString());
      return out;
    }

    private static float textWidth(String s, PDType0Font f, float size) throws IOException {
      return f.getStringWidth(s) / 1000 * size;
    }

    private void show(String s, PDType0Font f, float size, float x) throws IOException {
      page.beginText();
      page.setFont(f, size);
      page.newLineAtOffset(x, y);
      page.showText(s);
      page.endText();
    }

    private void need() throws IOException {
      if (y < BOTTOM) {
        page.close();
        newPage();
      }
    }

    private void newPage() throws IOException {
      PDPage p = new PDPage(PDRectangle.A4);
      doc.addPage(p);
      page = new PDPageContentStream(doc, p);
      pages++;
      y = PDRectangle.A4.getHeight() - TOP;
      if (pages > 1) {
        String number = Integer.toString(pages);
        show(number, regular, SIZE, LEFT + (width - textWidth(number, regular, SIZE)) / 2);
        y -= 2 * LEADING;
      }
    }
  }
}
