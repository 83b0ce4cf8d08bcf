package io.kehoach.legacy.docx.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading WordprocessingML elements through the DOM: children by local name, {@code w:} attributes. */
final class W {
  static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private W() {}

  /** The first child element of {@code e} named {@code name} in the main namespace, or null. */
  static @Nullable Element child(@Nullable Element e, String name) {
    if (e == null) {
      return null;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && name.equals(n.getLocalName()) && NS.equals(n.getNamespaceURI())) {
        return (Element) n;
      }
    }
    return null;
  }

  /** The child elements of {@code e}, in order. */
  static List<Element> children(@Nullable Element e) {
    List<Element> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        out.add((Element) n);
      }
    }
    return out;
  }

  /** The {@code w:val} attribute of the child {@code name} of {@code e}, or null. */
  static @Nullable String val(@Nullable Element e, String name) {
    Element c = child(e, name);
    return c == null ? null : attr(c, "val");
  }

  /** The attribute {@code w:name} of {@code e} (or the unqualified one), or null. */
  static @Nullable String attr(@Nullable Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.getAttributeNS(NS, name);
    if (v == null || v.isEmpty()) {
      v = e.getAttribute("w:" + name);
    }
    return v == null || v.isEmpty() ? null : v;
  }

  /**
   * A toggle property ({@code w:b}, {@code w:i}) of a properties element: true when present without
   * a value or with a true one, false when set off, null when absent.
   */
  static @Nullable Boolean toggle(@Nullable Element props, String name) {
    Element c = child(props, name);
    if (c == null) {
      return null;
    }
    String v = attr(c, "val");
    return v == null || !(v.equals("0") || v.equals("false") || v.equals("off") || v.equals("none"));
  }

  /** The text of {@code e}'s own text and CDATA children. */
  static String text(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        b.append(n.getNodeValue());
      }
    }
    return b.toString();
  }

  /** An integer attribute value, or {@code fallback}. */
  static int integer(@Nullable String s, int fallback) {
    if (s == null) {
      return fallback;
    }
    try {
      return (int) Math.round(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
