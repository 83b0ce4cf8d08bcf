/**
 * Converters between kehoach plans and the legacy forms that government systems hold: the official
 * plain text of a plan (import with a report, and rendering laid out like an official document).
 */
module io.kehoach.legacy {
  requires transitive io.kehoach.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.text;
}
