/**
 * The stages of the text recogniser (not API). The order of the stages, and what each reads and
 * writes, is documented in the package documentation of {@code io.kehoach.legacy.text} and in each
 * stage's class comment. {@link io.kehoach.legacy.text.internal.Pipeline} runs them;
 * {@code Work} is what they share for one import; {@code Draft} the plan being built.
 */
@NullMarked
package io.kehoach.legacy.text.internal;

import org.jspecify.annotations.NullMarked;
