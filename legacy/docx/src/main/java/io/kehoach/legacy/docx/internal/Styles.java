package io.kehoach.legacy.docx.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * What a document's styles say of a paragraph or run: bold and italic through the style and the
 * styles it is based on, and the numbering a paragraph style carries (headings numbered by their
 * style). Looked up once per style.
 */
final class Styles {
  /** What one style says, after its base styles. */
  record Style(@Nullable Boolean bold, @Nullable Boolean italic, @Nullable String numId, int ilvl) {}

  private static final Style NONE = new Style(null, null, null, 0);
  /** The paragraph, character and table styles ({@code w:style}) of the styles part, by {@code w:styleId}. */
  private final Map<String, Element> styles = new HashMap<>();
  private final Map<String, Style> cache = new HashMap<>();

  /** The styles of the styles part {@code root} ({@code w:styles}); none when the document has no such part. */
  Styles(@Nullable Element root) {
    for (Element e : W.children(root)) {
      String id = "style".equals(e.getLocalName()) ? W.attr(e, "styleId") : null;
      if (id != null) {
        styles.putIfAbsent(id, e); // as Word, the first of two styles with one id wins
      }
    }
  }

  Style of(@Nullable String id) {
    if (id == null || styles.isEmpty()) {
      return NONE;
    }
    Style s = cache.get(id);
    if (s == null) {
      s = resolve(id, 0);
      cache.put(id, s);
    }
    return s;
  }

  private Style resolve(String id, int depth) {
    Element e = styles.get(id);
    if (e == null || depth > 16) {
      return NONE;
    }
    String basedOn = W.val(e, "basedOn");
    Style base = basedOn == null ? NONE : resolve(basedOn, depth + 1);
    Element rPr = W.child(e, "rPr");
    Boolean bold = W.toggle(rPr, "b");
    Boolean italic = W.toggle(rPr, "i");
    Element numPr = W.child(W.child(e, "pPr"), "numPr");
    String numId = W.val(numPr, "numId");
    int ilvl = W.integer(W.val(numPr, "ilvl"), base.ilvl());
    return new Style(bold != null ? bold : base.bold(), italic != null ? italic : base.italic(),
        numId != null ? numId : base.numId(), numId != null ? ilvl : base.ilvl());
  }
}
