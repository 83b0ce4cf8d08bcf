/**
 * The roots shared by every kehoach module: the exception hierarchy, locations in input, and
 * messages in Vietnamese and English.
 *
 * <p>Every error that kehoach raises on bad input is a {@link io.kehoach.KehoachException}: a
 * {@link io.kehoach.MalformedInputException} when the input cannot be read at all, an
 * {@link io.kehoach.InvalidDataException} when it was read but is wrong.
 */
@NullMarked
@ValueStyle
package io.kehoach;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
