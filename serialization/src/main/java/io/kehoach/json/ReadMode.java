package io.kehoach.json;

/**
 * What a reader does with a property the format does not define.
 *
 * @since 0.1
 */
public enum ReadMode {
  /** Rejects the document, naming the property and where it is. */
  STRICT,
  /** Keeps the property in {@link PlanDocument#getUnknownProperties()}, and writes it back unchanged. */
  LENIENT
}
