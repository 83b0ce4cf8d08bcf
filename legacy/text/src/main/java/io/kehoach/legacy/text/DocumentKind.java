package io.kehoach.legacy.text;

/**
 * What an imported text turned out to be.
 *
 * @since 0.1
 */
public enum DocumentKind {
  /** The official text of a plan, or of a decision that issues one. */
  OFFICIAL_TEXT,
  /** An article about a plan (a press summary): what it states becomes a draft plan, with a warning. */
  PRESS_SUMMARY,
  /** Not a plan at all: no plan is made. */
  NOT_A_PLAN
}
