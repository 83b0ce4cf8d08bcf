/**
 * The official plain text of a plan: {@link io.kehoach.legacy.text.PlanTextImporter} turns text
 * laid out after Decree 30/2020/NĐ-CP (as copied from Word files, PDFs and web pages) into a plan
 * with a report of what was recognised where; {@code PlanTextRenderer}
 * lays a plan out as an official document.
 */
@NullMarked
@ValueStyle
package io.kehoach.legacy.text;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
