package io.kehoach;

import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be read at all: a document number without its slash ({@code "36 KH-UBND"}), a
 * date line naming the 31st of February, a broken JSON document.
 *
 * <p>Contrast {@link InvalidDataException}, for input that was read but is wrong.
 *
 * @since 0.1
 */
public class MalformedInputException extends KehoachException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param text what is malformed, in both languages; not null
   * @param location where, or null when unknown
   */
  public MalformedInputException(LocalizedText text, @Nullable Location location) {
    super(text, location, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param text what is malformed, in both languages; not null
   * @param location where, or null when unknown
   * @param cause the underlying cause, or null
   */
  public MalformedInputException(LocalizedText text, @Nullable Location location, @Nullable Throwable cause) {
    super(text, location, cause);
  }
}
