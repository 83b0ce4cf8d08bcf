package io.kehoach.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the line and column of a JSON Pointer in a document, by reading it again: used only when
 * an error has been found in the tree, so the common path pays nothing for locations.
 */
final class LocationFinder {
  private LocationFinder() {}

  /** The location of the value at {@code pointer} (or of its nearest ancestor present), or null. */
  static JsonLocation find(JsonFactory factory, byte[] input, String pointer) {
    List<String> target = split(pointer);
    JsonLocation best = null;
    int bestDepth = -1;
    try (JsonParser p = factory.createParser(input)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        List<String> path = path(p.getParsingContext(), t);
        if (path.size() > bestDepth && path.size() <= target.size() && target.subList(0, path.size()).equals(path)) {
          best = p.currentTokenLocation();
          bestDepth = path.size();
          if (bestDepth == target.size()) {
            return best;
          }
        }
      }
    } catch (Exception e) {
      // the document was read once already; if reading it again fails, the best so far stands
    }
    return best;
  }

  private static List<String> path(JsonStreamContext context, JsonToken t) {
    List<String> path = new ArrayList<>();
    JsonStreamContext c = context;
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      c = c.getParent();
    }
    for (; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        path.add(c.getCurrentName() == null ? "" : c.getCurrentName());
      } else if (c.inArray()) {
        path.add(Integer.toString(Math.max(0, c.getCurrentIndex())));
      }
    }
    Collections.reverse(path);
    return path;
  }

  private static List<String> split(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      out.add(Pointers.unescape(token));
    }
    return out;
  }
}
