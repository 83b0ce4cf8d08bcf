/**
 * PDF files with a text layer: read with Apache PDFBox into the document model (lines, paragraphs,
 * the two-column head and closing by their x-positions) and imported by the text importer's
 * recogniser; digital signatures reported, not verified.
 */
module io.kehoach.legacy.pdf {
  requires transitive io.kehoach.legacy.text;
  requires org.apache.pdfbox;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.pdf;
}
