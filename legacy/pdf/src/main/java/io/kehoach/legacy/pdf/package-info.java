/**
 * PDF files with a text layer: {@link io.kehoach.legacy.pdf.PlanPdfImporter} reads them with Apache
 * PDFBox into the document model of {@code io.kehoach.legacy.document} and imports that model with
 * the recogniser of the official-text importer.
 *
 * @since 0.3
 */
package io.kehoach.legacy.pdf;
