/**
 * Word 97–2003 {@code .doc} files: read with Apache POI HWPF into the document model and imported
 * by the text importer's recogniser.
 */
module io.kehoach.legacy.doc {
  requires transitive io.kehoach.legacy.text;
  requires org.apache.poi.poi;
  requires org.apache.poi.scratchpad;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.doc;
}
