package io.kehoach.plan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the kehoach model, applied to each model package.
 *
 * <p>JavaBeans-shaped accessors ({@code getX}, {@code isX}) so that Bean Validation and Jackson see
 * properties; generated classes are package-private and hidden behind the abstract type and its
 * nested {@code Builder}; only JDK collections; builder methods for collections are singular
 * ({@code addTask}). Generated classes carry no {@code @Generated} annotation.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "body:bodies",
      "basis:bases",
      "annex:annexes",
      "id:ids",
      "output:outputs",
      "text:texts",
      "kind:kinds",
      "occurrence:occurrences"
    },
    defaults = @Value.Immutable(copy = true),
    // No @Generated on generated classes: its annotation jar is compile-only, and users of the
    // library would be warned that it is missing.
    allowedClasspathAnnotations = {Override.class},
    privateNoargConstructor = false)
public @interface ValueStyle {}
