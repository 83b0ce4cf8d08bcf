/** The kehoach command-line tool. */
module io.kehoach.cli {
  requires io.kehoach.validation;
  requires io.kehoach.serialization;
  requires io.kehoach.legacy.text;
  requires io.kehoach.legacy.tables;
  requires io.kehoach.legacy.edxml;
  requires io.kehoach.legacy.docx;
  requires io.kehoach.legacy.doc;
  requires io.kehoach.legacy.pdf;
  requires io.kehoach.legacy.xlsx;
  requires info.picocli;
  requires java.logging;
  requires static org.jspecify;

  // picocli reads the commands' annotated fields reflectively.
  opens io.kehoach.cli to info.picocli;
}
