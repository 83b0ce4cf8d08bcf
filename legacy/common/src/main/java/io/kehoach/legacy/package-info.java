/**
 * The import contract of kehoach's legacy formats: every reader ({@code PlanTextImporter},
 * {@code AnnexTableReader}, {@code EdXmlReader}, and the office readers to come) is a
 * {@link io.kehoach.legacy.PlanReader} and returns a {@link io.kehoach.legacy.PlanImport}.
 *
 * <h2>One result shape</h2>
 * A {@link io.kehoach.legacy.PlanImport} holds the plan (a whole plan, or a draft holding what the
 * source states), which part of it was recognised from where in the input
 * ({@link io.kehoach.legacy.RecognizedPart}), where the input held what was kept as unclassified
 * text, and {@link io.kehoach.legacy.Diagnostic}s: a stable code, a severity, a message in
 * Vietnamese and English and a {@link io.kehoach.Location} (line and column of a text, row and
 * column of a table, or a JSON Pointer into the plan). Each format adds what only it knows (the kind
 * of a text, the columns of a table, the header of an envelope).
 *
 * <h2>One set of entry points, one exception policy</h2>
 * Every reader reads a {@code byte[]}, a {@code String}, an {@code InputStream}, a {@code Reader}
 * and a {@code Path}:
 * <ul>
 *   <li>input that cannot be read at all throws {@link io.kehoach.MalformedInputException} with its
 *       location; input past one of the reader's {@link io.kehoach.legacy.InputLimits} throws
 *       {@link io.kehoach.legacy.InputLimitException} (a malformed input) naming the limit and where it
 *       was hit, before the reader spends more than the limit allows;
 *   <li>what a lenient reader could read but not settle becomes a {@link io.kehoach.legacy.Diagnostic};
 *       nothing in the input is dropped silently;
 *   <li>only the stream, reader and path entries do I/O, and they alone throw
 *       {@link java.io.IOException} (the file is missing, the stream fails); streams are read to their
 *       end or to the limit, and not closed;
 *   <li>no other exception escapes a reader: a {@code NullPointerException} only for a null argument
 *       that the Javadoc says must not be null.
 * </ul>
 *
 * <p>Readers are immutable and thread-safe: build one, keep it, share it.
 *
 * @since 0.2
 */
@NullMarked
@ValueStyle
package io.kehoach.legacy;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
