package io.kehoach.validation.internal;

import io.kehoach.plan.Plan;
import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.OrderedPeriod;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.SingleScript;
import io.kehoach.plan.constraints.WholeVnd;
import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Bean Validation constraints of the plan model, checked by a walk built once from the same
 * annotations Hibernate Validator reads, without Hibernate Validator.
 *
 * <p>At build time the walk reads, by reflection, every constraint and {@code @Valid} on the
 * getters of {@link Plan} (declaration annotations and type-argument annotations of {@code List}
 * and {@code Optional}) and on the classes it cascades into, the way Hibernate Validator does for
 * the default group, and turns them into an array of checks per bean. At validation time it calls
 * the getters through method handles and reports each failed check as (rule code, JSON Pointer,
 * invalid value), exactly the triples that Hibernate Validator's violations give: pointers such as
 * {@code /objectives/2/statement}, class-level constraints at the bean's own pointer, {@code
 * Optional} unwrapped, list elements by index.
 *
 * <p>The standard constraints the model uses ({@code @NotBlank}, {@code @NotNull}, {@code @Size})
 * are implemented here with Hibernate Validator's semantics; kehoach's own are checked by their
 * {@link ConstraintValidator}s, initialised with the annotation. Whatever the walk does not model
 * (an unknown constraint, a constraint in a group, a constraint on a field, a {@code Map} or nested
 * container, {@code @Valid} on a list itself, a cascaded type that could be subclassed) makes the
 * build fail, so that the walk can never silently check less than the annotations say.
 *
 * <p>Immutable and thread-safe once built.
 */
final class ConstraintWalk {

  /** Receives the violations of a walk. */
  interface Sink {
    /** Constraint {@code code} failed at {@code pointer} on {@code invalid}, the value Bean Validation would report. */
    void violation(String code, String pointer, @Nullable Object invalid);
  }

  /** Every constraint annotation the walk can check: the standard ones it implements, then kehoach's. */
  static final Set<Class<? extends Annotation>> UNDERSTOOD = Set.of(NotBlank.class, NotNull.class, Size.class,
      Identifier.class, PlainText.class, SingleScript.class, WholeVnd.class, OrderedPeriod.class);

  /** A new validator of kehoach's constraint {@code a} (the ones registered as services), initialised with it. */
  private static ConstraintValidator<?, ?> validator(Annotation a) {
    // No lambdas and no reflection here: each would cost a cold start more than the walk itself.
    if (a instanceof Identifier) {
      return new IdentifierValidator();
    } else if (a instanceof PlainText p) {
      PlainTextValidator v = new PlainTextValidator();
      v.initialize(p);
      return v;
    } else if (a instanceof SingleScript) {
      return new SingleScriptValidator();
    } else if (a instanceof WholeVnd) {
      return new WholeVndValidator();
    } else if (a instanceof OrderedPeriod) {
      return new OrderedPeriodValidator();
    }
    throw new IllegalArgumentException(a.toString());
  }

  /** The groups of constraint {@code a}. */
  private static Class<?>[] groups(Annotation a) {
    if (a instanceof NotBlank x) {
      return x.groups();
    } else if (a instanceof NotNull x) {
      return x.groups();
    } else if (a instanceof Size x) {
      return x.groups();
    } else if (a instanceof Identifier x) {
      return x.groups();
    } else if (a instanceof PlainText x) {
      return x.groups();
    } else if (a instanceof SingleScript x) {
      return x.groups();
    } else if (a instanceof WholeVnd x) {
      return x.groups();
    } else if (a instanceof OrderedPeriod x) {
      return x.groups();
    }
    throw new IllegalArgumentException(a.toString());
  }

  private static final class Holder {
    static final ConstraintWalk INSTANCE = build(Plan.class);
  }

  /** The walk of the plan model, built on first use. */
  static ConstraintWalk shared() {
    return Holder.INSTANCE;
  }

  private final Bean root;
  private final int checks;

  private ConstraintWalk(Bean root, int checks) {
    this.root = root;
    this.checks = checks;
  }

  /** The number of constraints the walk checks, summed over the bean types it reaches (for tests). */
  int constraintCount() {
    return checks;
  }

  /** The bean types the walk reaches from its root (for tests). */
  Set<Class<?>> beanTypes() {
    Set<Class<?>> s = new LinkedHashSet<>();
    collect(root, s);
    return s;
  }

