/**
 * Annex task tables as CSV: {@code AnnexTableReader} reads an annex table (UTF-8 or a pre-Unicode encoding, comma or semicolon, Vietnamese or English headers) into a plan's assignments and tasks; {@code AnnexTableWriter} writes a plan's tasks as a table a spreadsheet opens correctly, neutralised against formula injection.
 */
@NullMarked
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
package io.kehoach.legacy.csv;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
