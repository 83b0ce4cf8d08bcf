/**
 * JSON and YAML for kehoach plans: {@link io.kehoach.json.PlanMapper} reads and writes both, with
 * a format version in every document ({@link io.kehoach.json.FormatVersion}), strict or lenient
 * handling of unknown properties, explicit limits on hostile input, and typed errors that say where
 * the problem is. {@link io.kehoach.json.KehoachModule} binds the model for an application's own
 * {@code ObjectMapper}.
 */
@NullMarked
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
package io.kehoach.json;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