  /**
   * Every place a constraint is checked, as {@code "<pointer template> <rule code>"} with {@code *}
   * for a list index, such as {@code "/objectives/ * /statement value.required"} (for tests).
   */
  Set<String> locations() {
    Set<String> out = new LinkedHashSet<>();
    locations(root, "", out, new HashSet<>());
    return out;
  }

  private static void locations(Bean b, String prefix, Set<String> out, Set<Bean> onPath) {
    if (!onPath.add(b)) {
      return;
    }
    for (Check c : b.classChecks) {
      out.add(prefix + " " + c.code);
    }
    for (Prop p : b.props) {
      String at = prefix + p.segment;
      for (Check c : p.valueChecks) {
        out.add(at + " " + c.code);
      }
      String element = p.shape == Prop.LIST ? at + "/*" : at;
      for (Check c : p.elementChecks) {
        out.add(element + " " + c.code);
      }
      if (p.cascade != null) {
        locations(p.cascade, element, out, onPath);
      }
    }
    onPath.remove(b);
  }

  private static void collect(Bean b, Set<Class<?>> s) {
    if (s.add(b.type)) {
      for (Prop p : b.props) {
        if (p.cascade != null) {
          collect(p.cascade, s);
        }
      }
    }
  }

  /** Checks {@code bean} (an instance of the root type) and reports each violation to {@code sink}. */
  void walk(Object bean, Sink sink) {
    new Walker(sink).bean(root, bean);
  }

  // -- validation time ------------------------------------------------------------------------

  /** One walk: the path from the root is kept as a stack of segments and indexes, turned into a pointer only on a violation. */
  private static final class Walker {
    private final Sink sink;
    private String[] segments = new String[8];
    private int[] indexes = new int[8];
    private int depth;

    Walker(Sink sink) {
      this.sink = sink;
    }

    void bean(Bean b, Object value) {
      if (value.getClass() != b.runtime) {
        throw new IllegalStateException("the constraint walk models " + b.type.getName() + " as "
            + b.runtime.getName() + ", not " + value.getClass().getName());
      }
      for (Check c : b.classChecks) {
        if (!c.isValid(value)) {
          report(c, null, -1, value);
        }
      }
      for (Prop p : b.props) {
        Object v = p.get(value);
        for (Check c : p.valueChecks) {
          if (!c.isValid(v)) {
            report(c, p.segment, -1, v);
          }
        }
        switch (p.shape) {
          case Prop.PLAIN:
            if (p.cascade != null && v != null) {
              descend(p.cascade, p.segment, -1, v);
            }
            break;
          case Prop.OPTIONAL:
            Object e = ((Optional<?>) v).orElse(null);
            if (e == null) {
              // Hibernate Validator checks an empty Optional's element constraints on null.
              for (Check c : p.nullFailures) {
                report(c, p.segment, -1, null);
              }
            } else {
              for (Check c : p.elementChecks) {
                if (!c.isValid(e)) {
                  report(c, p.segment, -1, e);
                }
              }
              if (p.cascade != null) {
                descend(p.cascade, p.segment, -1, e);
              }
            }
            break;
          default:
            List<?> list = (List<?>) v;
            for (int i = 0, n = list.size(); i < n; i++) {
              Object x = list.get(i);
              for (Check c : p.elementChecks) {
                if (!c.isValid(x)) {
                  report(c, p.segment, i, x);
                }
              }
              if (p.cascade != null && x != null) {
                descend(p.cascade, p.segment, i, x);
              }
            }
        }
      }
    }

    private void descend(Bean b, String segment, int index, Object value) {
      if (depth == segments.length) {
        segments = Arrays.copyOf(segments, depth * 2);
        indexes = Arrays.copyOf(indexes, depth * 2);
      }
      segments[depth] = segment;
      indexes[depth] = index;
      depth++;
      bean(b, value);
      depth--;
    }

    private void report(Check c, @Nullable String segment, int index, @Nullable Object invalid) {
      StringBuilder pointer = new StringBuilder(64);
      for (int i = 0; i < depth; i++) {
        pointer.append(segments[i]);
        if (indexes[i] >= 0) {
          pointer.append('/').append(indexes[i]);
        }
      }
      if (segment != null) {
        pointer.append(segment);
        if (index >= 0) {
          pointer.append('/').append(index);
        }
      }
      sink.violation(c.code, pointer.toString(), invalid);
    }
  }

