package io.kehoach;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception that kehoach throws on bad input, with a message in Vietnamese and
 * English and, where known, the {@link Location} of the problem.
 *
 * <p>{@link #getMessage()} is English (for logs); {@link #getLocalizedMessage()} follows the
 * default locale (Vietnamese unless it is English); {@link #getMessage(Locale)} chooses. Both
 * include the location. Unchecked.
 *
 * @since 0.1
 */
public class KehoachException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final LocalizedText text;
  private final @Nullable Location location;

  /**
   * Creates an exception.
   *
   * @param text what went wrong, in both languages; not null
   * @param location where, or null when unknown
   * @param cause the underlying cause, or null
   */
  public KehoachException(LocalizedText text, @Nullable Location location, @Nullable Throwable cause) {
    super(Objects.requireNonNull(text, "text").en(), cause);
    this.text = text;
    this.location = location;
  }

  /** What went wrong, without the location, in both languages. */
  public LocalizedText getText() {
    return text;
  }

  /** Where the problem is, when known. */
  public Optional<Location> getLocation() {
    return Optional.ofNullable(location);
  }

  /** The message in the language of {@code locale}, followed by the location when known. */
  public String getMessage(Locale locale) {
    String message = text.get(locale);
    return location == null ? message : message + " (" + location.describe(locale) + ")";
  }

  @Override
  public String getMessage() {
    return getMessage(Locale.ENGLISH);
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }
}
