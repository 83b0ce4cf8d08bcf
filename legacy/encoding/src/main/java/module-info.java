/**
 * Pre-Unicode Vietnamese encodings: TCVN3 (ABC, {@code .VnTime}), VNI and VISCII decoded to Unicode
 * NFC and encoded back, and detection with a confidence for bytes or for text already misread as
 * Windows-1252. Depends on core alone.
 */
module io.kehoach.legacy.encoding {
  requires transitive io.kehoach.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.encoding;
}