  /** The constraints of one bean type. */
  private static final class Bean {
    final Class<?> type;
    final Class<?> runtime;
    Check[] classChecks = {};
    Prop[] props = {};

    Bean(Class<?> type, Class<?> runtime) {
      this.type = type;
      this.runtime = runtime;
    }
  }

  /** One property of a bean with its checks: on the value, on its elements, and where it cascades. */
  private static final class Prop {
    static final int PLAIN = 0;
    static final int OPTIONAL = 1;
    static final int LIST = 2;

    final String name;
    final String segment;
    final MethodHandle getter;
    final int shape;
    final Check[] valueChecks;
    final Check[] elementChecks;
    final Check[] nullFailures;
    final @Nullable Bean cascade;

    Prop(String name, MethodHandle getter, int shape, Check[] valueChecks, Check[] elementChecks,
        @Nullable Bean cascade) {
      this.name = name;
      this.segment = "/" + Engine.Findings.escape(name);
      this.getter = getter;
      this.shape = shape;
      this.valueChecks = valueChecks;
      this.elementChecks = elementChecks;
      List<Check> nulls = new ArrayList<>();
      for (Check c : elementChecks) {
        if (!c.isValid(null)) {
          nulls.add(c);
        }
      }
      this.nullFailures = nulls.toArray(new Check[0]);
      this.cascade = cascade;
    }

    Object get(Object bean) {
      try {
        return (Object) getter.invokeExact(bean);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("getter of " + name + " failed", e);
      }
    }
  }

  /** One constraint: a standard one implemented here, or one of kehoach's validators. */
  private static final class Check {
    static final int NOT_NULL = 0;
    static final int NOT_BLANK = 1;
    static final int SIZE_CHARS = 2;
    static final int SIZE_ELEMENTS = 3;
    static final int VALIDATOR = 4;

    final String code;
    final int kind;
    final int min;
    final int max;
    final @Nullable ConstraintValidator<?, Object> validator;

    Check(String code, int kind, int min, int max, @Nullable ConstraintValidator<?, Object> validator) {
      this.code = code;
      this.kind = kind;
      this.min = min;
      this.max = max;
      this.validator = validator;
    }

    boolean isValid(@Nullable Object v) {
      switch (kind) {
        case NOT_NULL:
          return v != null;
        case NOT_BLANK:
          // As Hibernate Validator: not null, and not String.isBlank() (Character.isWhitespace).
          return v != null && !v.toString().isBlank();
        case SIZE_CHARS: {
          if (v == null) {
            return true;
          }
          int n = ((CharSequence) v).length();
          return n >= min && n <= max;
        }
        case SIZE_ELEMENTS: {
          if (v == null) {
            return true;
          }
          int n = ((Collection<?>) v).size();
          return n >= min && n <= max;
        }
        default:
          return validator.isValid(v, NO_CONTEXT);
      }
    }
  }

  /** kehoach's validators use no context; one that starts to must not pass silently. */
  private static final ConstraintValidatorContext NO_CONTEXT = new ConstraintValidatorContext() {
    @Override
    public void disableDefaultConstraintViolation() {
      throw unsupported();
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
      throw unsupported();
    }

    @Override
    public ClockProvider getClockProvider() {
      throw unsupported();
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
      throw unsupported();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw unsupported();
    }

    private UnsupportedOperationException unsupported() {
      return new UnsupportedOperationException("a constraint validator used its context, which the constraint"
          + " walk does not model: teach ConstraintWalk, or run the reference engine (Hibernate Validator)");
    }
  };

  // -- build time -----------------------------------------------------------------------------

  /**
   * Builds the walk of {@code rootType}.
   *
   * @throws IllegalStateException if the model holds an annotation or a cascading the walk does not model
   */
  static ConstraintWalk build(Class<?> rootType) {
    Builder b = new Builder();
    Bean root = b.bean(rootType);
    return new ConstraintWalk(root, b.checks);
  }

  private static final class Builder {
    private final Map<Class<?>, Bean> beans = new HashMap<>();
    int checks;

