package io.kehoach.legacy.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one paragraph ({@code w:p}) as Word shows it, walked through its XML: runs, tabs,
 * manual line breaks (which split the paragraph into lines), non-breaking and soft hyphens, the
 * results of fields (not their codes), hyperlinks, smart tags, content controls and simple fields;
 * inserted revisions kept and deleted or moved-away text left out, both counted; text boxes found
 * in drawings kept apart, to be read after the paragraph; whether every run with text is bold or
 * italic, directly or through its character style, and the largest font size.
 */
final class Runs {
  final List<StringBuilder> lines = new ArrayList<>(List.of(new StringBuilder()));
  final List<Element> textBoxes = new ArrayList<>();
  int inserted;
  int deleted;
  boolean anyText;
  boolean allBold = true;
  boolean allItalic = true;
  double size;

  private final Styles styles;
  private final @Nullable Boolean paragraphBold;
  private final @Nullable Boolean paragraphItalic;
  /** Nesting of complex fields: whether each open field has reached its result. */
  private final List<Boolean> fields = new ArrayList<>();

  private Runs(Styles styles, @Nullable Boolean paragraphBold, @Nullable Boolean paragraphItalic) {
    this.styles = styles;
    this.paragraphBold = paragraphBold;
    this.paragraphItalic = paragraphItalic;
  }

  /** Reads paragraph {@code p}, whose style says {@code bold}/{@code italic} (null where it says nothing). */
  static Runs of(Element p, Styles styles, @Nullable Boolean bold, @Nullable Boolean italic) {
    Runs r = new Runs(styles, bold, italic);
    r.container(p, false);
    return r;
  }

  private void container(Element e, boolean insertion) {
    for (Element c : W.children(e)) {
      switch (c.getLocalName()) {
        case "r":
          run(c, insertion);
          break;
        case "ins":
        case "moveTo":
          container(c, true);
          break;
        case "del":
        case "moveFrom":
          deleted++;
          break;
        case "hyperlink":
        case "smartTag":
        case "customXml":
        case "fldSimple":
        case "bdo":
        case "dir":
          container(c, insertion);
          break;
        case "sdt":
          container(W.child(c, "sdtContent") == null ? c : W.child(c, "sdtContent"), insertion);
          break;
        default:
          // pPr, bookmarks, comment ranges, proofing marks: no text.
          break;
      }
    }
  }

  private boolean inCode() {
    return !fields.isEmpty() && !fields.get(fields.size() - 1);
  }

  private void run(Element r, boolean insertion) {
    if (insertion) {
      inserted++;
    }
    Element rPr = W.child(r, "rPr");
    Styles.Style charStyle = styles.of(W.val(rPr, "rStyle"));
    Boolean b = first(W.toggle(rPr, "b"), charStyle.bold(), paragraphBold);
    Boolean i = first(W.toggle(rPr, "i"), charStyle.italic(), paragraphItalic);
    int halfPoints = W.integer(W.val(rPr, "sz"), 0);
    boolean hidden = Boolean.TRUE.equals(W.toggle(rPr, "vanish"));
    for (Element c : W.children(r)) {
      switch (c.getLocalName()) {
        case "fldChar": {
          String type = W.attr(c, "fldCharType");
          if ("begin".equals(type)) {
            fields.add(false);
          } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.set(fields.size() - 1, true);
          } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.remove(fields.size() - 1);
          }
          break;
        }
        case "t":
          if (!inCode() && !hidden) {
            text(W.text(c), b, i, halfPoints);
          }
          break;
        case "tab":
        case "ptab":
          if (!inCode()) {
            current().append('\t');
          }
          break;
        case "br": {
          String type = W.attr(c, "type");
          if (!inCode() && (type == null || "textWrapping".equals(type))) {
            lines.add(new StringBuilder());
          }
          break;
        }
        case "cr":
          if (!inCode()) {
            lines.add(new StringBuilder());
          }
          break;
        case "noBreakHyphen":
          if (!inCode()) {
            current().append('-');
          }
          break;
        case "delText":
          deleted++;
          break;
        case "drawing":
        case "pict":
        case "object":
        case "AlternateContent":
          findTextBoxes(c);
          break;
        default:
          // instrText (field codes), softHyphen, footnote references, symbols: nothing shown as text.
          break;
      }
    }
  }

  private void text(String t, @Nullable Boolean bold, @Nullable Boolean italic, int halfPoints) {
    current().append(t);
    if (!t.isBlank()) {
      anyText = true;
      allBold &= Boolean.TRUE.equals(bold);
      allItalic &= Boolean.TRUE.equals(italic);
      size = Math.max(size, halfPoints / 2.0);
    }
  }

  private StringBuilder current() {
    return lines.get(lines.size() - 1);
  }

  /** Text boxes: {@code w:txbxContent} anywhere below a drawing; the first choice of alternate content only. */
  private void findTextBoxes(Element e) {
    if ("txbxContent".equals(e.getLocalName()) && W.NS.equals(e.getNamespaceURI())) {
      textBoxes.add(e);
      return;
    }
    if ("Fallback".equals(e.getLocalName())) {
      return; // the same text box again, for older readers
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        findTextBoxes((Element) n);
      }
    }
  }

  private static @Nullable Boolean first(@Nullable Boolean a, @Nullable Boolean b, @Nullable Boolean c) {
    return a != null ? a : b != null ? b : c;
  }
}
