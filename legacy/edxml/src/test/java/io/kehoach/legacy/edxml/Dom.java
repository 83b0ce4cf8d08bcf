package io.kehoach.legacy.edxml;

import io.kehoach.legacy.edxml.internal.EdXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The test's own view of written XML: the JDK's DOM (no DTD allowed), elements by name in the edXML namespace. */
final class Dom {
  private final Document doc;

  private Dom(Document doc) {
    this.doc = doc;
  }

  static Dom parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Dom(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e, e);
    }
  }

  /** The texts of every element {@code local} in the edXML namespace, in document order. */
  List<String> all(String local) {
    NodeList list = doc.getElementsByTagNameNS(EdXml.NS, local);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add(list.item(i).getTextContent());
    }
    return out;
  }

  /** The text of the only element {@code local} under the only element {@code parent}. */
  String in(String parent, String local) {
    NodeList ps = doc.getElementsByTagNameNS(EdXml.NS, parent);
    if (ps.getLength() != 1) {
      throw new AssertionError(ps.getLength() + " elements " + parent);
    }
    NodeList list = ((Element) ps.item(0)).getElementsByTagNameNS(EdXml.NS, local);
    if (list.getLength() != 1) {
      throw new AssertionError(list.getLength() + " elements " + parent + "/" + local);
    }
    return list.item(0).getTextContent();
  }

  /** The number of elements {@code local} in the edXML namespace. */
  int count(String local) {
    return doc.getElementsByTagNameNS(EdXml.NS, local).getLength();
  }

  Element root() {
    return doc.getDocumentElement();
  }
}