    Bean bean(Class<?> type) {
      Bean known = beans.get(type);
      if (known != null) {
        return known;
      }
      Bean b = new Bean(type, runtimeClass(type));
      beans.put(type, b);
      List<Class<?>> hierarchy = hierarchy(b.runtime);
      List<Check> classChecks = new ArrayList<>();
      Map<String, PropBuilder> props = new LinkedHashMap<>();
      for (Class<?> c : hierarchy) {
        for (Annotation a : c.getDeclaredAnnotations()) {
          if (relevant(a)) {
            classChecks.add(check(a, c.getName(), type));
          }
        }
        // What Hibernate Validator reads of a bean: fields, and getters. Constraints on other methods
        // and on parameters are for method validation, which neither it nor the walk does here.
        // ConstraintWalkModelTest checks that the model has none of those, nor constraints in the
        // type of a field: parsing the type annotations of every field (jspecify's @Nullable on
        // each optional field of an Immutables class) would cost a third of this build.
        for (Field f : c.getDeclaredFields()) {
          if (!f.isSynthetic() && any(f.getDeclaredAnnotations())) {
            throw unsupported(c.getName() + "." + f.getName(),
                "constraints on a field (Hibernate Validator reads them; the walk reads getters only)");
          }
        }
        for (Method m : c.getDeclaredMethods()) {
          if (m.isSynthetic() || m.isBridge() || Modifier.isStatic(m.getModifiers())) {
            continue;
          }
          String property = property(m);
          if (property == null) {
            continue;
          }
          if (!any(m.getDeclaredAnnotations()) && !anyIn(m.getAnnotatedReturnType())) {
            continue;
          }
          String where = c.getName() + "." + m.getName() + "()";
          PropBuilder pb = props.get(property);
          if (pb == null) {
            pb = new PropBuilder(property, type);
            props.put(property, pb);
          }
          pb.read(m, where);
        }
      }
      b.classChecks = classChecks.toArray(new Check[0]);
      checks += classChecks.size();
      List<Prop> built = new ArrayList<>();
      for (PropBuilder p : props.values()) {
        built.add(p.build(this));
        checks += p.valueChecks.size() + p.elementChecks.size();
      }
      b.props = built.toArray(new Prop[0]);
      return b;
    }
  }

  /** The constraints of one property, gathered from every declaration of its getter in the hierarchy. */
  private static final class PropBuilder {
    final String name;
    final Class<?> beanType;
    final List<Check> valueChecks = new ArrayList<>();
    final List<Check> elementChecks = new ArrayList<>();
    @Nullable Method getter;
    int shape = -1;
    @Nullable Class<?> cascadeType;

    PropBuilder(String name, Class<?> beanType) {
      this.name = name;
      this.beanType = beanType;
    }

    void read(Method m, String where) {
      Class<?> raw = m.getReturnType();
      int s = List.class == raw ? Prop.LIST : Optional.class == raw ? Prop.OPTIONAL : Prop.PLAIN;
      if (s == Prop.PLAIN && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
          || raw.isArray() || raw.getName().startsWith("java.util.Optional"))) {
        throw unsupported(where, "constraints on a " + raw.getName() + " (the walk models List and Optional)");
      }
      if (shape >= 0 && shape != s) {
        throw unsupported(where, "a getter overridden with another container type");
      }
      shape = s;
      if (getter == null || m.getDeclaringClass().isAssignableFrom(beanType)) {
        getter = m;
      }
      // Declaration annotations: on the property value.
      for (Annotation a : m.getDeclaredAnnotations()) {
        if (!relevant(a)) {
          continue;
        }
        if (a.annotationType() == Valid.class) {
          if (s != Prop.PLAIN) {
            throw unsupported(where, "@Valid on a container; put it on the type argument (List<@Valid X>)");
          }
          cascadeOn(raw, where);
        } else {
          if (s == Prop.OPTIONAL) {
            throw unsupported(where, "a constraint on an Optional itself; put it on the type argument");
          }
          valueChecks.add(check(a, where, raw));
        }
      }
      // Type annotations: on the return type itself they repeat the declaration annotations (javac
      // records an annotation with targets METHOD and TYPE_USE in both places); on the type argument
      // of List and Optional they apply to the elements; anywhere else they are not modelled.
      AnnotatedType rt = m.getAnnotatedReturnType();
      for (Annotation a : rt.getDeclaredAnnotations()) {
        if (relevant(a) && !Arrays.asList(m.getDeclaredAnnotations()).contains(a)) {
          throw unsupported(where, "a type annotation on the return type that is not a declaration annotation");
        }
      }
      if (rt instanceof AnnotatedArrayType array && anyIn(array.getAnnotatedGenericComponentType())) {
        throw unsupported(where, "constraints on array components");
      }
      if (rt instanceof AnnotatedParameterizedType p) {
        AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
        if (s == Prop.PLAIN) {
          for (AnnotatedType arg : args) {
            if (anyIn(arg)) {
              throw unsupported(where, "constraints in the type arguments of " + raw.getName()
                  + " (the walk models List and Optional; a Map is not modelled)");
            }
          }
          return;
        }
        AnnotatedType arg = args[0];
        if (!(arg.getType() instanceof Class<?> element)) {
          if (anyIn(arg)) {
            throw unsupported(where, "constraints on a type argument " + arg.getType()
                + " that is not a plain class (nested containers and wildcards are not modelled)");
          }
          return;
        }
        for (Annotation a : arg.getDeclaredAnnotations()) {
          if (!relevant(a)) {
            continue;
          }
          if (a.annotationType() == Valid.class) {
            cascadeOn(element, where);
          } else {
            elementChecks.add(check(a, where, element));
          }
        }
      }
    }

