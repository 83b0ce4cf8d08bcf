package io.kehoach.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unknown properties in lenient mode: found by comparing the document read with the plan written
 * back, and put back into a written tree at the same pointers.
 */
public final class Extras {
  private Extras() {}

  /**
   * The properties of {@code input} that {@code written} does not have, by pointer, as JSON text;
   * YAML scalars listed in {@code typed} take their typed meaning back.
   */
  public static Map<String, String> diff(JsonNode input, JsonNode written, ObjectMapper json,
      Map<String, JsonNode> typed) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    diff(input, written, "", json, out, typed);
    return out;
  }

  private static JsonNode retype(JsonNode value, String pointer, Map<String, JsonNode> typed) {
    if (typed.isEmpty()) {
      return value;
    }
    if (value.isTextual()) {
      return typed.getOrDefault(pointer, value);
    }
    if (value.isObject()) {
      ObjectNode copy = ((ObjectNode) value).objectNode();
      value.properties().forEach(f -> copy.set(f.getKey(),
          retype(f.getValue(), pointer + "/" + Pointers.escape(f.getKey()), typed)));
      return copy;
    }
    if (value.isArray()) {
      ArrayNode copy = ((ArrayNode) value).arrayNode();
      for (int i = 0; i < value.size(); i++) {
        copy.add(retype(value.get(i), pointer + "/" + i, typed));
      }
      return copy;
    }
    return value;
  }

  private static void diff(JsonNode in, JsonNode out, String pointer, ObjectMapper json, Map<String, String> extras,
      Map<String, JsonNode> typed) throws IOException {
    if (in.isObject() && out.isObject()) {
      for (Map.Entry<String, JsonNode> f : in.properties()) {
        String p = pointer + "/" + Pointers.escape(f.getKey());
        JsonNode o = out.get(f.getKey());
        if (o == null) {
          if (!isEmptyKnown(f.getValue())) {
            extras.put(p, json.writeValueAsString(retype(f.getValue(), p, typed)));
          }
        } else {
          diff(f.getValue(), o, p, json, extras, typed);
        }
      }
    } else if (in.isArray() && out.isArray() && in.size() == out.size()) {
      for (int i = 0; i < in.size(); i++) {
        diff(in.get(i), out.get(i), pointer + "/" + i, json, extras, typed);
      }
    }
  }

  // An empty array or object under a known name is what the writer omits; not an unknown property.
  private static boolean isEmptyKnown(JsonNode value) {
    return (value.isArray() || value.isObject()) && value.isEmpty();
  }

  /** Puts every extra back into {@code tree} at its pointer, where the parent still exists. */
  public static void restore(ObjectNode tree, Map<String, String> extras, ObjectMapper json) throws IOException {
    for (Map.Entry<String, String> e : extras.entrySet()) {
      String pointer = e.getKey();
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = slash <= 0 ? tree : tree.at(pointer.substring(0, slash));
      String name = Pointers.unescape(pointer.substring(slash + 1));
      JsonNode value = json.readTree(e.getValue());
      if (parent instanceof ObjectNode) {
        ((ObjectNode) parent).set(name, value);
      } else if (parent instanceof ArrayNode) {
        ((ArrayNode) parent).add(value);
      } else {
        throw new IllegalArgumentException("no object at " + pointer.substring(0, Math.max(0, slash))
            + " to hold the unknown property " + pointer);
      }
    }
  }
}
