/**
 * Word {@code .docx} files: {@link io.kehoach.legacy.docx.PlanDocxImporter} reads them with Apache
 * POI into the document model of {@code io.kehoach.legacy.document} and imports that model with the
 * recogniser of the official-text importer ({@link io.kehoach.legacy.docx.DocxDocuments} gives the
 * model alone); {@link io.kehoach.legacy.docx.PlanDocxWriter} writes a plan as a {@code .docx} laid
 * out as Decree 30/2020/NĐ-CP, Appendix I, sets (the sizes and their sources: {@code docs/office-formats.md}).
 *
 * @since 0.3
 */
package io.kehoach.legacy.docx;
