package io.kehoach.json.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attributes of a model type, read from the fields of the class Immutables generated for it
 * ({@code ImmutablePlan} for {@code Plan}): the only properties the format has.
 */
public final class Attributes {
  private static final Map<Class<?>, Optional<Set<String>>> CACHE = new ConcurrentHashMap<>();

  private Attributes() {}

  /** The model type that {@code type} is, implements or builds, if any. */
  public static Optional<Class<?>> modelType(Class<?> type) {
    Class<?> t = type;
    if (t.getSimpleName().equals("Builder") && t.getEnclosingClass() != null) {
      t = t.getEnclosingClass();
    }
    if (t.getSimpleName().startsWith("Immutable") && t.getSuperclass() != null
        && isModelPackage(t) && !Modifier.isPublic(t.getModifiers())) {
      t = t.getSuperclass();
    }
    return isModelPackage(t) && attributes(t).isPresent() ? Optional.of(t) : Optional.empty();
  }

  private static boolean isModelPackage(Class<?> t) {
    return t.getPackageName().equals("io.kehoach.plan");
  }

  /** The attribute names of a model type, in declaration order; empty for a class that is not one. */
  public static Optional<Set<String>> attributes(Class<?> modelType) {
    return CACHE.computeIfAbsent(modelType, Attributes::read);
  }

  private static Optional<Set<String>> read(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    Class<?> generated;
    try {
      generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    Set<String> names = new LinkedHashSet<>();
    for (Field f : generated.getDeclaredFields()) {
      int m = f.getModifiers();
      if (!Modifier.isStatic(m) && Modifier.isFinal(m) && !f.isSynthetic()) {
        names.add(f.getName());
      }
    }
    return Optional.of(Collections.unmodifiableSet(names));
  }
}
