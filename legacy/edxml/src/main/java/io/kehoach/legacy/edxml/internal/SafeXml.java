package io.kehoach.legacy.edxml.internal;

import io.kehoach.KehoachException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Parses an envelope into a small tree, safely: the JDK's own StAX parser
 * ({@link XMLInputFactory#newDefaultFactory()}, so that no other provider on the module path with
 * other defaults is picked up) with DTDs and external entities off, entity references not replaced,
 * a resolver that refuses every external resource, the JDK's {@code jdk.xml.*} limits set low, and
 * a typed error on any DOCTYPE or entity reference. On top, this class enforces
 * {@link InputLimits}: depth, element count, text per element, and the base64 length of an
 * attachment. Iterative (no recursion), so depth costs no stack.
 */
final class SafeXml {
  /** The local name whose text is base64 content, bounded by the attachment limit. */
  static final String ENCODED = "ContentTransferEncoded";

  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private SafeXml() {}

  /**
   * The text of {@code bytes}, decoded strictly here rather than by the parser (which prints
   * "[Fatal Error]" to the standard error on a bad byte): a byte-order mark or the XML declaration
   * names the encoding, UTF-8 by default.
   *
   * @throws MalformedInputException if a byte sequence is not of the encoding, at its line and column
   */
  static String decode(byte[] b, @Nullable String source) {
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b.length >= 2 && b[0] == 0 && b[1] == '<') {
      cs = StandardCharsets.UTF_16BE;
    } else if (b.length >= 2 && b[0] == '<' && b[1] == 0) {
      cs = StandardCharsets.UTF_16LE;
    } else {
      String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
      Matcher m = DECLARED.matcher(head);
      if (m.find()) {
        try {
          cs = Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new MalformedInputException(LocalizedText.of(
              "Phong bì khai báo bảng mã không biết: " + m.group(1), "The envelope declares an unknown encoding: "
              + m.group(1)), at(source, 1, m.start(1) + 1), e);
        }
      }
    }
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
        (long) ((b.length - skip) * (double) d.maxCharsPerByte()) + 16));
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      out.flip();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new MalformedInputException(LocalizedText.of(
          "Phong bì không phải văn bản " + cs.name() + " hợp lệ (byte thứ " + (in.position() + 1) + ")",
          "The envelope is not valid " + cs.name() + " text (byte " + (in.position() + 1) + ")"),
          at(source, line, column));
    }
    out.flip();
    return out.toString();
  }

  static XMLInputFactory factory(InputLimits limits) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    optional(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    optional(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    // The JDK's own limits, as a second line behind ours (0 would mean "no limit", so none is 0).
    optional(f, "jdk.xml.maxElementDepth", Integer.toString(limits.getMaxDepth() + 8));
    optional(f, "jdk.xml.entityExpansionLimit", "16");
    optional(f, "jdk.xml.maxGeneralEntitySizeLimit", "1024");
    optional(f, "jdk.xml.maxParameterEntitySizeLimit", "1024");
    optional(f, "jdk.xml.totalEntitySizeLimit", "4096");
    optional(f, "jdk.xml.entityReplacementLimit", "1024");
    optional(f, "jdk.xml.elementAttributeLimit", "64");
    optional(f, "jdk.xml.maxXMLNameLimit", "1000");
    return f;
  }

  /** Sets a property the parser may not know (an older JDK); the limits of this class hold anyway. */
  private static void optional(XMLInputFactory f, String name, String value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // not supported by this parser
    }
  }

  /**
   * The root element of {@code bytes}.
   *
   * @throws MalformedInputException if the bytes are not well-formed XML, hold a DOCTYPE or an
   *     entity reference, or break a limit
   */
  static Node parse(byte[] bytes, InputLimits limits, @Nullable String source) {
    return parse(decode(bytes, source), limits, source);
  }

  /**
   * The root element of {@code text}, already characters: an encoding named in its XML
   * declaration is ignored (it described bytes that are no longer there).
   *
   * @throws MalformedInputException as {@link #parse(byte[], InputLimits, String)}
   */
  static Node parse(String text, InputLimits limits, @Nullable String source) {
    XMLInputFactory factory = factory(limits);
    XMLStreamReader r = null;
    long maxBase64 = 4L * ((limits.getMaxEmbeddedBytes() + 2L) / 3);
    try {
      r = factory.createXMLStreamReader(new StringReader(text));
      Deque<Node> stack = new ArrayDeque<>();
      Node root = null;
      int elements = 0;
      while (r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.DTD:
            throw malformed(r, source, "Phong bì có khai báo DOCTYPE, không được phép (phòng chống thực thể ngoài)",
                "The envelope has a DOCTYPE declaration, which is not allowed (guard against external entities)", null);
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw malformed(r, source, "Phong bì có tham chiếu thực thể &" + r.getLocalName() + "; không được phép",
                "The envelope has an entity reference &" + r.getLocalName() + "; which is not allowed", null);
          case XMLStreamConstants.START_ELEMENT: {
            if (++elements > limits.getMaxElements()) {
              throw overLimit(r, source, "maxElements", limits.getMaxElements(),
                  "Phong bì có quá " + limits.getMaxElements() + " phần tử (giới hạn maxElements)",
                  "The envelope has more than " + limits.getMaxElements() + " elements (limit maxElements)");
            }
            if (stack.size() + 1 > limits.getMaxDepth()) {
              throw overLimit(r, source, "maxDepth", limits.getMaxDepth(),
                  "Các phần tử lồng nhau quá " + limits.getMaxDepth() + " cấp (giới hạn maxDepth)",
                  "Elements are nested deeper than " + limits.getMaxDepth() + " levels (limit maxDepth)");
            }
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            javax.xml.stream.Location l = r.getLocation();
            Node n = new Node(ns, r.getLocalName(), l.getLineNumber(), l.getColumnNumber());
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String ans = r.getAttributeNamespace(i) == null ? "" : r.getAttributeNamespace(i);
              n.attributes.add(new String[] {ans, r.getAttributeLocalName(i), r.getAttributeValue(i)});
            }
            if (stack.isEmpty()) {
              root = n;
            } else {
              stack.peek().children.add(n);
            }
            stack.push(n);
            break;
          }
          case XMLStreamConstants.END_ELEMENT:
            stack.pop();
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE: {
            Node n = stack.peek();
            if (n == null) {
              break;
            }
            if (n.name.equals(ENCODED)) {
              appendBase64(r, n, maxBase64, source, limits);
            } else {
              n.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
              if (n.text.length() > limits.getMaxTextLength()) {
                throw overLimit(r, source, "maxTextLength", limits.getMaxTextLength(),
                    "Nội dung của phần tử <" + n.name + "> dài quá " + limits.getMaxTextLength()
                        + " ký tự (giới hạn maxTextLength)", "The text of element <" + n.name + "> is longer than "
                        + limits.getMaxTextLength() + " characters (limit maxTextLength)");
              }
            }
            break;
          }
          default:
            // comments, processing instructions, start and end of document
            break;
        }
      }
      if (root == null) {
        throw new MalformedInputException(LocalizedText.of("Phong bì trống", "The envelope is empty"), at(source, -1, -1));
      }
      return root;
    } catch (KehoachException e) {
      throw e;
    } catch (XMLStreamException e) {
      javax.xml.stream.Location l = e.getLocation();
      String detail = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      throw new MalformedInputException(LocalizedText.of(
          "Phong bì edXML không phải XML hợp lệ: " + detail, "The edXML envelope is not well-formed XML: " + detail),
          at(source, l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber()), e);
    } catch (RuntimeException e) {
      // The JDK parser reports some failures (limits, encodings) as unchecked exceptions.
      throw new MalformedInputException(LocalizedText.of(
          "Phong bì edXML không đọc được: " + e.getClass().getSimpleName(),
          "The edXML envelope cannot be read: " + e.getClass().getSimpleName()), at(source, -1, -1), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held open: the input is a byte array
        }
      }
    }
  }

  private static void appendBase64(XMLStreamReader r, Node n, long maxBase64, @Nullable String source,
      InputLimits limits) {
    char[] chars = r.getTextCharacters();
    int end = r.getTextStart() + r.getTextLength();
    for (int i = r.getTextStart(); i < end; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        n.text.append(c);
      }
    }
    if (n.text.length() > maxBase64) {
      throw overLimit(r, source, "maxEmbeddedBytes", limits.getMaxEmbeddedBytes(),
          "Tệp đính kèm lớn hơn giới hạn maxEmbeddedBytes = " + limits.getMaxEmbeddedBytes() + " byte",
          "An attachment is larger than the limit maxEmbeddedBytes = " + limits.getMaxEmbeddedBytes() + " bytes");
    }
  }

  private static InputLimitException overLimit(XMLStreamReader r, @Nullable String source, String limit, long value,
      String vi, String en) {
    javax.xml.stream.Location l = r.getLocation();
    return new InputLimitException(limit, value, LocalizedText.of(vi, en),
        at(source, l.getLineNumber(), l.getColumnNumber()));
  }

  private static MalformedInputException malformed(XMLStreamReader r, @Nullable String source, String vi, String en,
      @Nullable Throwable cause) {
    javax.xml.stream.Location l = r.getLocation();
    return new MalformedInputException(LocalizedText.of(vi, en), at(source, l.getLineNumber(), l.getColumnNumber()),
        cause);
  }

  static Location at(@Nullable String source, int line, int column) {
    Location.Builder b = Location.builder();
    if (source != null) {
      b.source(source);
    }
    if (line >= 1) {
      b.line(line);
      if (column >= 1) {
        b.column(column);
      }
    }
    return b.build();
  }
}
