package io.kehoach.legacy.encoding;

import io.kehoach.legacy.encoding.internal.Codec;
import io.kehoach.legacy.encoding.internal.Cp1252;
import io.kehoach.legacy.encoding.internal.SingleByteCodec;
import io.kehoach.legacy.encoding.internal.Units;
import io.kehoach.legacy.encoding.internal.VniCodec;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pre-Unicode Vietnamese charset, such as {@link #TCVN3}, in which {@code "Céng hoµ x· héi chñ
 * nghÜa ViÖt Nam"} (its bytes seen as Windows-1252) is "Cộng hoà xã hội chủ nghĩa Việt Nam". Neither
 * the JDK nor ICU4J reads these charsets (REFERENCE.md, "Pre-Unicode Vietnamese encodings"
 * [agreed]); decoding is a table lookup followed by NFC normalisation.
 *
 * <p>Decoding never fails and loses nothing: a byte without a Vietnamese meaning becomes its
 * Windows-1252 character. Output is always NFC. Encoding accepts text in any normalisation form
 * (NFD encodes like NFC) and fails with an {@link UnencodableCharacterException} naming the index of
 * the first character the charset cannot hold: never a silent {@code '?'}.
 *
 * <p>Each constant is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum LegacyEncoding {
  /**
   * TCVN3, the ABC set of TCVN 5712:1993 (VN3) used with the {@code .VnTime} fonts. It has codes
   * for every lowercase letter with its tone, but for capitals only {@code Ă Â Ê Ô Ơ Ư Đ}: ABC
   * text writes a capital with a tone mark with the code of its lowercase letter and sets it in a
   * capital font ({@code .VnTimeH}), so case is lost. Hence:
   * <ul>
   *   <li>{@link #decode(byte[])} reads those codes as lowercase ("KÕ HO¹CH" → "Kế HOạCH");
   *       {@link LegacyEncodings#restoreCapitals(String)} (applied by detection) restores the
   *       capitals of all-capital words ("KẾ HOẠCH").</li>
   *   <li>{@link #encode(String)} rejects a toned capital (such as "Ế");
   *       {@link #encodeFoldingCapitals(String)} writes it with the lowercase code, as ABC text does.</li>
   *   <li>The sixteen toned capitals and five combining marks that VN2 places where VN3 has nothing
   *       (0xAF, 0xB0-0xB4, 0xBA, 0xBF, 0xC0-0xC5, 0xCD, 0xD9-0xDB, 0xE0, 0xF0, 0xFF) are read but
   *       never written; 0x80-0x9F are read as Windows-1252 punctuation (curly quotes, dashes), which
   *       is what Word-era {@code .VnTime} documents hold there.</li>
   * </ul>
   */
  TCVN3("TCVN3 (ABC, .VnTime)", List.of("TCVN3", "TCVN-3", "TCVN", "TCVN5712", "TCVN 5712:1993", "VN3", "ABC",
      ".VnTime", "VnTime", "VSCII", "VSCII-3"), SingleByteCodec.tcvn3()),
  /**
   * VNI Windows, the layout of the VNI fonts ({@code VNI-Times}): a vowel is its ASCII letter
   * followed by a mark byte ({@code "Vieät Nam"}), capitals take their own mark bytes
   * ({@code "AÙ"} for "Á"), and {@code "Ñ"}/{@code "ñ"} stand for Đ/đ. Every Vietnamese letter in
   * both cases can be written. Bytes that VNI does not use read and write as Windows-1252.
   */
  VNI("VNI Windows (VNI-Times)", List.of("VNI", "VNI-Windows", "VNI Windows", "VNI-Win", "VNI-Times"),
      new VniCodec()),
  /**
   * VISCII (RFC 1456): one byte for each of the 134 precomposed Vietnamese letters, including six
   * capitals in the C0 control positions 0x02, 0x05, 0x06, 0x14, 0x19, 0x1E. Every byte is a
   * letter or ASCII, so VISCII has no room for curly quotes, dashes or a no-break space.
   */
  VISCII("VISCII (RFC 1456)", List.of("VISCII", "VISCII1.1", "VISCII 1.1", "RFC1456", "RFC 1456", "csVISCII"),
      SingleByteCodec.viscii());

  private final String displayName;
  private final List<String> aliases;
  private final Codec codec;

  LegacyEncoding(String displayName, List<String> aliases, Codec codec) {
    this.displayName = displayName;
    this.aliases = aliases;
    this.codec = codec;
  }

  /** A readable name, such as {@code "TCVN3 (ABC, .VnTime)"}. */
  public String getDisplayName() {
    return displayName;
  }

  /** The names this charset goes by, such as {@code "ABC"} and {@code ".VnTime"} for TCVN3. */
  public List<String> getAliases() {
    return aliases;
  }

  /**
   * The charset called {@code name}: its constant name or an alias, ignoring case, spaces, dots,
   * hyphens and underscores ({@code "vni-windows"}, {@code ".VnTime"}, {@code "viscii"}).
   *
   * @param name the name; not null
   */
  public static Optional<LegacyEncoding> forName(String name) {
    String key = key(Objects.requireNonNull(name, "name"));
    for (LegacyEncoding e : values()) {
      if (key(e.name()).equals(key)) {
        return Optional.of(e);
      }
      for (String alias : e.aliases) {
        if (key(alias).equals(key)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  private static String key(String s) {
    return s.replaceAll("[\\s._\\-:]", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Decodes bytes of this charset to NFC text. Never fails; every byte contributes.
   *
   * @param bytes the bytes; not null
   */
  public String decode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return codec.decode(Units.of(bytes, 0, bytes.length));
  }

  /**
   * Decodes text whose characters are the bytes of this charset as a Windows-1252 or ISO-8859-1
   * reader produced them, such as {@code "Céng hoµ"} (TCVN3) or {@code "Vieät Nam"} (VNI): the
   * usual state of legacy text pasted from a {@code .doc} or read with the wrong charset. A
   * character that is no byte of either reading (a letter already in Unicode) is kept as it is.
   *
   * @param text the text; not null
   */
  public String decode(String text) {
    Objects.requireNonNull(text, "text");
    return codec.decode(Units.of(text, 0, text.length()));
  }

  /** Decodes units (internal use by detection). */
  String decodeUnits(Units units) {
    return codec.decode(units);
  }

  /**
   * Encodes {@code text} to this charset.
   *
   * @param text the text, in any normalisation form; not null
   * @throws UnencodableCharacterException at the first character this charset cannot hold
   */
  public byte[] encode(String text) {
    return encode(text, false);
  }

  /**
   * Encodes {@code text}, writing a capital that this charset cannot hold with the code of its
   * lowercase letter, as ABC text does for the {@code .VnTimeH} capital fonts (TCVN3: "KẾ HOẠCH"
   * → {@code "KÕ HO¹CH"}). VNI and VISCII hold every capital, so for them this is
   * {@link #encode(String)}. Lossy for TCVN3: decoding gives the lowercase letters back.
   *
   * @param text the text, in any normalisation form; not null
   * @throws UnencodableCharacterException at the first character this charset cannot hold even so
   */
  public byte[] encodeFoldingCapitals(String text) {
    return encode(text, true);
  }

  private byte[] encode(String text, boolean fold) {
    Objects.requireNonNull(text, "text");
    Codec.Result r = codec.encode(text, fold, true);
    if (r.failedAt() >= 0) {
      throw new UnencodableCharacterException(this, text, r.failedAt());
    }
    return r.bytes();
  }

  /**
   * Encodes {@code text} and shows the bytes as Windows-1252 text, as a legacy document looks when
   * read with the wrong charset ({@code "Céng hoµ"}); {@link #decode(String)} reads it back.
   *
   * @param text the text, in any normalisation form; not null
   * @throws UnencodableCharacterException at the first character this charset cannot hold
   */
  public String encodeToString(String text) {
    byte[] bytes = encode(text);
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      chars[i] = Cp1252.toChar(bytes[i] & 0xFF);
    }
    return new String(chars);
  }

  /**
   * Whether {@link #encode(String)} would succeed.
   *
   * @param text the text; not null
   */
  public boolean canEncode(String text) {
    return findUnencodable(text).isEmpty();
  }

  /**
   * The index of the first character of {@code text} that this charset cannot hold, if any.
   *
   * @param text the text; not null
   */
  public OptionalInt findUnencodable(String text) {
    Objects.requireNonNull(text, "text");
    int at = codec.encode(text, false, false).failedAt();
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
  }
}
