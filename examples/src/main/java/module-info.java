/** Runnable examples of kehoach, quoted by the README. Not published. */
module io.kehoach.examples {
  requires io.kehoach.core;

  exports io.kehoach.examples;
}
