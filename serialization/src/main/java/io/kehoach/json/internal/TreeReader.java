package io.kehoach.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.json.ReadLimits;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Deque;

/**
 * Reads one value of a document into a tree, enforcing the limits itself for every format (the
 * YAML parser does not enforce most of them), rejecting YAML anchors, aliases and tags, and keeping
 * every YAML scalar as the text it was written as ({@code no}, {@code 012} and {@code 1.10} stay
 * text; the model's types decide what they mean).
 */
public final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ReadLimits limits;
  private final String source;
  private final Map<String, JsonNode> typedScalars = new HashMap<>();
  private long tokens;

  public TreeReader(ReadLimits limits, String source) {
    this.limits = limits;
    this.source = source;
  }

  /** Reads the value at the parser's current token (the parser must stand on one). */
  public JsonNode readValue(JsonParser p) throws IOException {
    return readValue(p, false);
  }

  /**
   * Reads the value at the parser's current token; with {@code measured}, checks the value's own
   * size against the document limit (in bytes for JSON, characters for YAML), for a parser reading
   * many documents whose own limits do not apply to each.
   */
  public JsonNode readValue(JsonParser p, boolean measured) throws IOException {
    boolean yaml = p instanceof YAMLParser;
    long start = measured ? offset(p) : 0;
    Deque<JsonNode> stack = new ArrayDeque<>();
    JsonNode root = null;
    String name = null;
    JsonToken t = p.currentToken();
    while (true) {
      if (t == null) {
        throw malformed(p, "tài liệu kết thúc giữa chừng", "the document ends in the middle of a value");
      }
      if (++tokens > limits.getMaxTokenCount()) {
        throw limit(p, "số token", "token count", limits.getMaxTokenCount());
      }
      if (measured && offset(p) - start > limits.getMaxDocumentBytes()) {
        throw limit(p, "kích thước tài liệu", "document size", limits.getMaxDocumentBytes());
      }
      if (yaml) {
        yamlChecks((YAMLParser) p);
      }
      JsonNode value = null;
      switch (t) {
        case START_OBJECT:
        case START_ARRAY:
          if (stack.size() + 1 > limits.getMaxNestingDepth()) {
            throw limit(p, "độ sâu lồng nhau", "nesting depth", limits.getMaxNestingDepth());
          }
          JsonNode container = t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
          attach(stack, name, container);
          if (root == null) {
            root = container;
          }
          stack.push(container);
          name = null;
          break;
        case END_OBJECT:
        case END_ARRAY:
          stack.pop();
          if (stack.isEmpty()) {
            return root;
          }
          break;
        case FIELD_NAME:
          name = p.currentName();
          if (name.length() > limits.getMaxNameLength()) {
            throw limit(p, "độ dài tên thuộc tính", "property name length", limits.getMaxNameLength());
          }
          break;
        case VALUE_STRING:
          if (p.getTextLength() > limits.getMaxStringLength()) {
            throw limit(p, "độ dài chuỗi", "string length", limits.getMaxStringLength());
          }
          value = NODES.textNode(p.getText());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          if (p.getTextLength() > limits.getMaxNumberLength()) {
            throw limit(p, "độ dài số", "number length", limits.getMaxNumberLength());
          }
          if (yaml) {
            value = NODES.textNode(p.getText());
            typedScalars.put(pointer(p), t == JsonToken.VALUE_NUMBER_INT ? BigIntegerNode.valueOf(p.getBigIntegerValue())
                : DecimalNode.valueOf(p.getDecimalValue()));
          } else if (t == JsonToken.VALUE_NUMBER_INT) {
            value = BigIntegerNode.valueOf(p.getBigIntegerValue());
          } else {
            value = DecimalNode.valueOf(p.getDecimalValue());
          }
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          value = yaml ? NODES.textNode(p.getText()) : NODES.booleanNode(t == JsonToken.VALUE_TRUE);
          if (yaml) {
            typedScalars.put(pointer(p), NODES.booleanNode(t == JsonToken.VALUE_TRUE));
          }
          break;
        case VALUE_NULL:
          value = NODES.nullNode();
          break;
        default:
          throw malformed(p, "giá trị không được hỗ trợ", "a value the format does not support (" + t + ")");
      }
      if (value != null) {
        if (stack.isEmpty()) {
          return value;
        }
        attach(stack, name, value);
        name = null;
      }
      t = p.nextToken();
    }
  }

  /**
   * The YAML scalars that were plain numbers or booleans ({@code 1}, {@code true}), by pointer, with
   * that meaning: the tree keeps them as text for the model's string fields, unknown properties
   * take them back.
   */
  public Map<String, JsonNode> typedScalars() {
    return typedScalars;
  }

  private static String pointer(JsonParser p) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      segments.add(c.inArray() ? Integer.toString(c.getCurrentIndex()) : Pointers.escape(String.valueOf(c.getCurrentName())));
    }
    StringBuilder b = new StringBuilder();
    for (int i = segments.size() - 1; i >= 0; i--) {
      b.append('/').append(segments.get(i));
    }
    return b.toString();
  }

  private void yamlChecks(YAMLParser p) throws IOException {
    if (p.isCurrentAlias()) {
      throw malformed(p, "không dùng bí danh (alias) YAML", "YAML aliases are not allowed");
    }
    if (p.getObjectId() != null) {
      throw malformed(p, "không dùng neo (anchor) YAML", "YAML anchors are not allowed");
    }
    if (p.getTypeId() != null) {
      throw malformed(p, "không dùng thẻ (tag) YAML", "YAML tags are not allowed");
    }
  }

  private static void attach(Deque<JsonNode> stack, String name, JsonNode value) {
    JsonNode parent = stack.peek();
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).set(name, value);
    } else if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).add(value);
    }
  }

  private MalformedInputException limit(JsonParser p, String whatVi, String whatEn, long max) {
    return malformed(p, "vượt giới hạn " + whatVi + " (" + max + ")", "exceeds the limit on " + whatEn + " (" + max + ")");
  }

  MalformedInputException malformed(JsonParser p, String vi, String en) {
    return new MalformedInputException(LocalizedText.of("Tài liệu không đọc được: " + vi, "Unreadable document: " + en),
        location(p.currentLocation(), source));
  }

  /** Where the parser's current token begins: its byte offset, or its character offset where bytes are not known. */
  private static long offset(JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    long b = l.getByteOffset();
    return b >= 0 ? b : Math.max(0, l.getCharOffset());
  }

  /** A location from a parser's, with the source name when known. */
  public static Location location(JsonLocation l, String source) {
    Location.Builder b = Location.builder();
    if (source != null) {
      b.source(source);
    }
    if (l != null && l.getLineNr() > 0) {
      b.line(l.getLineNr());
      if (l.getColumnNr() > 0) {
        b.column(l.getColumnNr());
      }
    }
    return b.build();
  }
}
