package io.kehoach.legacy.text.internal;

/**
 * One named step of the text pipeline ({@link Pipeline}): reads the document and what earlier
 * stages recorded in the {@link Work}, and adds to it. Stages are stateless and shared.
 */
interface Stage {
  void apply(Work work);
}
