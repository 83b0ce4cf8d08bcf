package io.kehoach;

import org.jspecify.annotations.Nullable;

/**
 * Input that was read but is wrong: a plan whose status cannot move to the one requested, a plan
 * that fails validation.
 *
 * <p>Contrast {@link MalformedInputException}, for input that cannot be read.
 *
 * @since 0.1
 */
public class InvalidDataException extends KehoachException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param text what is wrong, in both languages; not null
   * @param location where, or null when unknown
   */
  public InvalidDataException(LocalizedText text, @Nullable Location location) {
    super(text, location, null);
  }
}
