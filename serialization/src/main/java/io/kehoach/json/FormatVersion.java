package io.kehoach.json;

/**
 * The version of the format, written into every document as its first property:
 * {@code "formatVersion": "1.0"}.
 *
 * <p>A reader refuses a document of a newer major version, reads a newer minor version of the same
 * major (which only adds optional properties; strict mode rejects those it does not know), and
 * migrates an older version forward through a chain of small steps before binding it.
 *
 * @since 0.1
 */
public final class FormatVersion {
  /** The name of the top-level property that holds the version. */
  public static final String PROPERTY = "formatVersion";
  /** The major version this library writes. */
  public static final int MAJOR = 1;
  /** The minor version this library writes. */
  public static final int MINOR = 0;
  /** The version this library writes, {@code "1.0"}. */
  public static final String CURRENT = MAJOR + "." + MINOR;

  private FormatVersion() {}
}
