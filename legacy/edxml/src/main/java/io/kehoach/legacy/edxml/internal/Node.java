package io.kehoach.legacy.edxml.internal;

import io.kehoach.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An element of a parsed envelope: name, attributes, child elements, its own text, and where it starts. */
final class Node {
  final String ns;
  final String name;
  final int line;
  final int column;
  final List<String[]> attributes = new ArrayList<>();
  final List<Node> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();

  Node(String ns, String name, int line, int column) {
    this.ns = ns;
    this.name = name;
    this.line = line;
    this.column = column;
  }

  /** Whether this element is {@code name} in the edXML namespace (or, leniently, in none). */
  boolean is(String local) {
    return name.equals(local) && (ns.equals(EdXml.NS) || ns.isEmpty());
  }

  /** The first child element named {@code local} (edXML namespace or none). */
  @Nullable Node child(String local) {
    for (Node c : children) {
      if (c.is(local)) {
        return c;
      }
    }
    return null;
  }

  /** Every child element named {@code local}. */
  List<Node> all(String local) {
    List<Node> out = new ArrayList<>();
    for (Node c : children) {
      if (c.is(local)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The value of the attribute {@code local} in namespace {@code attrNs} ("" for none). */
  Optional<String> attribute(String attrNs, String local) {
    for (String[] a : attributes) {
      if (a[0].equals(attrNs) && a[1].equals(local)) {
        return Optional.of(a[2]);
      }
    }
    return Optional.empty();
  }

  /** Where the element is, in {@code source}. */
  Location location(@Nullable String source) {
    Location.Builder b = Location.builder();
    if (line >= 1) {
      b.line(line);
      if (column >= 1) {
        b.column(column);
      }
    }
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }
}