    private void cascadeOn(Class<?> target, String where) {
      if (target.isPrimitive() || target.isArray() || target.isEnum() || target.getName().startsWith("java.")
          || Collection.class.isAssignableFrom(target) || Map.class.isAssignableFrom(target)) {
        throw unsupported(where, "@Valid on " + target.getName() + ", which is not a bean of the model");
      }
      if (cascadeType != null && cascadeType != target) {
        throw unsupported(where, "cascading into two types");
      }
      cascadeType = target;
    }

    Prop build(Builder builder) {
      Method m = getter;
      Bean cascadeBean = cascadeType == null ? null : builder.bean(cascadeType);
      MethodHandle h;
      try {
        h = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup()).unreflect(m)
            .asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("the constraint walk cannot call " + m, e);
      }
      return new Prop(name, h, shape, valueChecks.toArray(new Check[0]), elementChecks.toArray(new Check[0]),
          cascadeBean);
    }
  }

  /** The property name of a getter as Hibernate Validator sees it ({@code getTaskIds} is {@code taskIds}), or null. */
  static @Nullable String property(Method m) {
    if (m.getParameterCount() != 0) {
      return null;
    }
    String n = m.getName();
    String rest;
    if (n.startsWith("get") && m.getReturnType() != void.class) {
      rest = n.substring(3);
    } else if ((n.startsWith("is") || n.startsWith("has")) && m.getReturnType() == boolean.class) {
      rest = n.substring(n.startsWith("is") ? 2 : 3);
    } else {
      return null;
    }
    if (rest.isEmpty()) {
      return null;
    }
    if (rest.length() > 1 && Character.isUpperCase(rest.charAt(0)) && Character.isUpperCase(rest.charAt(1))) {
      return rest;
    }
    return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
  }

  /** The class whose instances the walk meets for {@code type}: itself when final, else its Immutables implementation. */
  private static Class<?> runtimeClass(Class<?> type) {
    if (Modifier.isFinal(type.getModifiers())) {
      return type;
    }
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      Class<?> c = Class.forName(name, false, type.getClassLoader());
      if (!type.isAssignableFrom(c) || !Modifier.isFinal(c.getModifiers())) {
        throw unsupported(type.getName(), "its implementation " + name + " is not a final subclass");
      }
      return c;
    } catch (ClassNotFoundException e) {
      throw unsupported(type.getName(), "cascading into a type that is neither final nor an Immutables"
          + " abstract value type (its subclasses could add constraints)");
    }
  }

  /** The class and its superclasses and interfaces, without the JDK's. */
  private static List<Class<?>> hierarchy(Class<?> c) {
    Set<Class<?>> out = new LinkedHashSet<>();
    addHierarchy(c, out);
    return new ArrayList<>(out);
  }

  private static void addHierarchy(@Nullable Class<?> c, Set<Class<?>> out) {
    if (c == null || c.getName().startsWith("java.") || !out.add(c)) {
      return;
    }
    addHierarchy(c.getSuperclass(), out);
    for (Class<?> i : c.getInterfaces()) {
      addHierarchy(i, out);
    }
  }

  /** Whether Bean Validation reads {@code a}: a constraint, {@code @Valid}, or another Bean Validation annotation. */
  static boolean relevant(Annotation a) {
    Class<? extends Annotation> t = a.annotationType();
    return t.isAnnotationPresent(Constraint.class) || t.getName().startsWith("jakarta.validation.")
        || t.getName().startsWith("org.hibernate.validator.");
  }

  private static boolean any(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (relevant(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a relevant annotation appears anywhere in {@code t}, its type arguments, wildcard bounds or components (not in the bounds a type variable declares, which may refer to themselves). */
  static boolean anyIn(AnnotatedType t) {
    if (any(t.getDeclaredAnnotations())) {
      return true;
    }
    if (t instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType a : p.getAnnotatedActualTypeArguments()) {
        if (anyIn(a)) {
          return true;
        }
      }
    } else if (t instanceof AnnotatedArrayType a) {
      return anyIn(a.getAnnotatedGenericComponentType());
    } else if (t instanceof AnnotatedWildcardType w) {
      for (AnnotatedType b : w.getAnnotatedUpperBounds()) {
        if (anyIn(b)) {
          return true;
        }
      }
      for (AnnotatedType b : w.getAnnotatedLowerBounds()) {
        if (anyIn(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The check of constraint {@code a} on values of type {@code target}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Check check(Annotation a, String where, Class<?> target) {
    Class<? extends Annotation> t = a.annotationType();
    if (!UNDERSTOOD.contains(t)) {
      throw unsupported(where, "the annotation @" + t.getName() + ", which the walk does not understand");
    }
    Class<?>[] groups = groups(a);
    if (groups.length != 0) {
      throw unsupported(where, "@" + t.getSimpleName() + " in groups " + Arrays.toString(groups)
          + " (the walk checks the default group)");
    }
    String code = Engine.code(t);
    if (t == NotNull.class) {
      return new Check(code, Check.NOT_NULL, 0, 0, null);
    }
    if (t == NotBlank.class) {
      requireType(where, a, CharSequence.class, target);
      return new Check(code, Check.NOT_BLANK, 0, 0, null);
    }
    if (t == Size.class) {
      Size s = (Size) a;
      if (s.min() < 0 || s.max() < s.min()) {
        throw unsupported(where, "@Size(min = " + s.min() + ", max = " + s.max() + ")");
      }
      if (CharSequence.class.isAssignableFrom(target)) {
        return new Check(code, Check.SIZE_CHARS, s.min(), s.max(), null);
      }
      if (Collection.class.isAssignableFrom(target)) {
        return new Check(code, Check.SIZE_ELEMENTS, s.min(), s.max(), null);
      }
      throw unsupported(where, "@Size on " + target.getName());
    }
    ConstraintValidator validator = validator(a);
    requireType(where, a, validatedType(validator.getClass(), t), target);
    return new Check(code, Check.VALIDATOR, 0, 0, validator);
  }

  private static void requireType(String where, Annotation a, Class<?> accepted, Class<?> target) {
    if (!accepted.isAssignableFrom(target)) {
      throw unsupported(where, "@" + a.annotationType().getSimpleName() + " on " + target.getName()
          + ", which its validator (for " + accepted.getName() + ") does not take");
    }
  }

  /** The {@code T} of {@code ConstraintValidator<A, T>} that {@code validator} implements for {@code annotation}. */
  static Class<?> validatedType(Class<?> validator, Class<? extends Annotation> annotation) {
    for (Type i : validator.getGenericInterfaces()) {
      if (i instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class
          && p.getActualTypeArguments()[0] == annotation && p.getActualTypeArguments()[1] instanceof Class<?> c) {
        return c;
      }
    }
    throw unsupported(validator.getName(), "not a ConstraintValidator<" + annotation.getSimpleName()
        + ", T> with a class T");
  }

  private static IllegalStateException unsupported(String where, String what) {
    return new IllegalStateException("The constraint walk does not model " + what + ": " + where
        + ". Teach ConstraintWalk (and its differential test against Hibernate Validator) first.");
  }
}
