/** Runnable examples of kehoach, quoted by the README. Not published. */
module io.kehoach.examples {
  requires io.kehoach.core;
  requires io.kehoach.validation;
  requires io.kehoach.serialization;
  requires io.kehoach.legacy;

  exports io.kehoach.examples;
}
