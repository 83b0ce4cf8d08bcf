/**
 * Every kehoach legacy format in one module, for applications that want them all: {@code requires
 * io.kehoach.legacy;} reads the official-text importer and renderer, the annex task tables, the edXML
 * envelopes and the pre-Unicode encodings, and the import contract they share. It holds no code of
 * its own; an application that needs one format requires that format's module instead
 * ({@code io.kehoach.legacy.text}, {@code io.kehoach.legacy.tables}, {@code io.kehoach.legacy.edxml},
 * {@code io.kehoach.legacy.encoding}) and brings only what that format uses.
 */
module io.kehoach.legacy {
  requires transitive io.kehoach.legacy.common;
  requires transitive io.kehoach.legacy.encoding;
  requires transitive io.kehoach.legacy.text;
  requires transitive io.kehoach.legacy.tables;
  requires transitive io.kehoach.legacy.edxml;
}
