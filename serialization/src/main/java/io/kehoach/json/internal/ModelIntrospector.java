package io.kehoach.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Money;
import io.kehoach.plan.ProcedureCode;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Binds the model by convention instead of annotations: a model type is read through its nested
 * {@code Builder} (methods named as the attributes, without prefix), and nothing of a model type or
 * builder is detected by itself: a getter or a builder method is a property only when the type has
 * an attribute of that name. So the {@code Optional} overloads, {@code add*}, {@code addAll*},
 * {@code from} and derived getters such as {@code Period.isOrdered()} are not properties of the
 * format at all (strict reading rejects them as unknown, instead of skipping them).
 */
public final class ModelIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  /** Types written as text or numbers by their own (de)serializers, not as objects through a builder. */
  private static final Set<Class<?>> SCALARS = Set.of(DocumentNumber.class, ProcedureCode.class, Money.class);

  // Jackson looks for custom deserializers only when a type has no builder, so scalars have none.
  @Override
  public Class<?> findPOJOBuilder(AnnotatedClass ac) {
    Class<?> type = ac.getRawType();
    if (SCALARS.contains(type) || Attributes.modelType(type).filter(t -> t == type).isEmpty()) {
      return null;
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        return nested;
      }
    }
    return null;
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass ac) {
    Class<?> type = ac.getRawType();
    if (type.getSimpleName().equals("Builder") && Attributes.modelType(type).isPresent()) {
      return new JsonPOJOBuilder.Value("build", "");
    }
    return null;
  }

  /** Model types and their builders detect nothing by themselves: only the attributes named below are properties. */
  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
    if (Attributes.modelType(ac.getRawType()).isEmpty()) {
      return checker;
    }
    return checker.withGetterVisibility(Visibility.NONE).withIsGetterVisibility(Visibility.NONE)
        .withSetterVisibility(Visibility.NONE).withCreatorVisibility(Visibility.NONE)
        .withFieldVisibility(Visibility.NONE);
  }

  /** A getter of a model type is a property when it reads an attribute. */
  @Override
  public PropertyName findNameForSerialization(Annotated a) {
    if (!(a instanceof AnnotatedMethod)) {
      return null;
    }
    AnnotatedMethod m = (AnnotatedMethod) a;
    Optional<Class<?>> model = Attributes.modelType(m.getDeclaringClass());
    if (model.isEmpty() || m.getParameterCount() != 0 || isBuilder(m.getDeclaringClass())) {
      return null;
    }
    String name = m.getName();
    String property = name.startsWith("get") && name.length() > 3 ? decapitalize(name.substring(3))
        : name.startsWith("is") && name.length() > 2 ? decapitalize(name.substring(2)) : null;
    return property != null && Attributes.attributes(model.get()).orElseThrow().contains(property)
        ? PropertyName.construct(property) : null;
  }

  /**
   * A builder method is a property when it is named as an attribute and takes the attribute's
   * value itself (not the {@code Optional} overload, not the varargs {@code add*}).
   */
  @Override
  public PropertyName findNameForDeserialization(Annotated a) {
    if (!(a instanceof AnnotatedMethod)) {
      return null;
    }
    AnnotatedMethod m = (AnnotatedMethod) a;
    if (!isBuilder(m.getDeclaringClass()) || m.getParameterCount() != 1) {
      return null;
    }
    Optional<Class<?>> model = Attributes.modelType(m.getDeclaringClass());
    if (model.isEmpty() || !Attributes.attributes(model.get()).orElseThrow().contains(m.getName())) {
      return null;
    }
    Class<?> p = m.getRawParameterType(0);
    boolean optional = p == Optional.class || p == OptionalInt.class || p == OptionalLong.class
        || p == OptionalDouble.class;
    return optional || p.isArray() ? null : PropertyName.construct(m.getName());
  }

  private static boolean isBuilder(Class<?> c) {
    return c.getSimpleName().equals("Builder");
  }

  private static String decapitalize(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  @Override
  public String[] findSerializationPropertyOrder(AnnotatedClass ac) {
    return Attributes.modelType(ac.getRawType()).map(PropertyOrder::of).orElse(null);
  }

  /** Properties of model types leave out what reads back as the default (see {@link Absent}), on any mapper. */
  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    if (a instanceof AnnotatedMethod && Attributes.modelType(((AnnotatedMethod) a).getDeclaringClass()).isPresent()) {
      return JsonInclude.Value.construct(JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS, Absent.class, null);
    }
    return null;
  }

  /** A {@code null} in the input means "absent": the builder keeps its default, on any mapper. */
  @Override
  public JsonSetter.Value findSetterInfo(Annotated a) {
    if (a instanceof AnnotatedMethod && isBuilder(((AnnotatedMethod) a).getDeclaringClass())
        && Attributes.modelType(((AnnotatedMethod) a).getDeclaringClass()).isPresent()) {
      return JsonSetter.Value.forValueNulls(Nulls.SKIP, Nulls.SKIP);
    }
    return JsonSetter.Value.empty();
  }
}
