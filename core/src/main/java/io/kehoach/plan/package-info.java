/**
 * The model of a Vietnamese administrative plan (Kế hoạch): the {@link io.kehoach.plan.Plan} and
 * every part of it, as immutable value types with builders, and the vocabularies they use.
 *
 * <p>Conventions of the whole package:
 * <ul>
 *   <li>No nulls: an absent value is an empty {@code Optional}, a collection defaults to empty;
 *       builders reject null.</li>
 *   <li>Every text is normalised to Unicode NFC when an instance is built.</li>
 *   <li>Values are created with {@code of} (from parts), {@code parse} (from text, where
 *       {@code toString()} prints what {@code parse} reads), a nested {@code Builder}, or
 *       {@code withX} (a copy with one part changed).</li>
 *   <li>Parts of a plan refer to one another by identifiers declared once in the plan (an
 *       assignment names its body by id), so that references can be checked.</li>
 *   <li>Vocabularies are enums implementing {@link io.kehoach.plan.Vocabulary}: a stable wire code
 *       and labels in Vietnamese and English.</li>
 *   <li>Business and format rules (a plan's number must carry {@code KH}, recipients end with the
 *       archive entry) are checked by the validation module, not by construction: a model instance
 *       can hold wrong data so that it can be reported.</li>
 * </ul>
 * All types are immutable and thread-safe.
 */
@NullMarked
@ValueStyle
package io.kehoach.plan;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
