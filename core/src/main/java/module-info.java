/**
 * The kehoach model: immutable value types for a Vietnamese administrative plan (Kế hoạch) and the
 * pure domain logic around it (document numbers, the official date line, periods, VND amounts,
 * reporting due dates, administrative units).
 *
 * <p>No I/O and no format lives here: JSON, YAML and legacy formats are other modules.
 */
module io.kehoach.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static jakarta.validation;

  exports io.kehoach;
  exports io.kehoach.plan;
  exports io.kehoach.plan.constraints;
  // Text helpers shared by kehoach's own modules, not by users.
  exports io.kehoach.plan.internal to io.kehoach.validation, io.kehoach.serialization, io.kehoach.legacy.common,
      io.kehoach.legacy.encoding, io.kehoach.legacy.text, io.kehoach.legacy.tables, io.kehoach.legacy.edxml,
      io.kehoach.legacy.docx, io.kehoach.legacy.doc, io.kehoach.legacy.pdf, io.kehoach.legacy.xlsx;

  // Format libraries (Jackson) and validators bind to the builders reflectively; the generated
  // implementation classes are package-private, so reflection needs the package open. Core names
  // no such library: any module may bind the model.
  opens io.kehoach.plan;
}
