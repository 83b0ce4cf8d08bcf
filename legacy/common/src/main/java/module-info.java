/**
 * The import contract that every kehoach reader of a legacy format follows, and what the format
 * modules share.
 *
 * <p>{@code io.kehoach.legacy} is the contract: {@link io.kehoach.legacy.PlanReader} (one set of
 * entry points and one exception policy), {@link io.kehoach.legacy.PlanImport} (one result shape),
 * {@link io.kehoach.legacy.Diagnostic} (one diagnostic type), {@link io.kehoach.legacy.InputLimits}
 * and {@link io.kehoach.legacy.InputLimitException}. {@code io.kehoach.legacy.document} is the document
 * model that readers produce and the text recogniser reads.
 *
 * <p>{@code io.kehoach.legacy.internal} holds the vocabularies the format modules share (tone-less
 * folding, body names, bounded reading). It is exported only to kehoach's own format modules, named
 * below: it is not API and may change in any release.
 */
module io.kehoach.legacy.common {
  requires transitive io.kehoach.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy;
  exports io.kehoach.legacy.document;
  exports io.kehoach.legacy.internal to io.kehoach.legacy.text, io.kehoach.legacy.tables, io.kehoach.legacy.edxml,
      io.kehoach.legacy.docx, io.kehoach.legacy.doc, io.kehoach.legacy.pdf, io.kehoach.legacy.xlsx;
}
