package io.kehoach.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A parser that rejects an object holding a property name twice, more cheaply than Jackson's {@code
 * STRICT_DUPLICATE_DETECTION} (a {@code HashSet} per object of three properties or more, 10 % of
 * reading a typical plan). The parser interns property names, so a name seen before is found by
 * identity in a short array kept per nesting level, with no allocation once the levels exist; an
 * object with more than {@value #LINEAR} properties moves to a hash set, so that hostile input
 * cannot make the check quadratic.
 *
 * <p>Every method that moves the parser goes through {@link #nextToken()}, so no name escapes the
 * check. Used by PlanMapper's fast path only: a duplicate makes that path fail, and the general
 * path (with Jackson's detection) reports it with its location and kehoach's message.
 */
public final class DuplicateCheckingParser extends JsonParserDelegate {
  static final int LINEAR = 32;

  private String[][] names = new String[8][];
  private int[] counts = new int[8];
  private Set<?>[] large = new Set<?>[8];
  private int depth = -1;

  /** Wraps {@code parser}, which must not have moved yet. */
  public DuplicateCheckingParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t == JsonToken.FIELD_NAME) {
      check(delegate.currentName());
    } else if (t == JsonToken.START_OBJECT) {
      push();
    } else if (t == JsonToken.END_OBJECT) {
      large[depth] = null;
      depth--;
    }
    return t;
  }

  private void push() {
    depth++;
    if (depth == counts.length) {
      names = Arrays.copyOf(names, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
      large = Arrays.copyOf(large, depth * 2);
    }
    counts[depth] = 0;
  }

  @SuppressWarnings("unchecked")
  private void check(String name) throws JsonParseException {
    Set<String> set = (Set<String>) large[depth];
    if (set != null) {
      if (!set.add(name)) {
        throw duplicate(name);
      }
      return;
    }
    String[] seen = names[depth];
    int n = counts[depth];
    if (seen == null) {
      seen = new String[LINEAR];
      names[depth] = seen;
    }
    for (int i = 0; i < n; i++) {
      String s = seen[i];
      if (s == name || s.equals(name)) {
        throw duplicate(name);
      }
    }
    if (n == LINEAR) {
      set = new HashSet<>(Arrays.asList(seen));
      set.add(name);
      large[depth] = set;
      return;
    }
    seen[n] = name;
    counts[depth] = n + 1;
  }

  private JsonParseException duplicate(String name) {
    return new JsonParseException(this, "Duplicate field '" + name + "'");
  }

  // Every other way of moving on is expressed through nextToken(), as ParserMinimalBase does.

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString str) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && str.getValue().equals(currentName());
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      t = nextToken();
      if (t == null) {
        return this;
      }
      if (t.isStructStart()) {
        open++;
      } else if (t.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
