package io.kehoach.legacy.edxml;

/**
 * What {@link EdXmlWriter} does with a header field over its edXML limit (a Subject longer than
 * 500 characters): {@link #REJECT} it (the default) or {@link #WARN} and write the full value.
 *
 * @since 0.1
 */
public enum LimitPolicy {
  /** Refuse to write, with one {@link EdXmlWriteException} listing every field over its limit. */
  REJECT,
  /** Write the full value and report each field over its limit as a warning. */
  WARN
}
