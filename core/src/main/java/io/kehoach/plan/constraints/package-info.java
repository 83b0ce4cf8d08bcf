/**
 * Bean Validation constraints of the kehoach model, declared here beside the model and validated
 * by the {@code kehoach-validation} module, which registers their validators with any Jakarta
 * Validation provider it finds (a plain {@code Validation.buildDefaultValidatorFactory()} or a
 * Spring-managed validator enforces them as soon as the module is on the class path).
 *
 * <p>Without that module the annotations are inert: core itself has no runtime dependency on
 * Bean Validation.
 */
@NullMarked
package io.kehoach.plan.constraints;

import org.jspecify.annotations.NullMarked;
