package io.kehoach.json.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The values the writer leaves out: absent optionals, empty collections and {@code false}, all of
 * which read back as the same default; an empty string is written.
 */
public final class Absent {
  @Override
  public boolean equals(Object value) {
    return value == null
        || value instanceof Optional && ((Optional<?>) value).isEmpty()
        || value instanceof OptionalInt && ((OptionalInt) value).isEmpty()
        || value instanceof OptionalLong && ((OptionalLong) value).isEmpty()
        || value instanceof OptionalDouble && ((OptionalDouble) value).isEmpty()
        || value instanceof Collection && ((Collection<?>) value).isEmpty()
        || value instanceof Map && ((Map<?, ?>) value).isEmpty()
        || Boolean.FALSE.equals(value);
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
