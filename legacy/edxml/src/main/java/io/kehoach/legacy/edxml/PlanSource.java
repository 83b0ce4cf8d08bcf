package io.kehoach.legacy.edxml;

/**
 * Where the plan of an {@link EdXmlImport} came from: {@link #ATTACHMENT} (the whole plan, from
 * the kehoach JSON attached to the envelope) or {@link #HEADER} (a draft built from the message
 * header alone).
 *
 * @since 0.1
 */
public enum PlanSource {
  /** The whole plan, read from the attached kehoach JSON. */
  ATTACHMENT,
  /** A draft plan built from the message header; the report says what is missing. */
  HEADER
}
