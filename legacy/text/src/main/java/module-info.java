/**
 * The official plain text of a plan: import into a plan with a report of what was recognised
 * where (under the import contract of {@code io.kehoach.legacy.common}), and rendering a plan back
 * as text laid out like an official document. Text in a pre-Unicode encoding is converted first.
 */
module io.kehoach.legacy.text {
  requires transitive io.kehoach.legacy.common;
  requires transitive io.kehoach.legacy.encoding;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.text;
}
