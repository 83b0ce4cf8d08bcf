package io.kehoach.json;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;

/**
 * A document whose format version this library cannot read: a newer major version, or an older
 * one with no migration.
 *
 * @since 0.1
 */
public class UnsupportedFormatVersionException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final String version;

  /**
   * Creates the exception.
   *
   * @param version the version the document states
   * @param text the explanation
   * @param location where the version is
   */
  public UnsupportedFormatVersionException(String version, LocalizedText text, Location location) {
    super(text, location);
    this.version = version;
  }

  /** The version the document states. */
  public String getVersion() {
    return version;
  }
}
