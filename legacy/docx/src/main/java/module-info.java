/**
 * Word {@code .docx} files: read with Apache POI into the document model of
 * {@code io.kehoach.legacy.document} and imported by the text importer's recogniser; plans written
 * as {@code .docx} in the layout of Decree 30/2020, Appendix I.
 */
module io.kehoach.legacy.docx {
  requires transitive io.kehoach.legacy.text;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.docx;
}
