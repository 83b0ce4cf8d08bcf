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
 *
 * <p>Jackson asks this filter about every property written. The kind of a value is worked out once
 * per class (a {@link ClassValue}): a chain of {@code instanceof} tests against interfaces
 * ({@code Collection}, {@code Map}) for every string and every model object took 17 % of writing a
 * typical plan (JFR), the interface checks defeating the JVM's one-entry cache of them.
 */
public final class Absent {
  private static final int NEVER = 0;
  private static final int OPTIONAL = 1;
  private static final int COLLECTION = 2;
  private static final int MAP = 3;
  private static final int BOOLEAN = 4;
  private static final int OPTIONAL_INT = 5;
  private static final int OPTIONAL_LONG = 6;
  private static final int OPTIONAL_DOUBLE = 7;

  private static final ClassValue<Integer> KIND = new ClassValue<>() {
    @Override
    protected Integer computeValue(Class<?> c) {
      if (Optional.class.isAssignableFrom(c)) {
        return OPTIONAL;
      } else if (Collection.class.isAssignableFrom(c)) {
        return COLLECTION;
      } else if (Map.class.isAssignableFrom(c)) {
        return MAP;
      } else if (c == Boolean.class) {
        return BOOLEAN;
      } else if (c == OptionalInt.class) {
        return OPTIONAL_INT;
      } else if (c == OptionalLong.class) {
        return OPTIONAL_LONG;
      } else if (c == OptionalDouble.class) {
        return OPTIONAL_DOUBLE;
      }
      return NEVER;
    }
  };

  @Override
  public boolean equals(Object value) {
    if (value == null) {
      return true;
    }
    Class<?> c = value.getClass();
    if (c == String.class) {
      return false;
    }
    switch (KIND.get(c)) {
      case OPTIONAL:
        return ((Optional<?>) value).isEmpty();
      case COLLECTION:
        return ((Collection<?>) value).isEmpty();
      case MAP:
        return ((Map<?, ?>) value).isEmpty();
      case BOOLEAN:
        return !((Boolean) value);
      case OPTIONAL_INT:
        return ((OptionalInt) value).isEmpty();
      case OPTIONAL_LONG:
        return ((OptionalLong) value).isEmpty();
      case OPTIONAL_DOUBLE:
        return ((OptionalDouble) value).isEmpty();
      default:
        return false;
    }
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
