/**
 * Word 97–2003 {@code .doc} files: {@link io.kehoach.legacy.doc.PlanDocImporter} reads them with
 * Apache POI's HWPF into the document model of {@code io.kehoach.legacy.document} and imports that
 * model with the recogniser of the official-text importer.
 *
 * @since 0.3
 */
package io.kehoach.legacy.doc;
