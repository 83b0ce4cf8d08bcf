package io.kehoach.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.plan.Plan;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The walk understands every constraint annotation of the model, checks as many constraints as the
 * model declares on the beans it reaches, and refuses, when it is built, what it does not model.
 */
class ConstraintWalkModelTest {

  /** Every model type reachable from Plan through getters, type arguments included, whether cascaded or not. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Plan.class));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!c.getPackageName().equals(Plan.class.getPackageName()) || !seen.add(c)) {
        continue;
      }
      for (Method m : c.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
          addClasses(m.getGenericReturnType(), todo);
        }
      }
    }
    return seen;
  }

  private static void addClasses(Type t, Deque<Class<?>> out) {
    if (t instanceof Class<?> c) {
      out.add(c);
    } else if (t instanceof ParameterizedType p) {
      addClasses(p.getRawType(), out);
      for (Type a : p.getActualTypeArguments()) {
        addClasses(a, out);
      }
    }
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(Constraint.class);
  }

  /** The constraint and @Valid annotations in {@code t}, however deep. */
  private static void annotationsIn(AnnotatedType t, List<Annotation> out) {
    for (Annotation a : t.getDeclaredAnnotations()) {
      out.add(a);
    }
    if (t instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType a : p.getAnnotatedActualTypeArguments()) {
        annotationsIn(a, out);
      }
    }
  }

  private static List<Class<?>> withImplementation(Class<?> c) {
    List<Class<?>> out = new ArrayList<>(List.of(c));
    try {
      out.add(Class.forName(c.getPackageName() + ".Immutable" + c.getSimpleName()));
    } catch (ClassNotFoundException e) {
      // not an Immutables value type
    }
    return out;
  }

  @Test
  void everyConstraintAnnotationOfTheModel_isUnderstood() {
    Set<Class<? extends Annotation>> found = new LinkedHashSet<>();
    for (Class<?> type : modelTypes()) {
      for (Class<?> c : withImplementation(type)) {
        List<Annotation> all = new ArrayList<>(List.of(c.getDeclaredAnnotations()));
        for (Method m : c.getDeclaredMethods()) {
          all.addAll(List.of(m.getDeclaredAnnotations()));
          annotationsIn(m.getAnnotatedReturnType(), all);
          for (var p : m.getParameters()) {
            annotationsIn(p.getAnnotatedType(), all);
          }
        }
        for (Field f : c.getDeclaredFields()) {
          all.addAll(List.of(f.getDeclaredAnnotations()));
          annotationsIn(f.getAnnotatedType(), all);
        }
        all.stream().filter(ConstraintWalkModelTest::isConstraint).forEach(a -> found.add(a.annotationType()));
      }
    }
    assertThat(found).as("constraint annotations on the model").isNotEmpty();
    assertThat(ConstraintWalk.UNDERSTOOD).containsAll(found);
    // Each has a rule code.
    found.forEach(Engine::code);
  }

  @Test
  void model_declaresConstraintsOnlyOnGettersAndClasses() {
    // Constraints on fields: the walk refuses them (and does not parse field types to find them).
    // Hibernate Validator ignores constraints on a method that is not a getter (such as an accessor
    // x() instead of getX()) or on a parameter when it validates a bean, and so does the walk: the
    // model must have none, or they would be dead.
    List<String> dead = new ArrayList<>();
    for (Class<?> type : modelTypes()) {
      for (Class<?> c : withImplementation(type)) {
        for (Field f : c.getDeclaredFields()) {
          List<Annotation> onField = new ArrayList<>(List.of(f.getDeclaredAnnotations()));
          annotationsIn(f.getAnnotatedType(), onField);
          if (onField.stream().anyMatch(ConstraintWalkModelTest::isValidation)) {
            dead.add(f + " (field: Hibernate Validator reads it, the walk refuses it)");
          }
        }
        for (Method m : c.getDeclaredMethods()) {
          List<Annotation> onParameters = new ArrayList<>();
          for (var p : m.getParameters()) {
            onParameters.addAll(List.of(p.getDeclaredAnnotations()));
            annotationsIn(p.getAnnotatedType(), onParameters);
          }
          if (onParameters.stream().anyMatch(ConstraintWalkModelTest::isValidation)) {
            dead.add(m + " (parameter)");
          }
          if (ConstraintWalk.property(m) != null && !Modifier.isStatic(m.getModifiers())) {
            continue;
          }
          List<Annotation> onMethod = new ArrayList<>(List.of(m.getDeclaredAnnotations()));
          annotationsIn(m.getAnnotatedReturnType(), onMethod);
          if (onMethod.stream().anyMatch(ConstraintWalkModelTest::isValidation)) {
            dead.add(m.toString());
          }
        }
      }
    }
    assertThat(dead).isEmpty();
  }

  private static boolean isValidation(Annotation a) {
    return isConstraint(a) || a.annotationType().getName().startsWith("jakarta.validation.");
  }

  @Test
  void walk_checksEveryConstraintDeclaredOnTheBeansItReaches() {
    // The beans reached by following @Valid, found here independently of the walk.
    Set<Class<?>> cascaded = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Plan.class));
    int constraints = 0;
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!cascaded.add(c)) {
        continue;
      }
      constraints += (int) List.of(c.getAnnotations()).stream().filter(ConstraintWalkModelTest::isConstraint).count();
      for (Method m : c.getMethods()) {
        if (ConstraintWalk.property(m) == null || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        constraints += (int) List.of(m.getAnnotations()).stream().filter(ConstraintWalkModelTest::isConstraint)
            .count();
        if (m.isAnnotationPresent(Valid.class)) {
          todo.add(m.getReturnType());
        }
        if (m.getAnnotatedReturnType() instanceof AnnotatedParameterizedType p) {
          AnnotatedType arg = p.getAnnotatedActualTypeArguments()[0];
          constraints += (int) List.of(arg.getAnnotations()).stream().filter(ConstraintWalkModelTest::isConstraint)
              .count();
          if (arg.isAnnotationPresent(Valid.class)) {
            todo.add((Class<?>) arg.getType());
          }
        }
      }
    }
    ConstraintWalk walk = ConstraintWalk.shared();
    assertThat(walk.beanTypes()).containsExactlyInAnyOrderElementsOf(cascaded);
    assertThat(walk.constraintCount()).isEqualTo(constraints).isGreaterThan(100);
  }

  @Test
  void registeredValidators_areTheOnesTheWalkRuns() throws Exception {
    Set<String> registered;
    try (InputStream in = ConstraintWalk.class.getResourceAsStream(
        "/META-INF/services/jakarta.validation.ConstraintValidator")) {
      registered = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    }
    Set<Class<? extends Annotation>> annotations = new LinkedHashSet<>();
    for (String name : registered) {
      @SuppressWarnings("unchecked")
      Class<? extends ConstraintValidator<?, ?>> v =
          (Class<? extends ConstraintValidator<?, ?>>) Class.forName(name);
      ParameterizedType p = (ParameterizedType) v.getGenericInterfaces()[0];
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> a = (Class<? extends Annotation>) p.getActualTypeArguments()[0];
      annotations.add(a);
    }
    assertThat(ConstraintWalk.UNDERSTOOD).containsAll(annotations);
  }

  // -- what the walk refuses ------------------------------------------------------------------

  /** A bean with a constraint the walk does not know. */
  public static final class UnknownConstraint {
    @Email
    public String getMail() {
      return "x";
    }
  }

  /** A Map with constrained values. */
  public static final class ConstrainedMap {
    public Map<String, @NotBlank String> getNames() {
      return Map.of();
    }
  }

  /** A constraint in a group. */
  public static final class Grouped {
    @NotBlank(groups = Grouped.class)
    public String getName() {
      return "x";
    }
  }

  /** A constraint on a field. */
  public static final class OnField {
    @NotBlank
    String name = "x";
  }

  /** @Valid on the list rather than its type argument. */
  public static final class ValidList {
    @Valid
    public List<Grouped> getItems() {
      return List.of();
    }
  }

  /** Constraints inside a nested container. */
  public static final class Nested {
    public List<Optional<@Size(max = 3) String>> getItems() {
      return List.of();
    }
  }

  /** @Valid into a type that is neither final nor an Immutables value. */
  public static final class OpenCascade {
    public Optional<@Valid Object> getThing() {
      return Optional.empty();
    }
  }

  @Test
  void build_refusesWhatItDoesNotModel() {
    for (Class<?> c : List.of(UnknownConstraint.class, ConstrainedMap.class, Grouped.class, OnField.class,
        ValidList.class, Nested.class, OpenCascade.class)) {
      assertThatThrownBy(() -> ConstraintWalk.build(c)).as(c.getSimpleName())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not model");
    }
  }
}
