package io.kehoach.plan;

/**
 * The longest texts the model accepts without a finding, in UTF-16 code units: a name of a body or
 * person, a one-line text (a subject, a citation), a paragraph, and a text kept as written (a whole
 * section). Generous for real plans, they bound what hostile input can put in one field. Checked by
 * the validation module (rule {@code value.too-long}), not by construction.
 *
 * @since 0.1
 */
public final class Limits {
  /** A name: 300. */
  public static final int NAME = 300;
  /** One line: a subject, a citation, a recipient: 2,000. */
  public static final int LINE = 2_000;
  /** A paragraph: a statement, a theme, a task: 20,000. */
  public static final int PARAGRAPH = 20_000;
  /** A text kept as written: 200,000. */
  public static final int TEXT = 200_000;

  private Limits() {}
}
