/**
 * Validation of plans: {@link io.kehoach.validation.PlanValidator} checks a
 * {@link io.kehoach.plan.Plan} against Bean Validation constraints and the domain rules of the
 * {@linkplain io.kehoach.validation.RuleCatalogue rule catalogue}, under a
 * {@linkplain io.kehoach.validation.ValidationProfile profile}, and returns an immutable
 * {@link io.kehoach.validation.ValidationReport} of {@linkplain io.kehoach.validation.Finding
 * findings}, each with a stable rule code, a severity, a JSON Pointer into the plan and a message
 * in Vietnamese and English.
 */
@NullMarked
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
package io.kehoach.validation;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
