package io.kehoach.legacy.encoding;

import java.util.Optional;

/**
 * What a text of unknown encoding turned out to be: Unicode (bytes that are valid UTF-8, or a
 * string that is already proper Unicode), plain ASCII (every candidate reads it alike), or one of
 * the {@link LegacyEncoding legacy charsets}.
 *
 * @since 0.1
 */
public enum DetectedEncoding {
  /** Unicode: valid UTF-8 bytes, or a string that needs no conversion. */
  UNICODE(null, "Unicode (UTF-8)"),
  /** ASCII only: no Vietnamese letter and nothing a legacy charset would read differently. */
  ASCII(null, "ASCII"),
  /** TCVN3 (ABC, {@code .VnTime}). */
  TCVN3(LegacyEncoding.TCVN3, LegacyEncoding.TCVN3.getDisplayName()),
  /** VNI Windows ({@code VNI-Times}). */
  VNI(LegacyEncoding.VNI, LegacyEncoding.VNI.getDisplayName()),
  /** VISCII (RFC 1456). */
  VISCII(LegacyEncoding.VISCII, LegacyEncoding.VISCII.getDisplayName());

  private final LegacyEncoding legacy;
  private final String displayName;

  DetectedEncoding(LegacyEncoding legacy, String displayName) {
    this.legacy = legacy;
    this.displayName = displayName;
  }

  /** The legacy charset, when this is one. */
  public Optional<LegacyEncoding> getLegacy() {
    return Optional.ofNullable(legacy);
  }

  /** A readable name, such as {@code "TCVN3 (ABC, .VnTime)"}. */
  public String getDisplayName() {
    return displayName;
  }

  static DetectedEncoding of(LegacyEncoding e) {
    switch (e) {
      case TCVN3:
        return TCVN3;
      case VNI:
        return VNI;
      default:
        return VISCII;
    }
  }
}
