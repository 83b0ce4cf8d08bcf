/**
 * Every kehoach legacy format in one module, for applications that want them all: {@code requires
 * io.kehoach.legacy;} reads the official-text importer and renderer, the annex task tables, the edXML
 * envelopes, the pre-Unicode encodings, the Word, PDF and Excel readers (with Apache POI and PDFBox)
 * and the Word and Excel writers, and the import contract they share. It holds no code of
 * its own; an application that needs one format requires that format's module instead
 * ({@code io.kehoach.legacy.text}, {@code io.kehoach.legacy.tables}, {@code io.kehoach.legacy.edxml},
 * {@code io.kehoach.legacy.encoding}, {@code io.kehoach.legacy.docx}, {@code io.kehoach.legacy.doc},
 * {@code io.kehoach.legacy.pdf}, {@code io.kehoach.legacy.xlsx}) and brings only what that format uses.
 */
module io.kehoach.legacy {
  requires transitive io.kehoach.legacy.common;
  requires transitive io.kehoach.legacy.encoding;
  requires transitive io.kehoach.legacy.text;
  requires transitive io.kehoach.legacy.tables;
  requires transitive io.kehoach.legacy.edxml;
  requires transitive io.kehoach.legacy.docx;
  requires transitive io.kehoach.legacy.doc;
  requires transitive io.kehoach.legacy.pdf;
  requires transitive io.kehoach.legacy.xlsx;
}
