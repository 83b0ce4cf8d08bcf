package io.kehoach.legacy.text.internal;

/**
 * Where the parts of the document begin, as line indices ({@code -1} when absent), written by
 * {@link Segment} (and by {@link Decision} for a plan inside a decision, and {@link Body} for the
 * closing it runs into) and read by the recognising stages.
 */
final class Segments {
  /** The title line {@code KẾ HOẠCH}, the title line {@code QUYẾT ĐỊNH}, the first {@code Số:} line. */
  int planTitle = -1;
  int decisionTitle = -1;
  int numberLine = -1;
  /** The title that opens the document (the decision's when a decision carries the plan); the head ends there. */
  int first = -1;
  /** A plan with no {@code KẾ HOẠCH} line: the subject line that follows the number and date. */
  boolean untitled;
  /** A plan with neither title nor subject: the body begins at {@link #first}. */
  boolean subjectless;
  /** The body: legal bases, then the sections; {@code bodyEnd} is exclusive. */
  int bodyStart = -1;
  int bodyEnd = -1;
  /** Where the closing begins ("Nơi nhận", the signature), and the first annex ("PHỤ LỤC"). */
  int closing = -1;
  int annex = -1;

  boolean decisionFirst() {
    return decisionTitle >= 0 && decisionTitle == first;
  }
}
