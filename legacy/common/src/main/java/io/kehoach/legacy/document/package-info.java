/**
 * The document model every kehoach reader of a legacy format produces and the text recogniser
 * reads: a {@link io.kehoach.legacy.document.Document} is a sequence of
 * {@link io.kehoach.legacy.document.Block}s, each a {@link io.kehoach.legacy.document.Paragraph}
 * (its text, where it was read from and, where the source knows them, bold, italic, alignment,
 * font size, indentation, list level and marker) or a {@link io.kehoach.legacy.document.Table}
 * (rows of cells, each cell a list of paragraphs, with its spans).
 *
 * <p>Plain text becomes one paragraph per line (an empty line is an empty paragraph: blank lines
 * separate paragraphs in plain text as empty paragraphs do in Word) and rows written as cells
 * joined by {@code |} or by tabs become tables again. A Word file gives its paragraphs and tables
 * as Word holds them, a PDF its lines grouped into paragraphs: the recogniser reads them all alike.
 *
 * <p>All types are immutable and thread-safe.
 *
 * @since 0.3
 */
@NullMarked
@ValueStyle
package io.kehoach.legacy.document;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
