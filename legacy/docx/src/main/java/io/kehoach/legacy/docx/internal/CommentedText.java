package io.kehoach.legacy.docx.internal;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text a comment is anchored to: the visible text ({@code w:t}) between its
 * {@code w:commentRangeStart} and {@code w:commentRangeEnd} in the body, cut to its first words.
 * Walks the body without recursion, so that a deeply nested file cannot exhaust the stack.
 */
final class CommentedText {
  /** How many words of the commented text a note quotes. */
  static final int WORDS = 8;

  private CommentedText() {}

  /** The text of a comment ({@code w:comment}): its visible text, its paragraphs joined by a space. */
  static String of(Element comment) {
    StringBuilder text = new StringBuilder();
    Node n = comment.getFirstChild();
    while (n != null) {
      if (n instanceof Element) {
        String name = n.getLocalName();
        boolean w = W.NS.equals(n.getNamespaceURI());
        if (w && "t".equals(name)) {
          text.append(W.text((Element) n));
        } else if (w && ("p".equals(name) || "tab".equals(name) || "br".equals(name)) && text.length() > 0) {
          text.append(' ');
        }
        if (text.length() > 1000) {
          break;
        }
        if (!"delText".equals(name) && !"instrText".equals(name) && n.getFirstChild() != null) {
          n = n.getFirstChild();
          continue;
        }
      }
      while (n != null && n != comment && n.getNextSibling() == null) {
        n = n.getParentNode();
      }
      n = n == null || n == comment ? null : n.getNextSibling();
    }
    return PlainSpaces.tidy(text);
  }

  /** The first {@link #WORDS} words the comment {@code id} covers in {@code body}, or null when it covers none. */
  static @Nullable String firstWords(@Nullable Element body, String id) {
    if (body == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    boolean inside = false;
    Node n = body.getFirstChild();
    while (n != null) {
      if (n instanceof Element) {
        Element e = (Element) n;
        String name = e.getLocalName();
        if (W.NS.equals(e.getNamespaceURI())) {
          if ("commentRangeStart".equals(name) && id.equals(W.attr(e, "id"))) {
            inside = true;
          } else if ("commentRangeEnd".equals(name) && id.equals(W.attr(e, "id"))) {
            break;
          } else if (inside && "t".equals(name)) {
            text.append(W.text(e));
          } else if (inside && ("p".equals(name) || "tab".equals(name) || "br".equals(name)) && text.length() > 0) {
            text.append(' ');
          }
        }
        if (inside && words(text) > WORDS) {
          break;
        }
        if (!"delText".equals(name) && !"instrText".equals(name) && n.getFirstChild() != null) {
          n = n.getFirstChild();
          continue;
        }
      }
      while (n != null && n != body && n.getNextSibling() == null) {
        n = n.getParentNode();
      }
      n = n == null || n == body ? null : n.getNextSibling();
    }
    String t = PlainSpaces.tidy(text);
    if (t.isEmpty()) {
      return null;
    }
    String[] words = t.split(" ");
    return words.length <= WORDS ? t : String.join(" ", java.util.Arrays.copyOf(words, WORDS)) + " …";
  }

  private static int words(CharSequence s) {
    int n = 0;
    boolean word = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !word) {
        n++;
      }
      word = !space;
    }
    return n;
  }
}
