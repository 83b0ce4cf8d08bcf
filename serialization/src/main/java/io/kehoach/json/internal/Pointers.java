package io.kehoach.json.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** JSON Pointers (RFC 6901). */
public final class Pointers {
  private Pointers() {}

  /** Escapes one reference token. */
  public static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token : token.replace("~", "~0").replace("/", "~1");
  }

  /** Unescapes one reference token. */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** The pointer of a Jackson exception's path. */
  public static String of(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        b.append('/').append(escape(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        b.append('/').append(r.getIndex());
      }
    }
    return b.toString();
  }
}
