/**
 * Pre-Unicode Vietnamese text: {@link io.kehoach.legacy.encoding.LegacyEncoding} decodes and
 * encodes TCVN3 (ABC, {@code .VnTime}), VNI Windows and VISCII, from bytes or from the Windows-1252
 * view in which such text usually arrives ({@code "Céng hoµ x· héi"}); {@link
 * io.kehoach.legacy.encoding.LegacyEncodings} detects which one a text most likely is, with a
 * {@link io.kehoach.legacy.encoding.Detection confidence}, and converts it to Unicode NFC.
 * Unencodable text fails with an {@link io.kehoach.legacy.encoding.UnencodableCharacterException}
 * naming the index of the character.
 */
@NullMarked
@ValueStyle
package io.kehoach.legacy.encoding;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
