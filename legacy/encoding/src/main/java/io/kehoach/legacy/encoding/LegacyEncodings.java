package io.kehoach.legacy.encoding;

import io.kehoach.legacy.encoding.internal.Capitals;
import io.kehoach.legacy.encoding.internal.Cp1252;
import io.kehoach.legacy.encoding.internal.Scorer;
import io.kehoach.legacy.encoding.internal.Units;
import io.kehoach.legacy.encoding.internal.Utf8;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Detection of the encoding of Vietnamese text of unknown origin, and conversion to Unicode: given
 * the bytes of an old file, or a string that may be legacy text read with the wrong charset
 * ({@code "Céng hoµ x· héi"}), say whether it is Unicode, ASCII, TCVN3, VNI or VISCII, how sure that
 * is, and decode it. The text importer and the CSV reader call this on input that is not valid
 * UTF-8 or that looks like legacy mojibake.
 *
 * <p>Each candidate decodes a sample (the first {@value #SAMPLE_SIZE} bytes or characters) and is
 * scored by the share of its words that are well-formed Vietnamese syllables (onset, rhyme, one
 * tone mark on a vowel that can carry it) against malformed words and symbols that Vietnamese text
 * does not hold (each share smoothed by adding one half to both sides, so that little evidence
 * scores near one half). The confidence is {@code 1 - e1/e2}, where {@code e1} and {@code e2} are
 * the shares of bad evidence of the best and the second candidate: how much less the best errs. A
 * page of text gets above 0.9, a title line around 0.7 to 0.9, a single word that reads well in
 * several charsets nearly 0. The winner then decodes the whole input. Linear in the input.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class LegacyEncodings {
  /** The number of bytes or characters that detection scores. */
  public static final int SAMPLE_SIZE = 64 * 1024;

  private static final LegacyEncoding[] LEGACY = LegacyEncoding.values();

  private LegacyEncodings() {}

  /**
   * Detects the encoding of {@code bytes} and decodes them. Bytes that are valid UTF-8 (a leading
   * byte order mark is dropped) are read as UTF-8 and then examined as {@link #detect(String)}
   * does, since UTF-8 files often hold legacy text converted with the wrong charset; other bytes
   * are scored as TCVN3, VNI and VISCII.
   *
   * @param bytes the bytes; not null
   */
  public static Detection detect(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    int start = Utf8.bomLength(bytes);
    String utf8 = Utf8.decode(bytes, start);
    if (utf8 == null && start > 0) {
      start = 0;
    }
    if (utf8 != null) {
      return detect(utf8);
    }
    int sampleEnd = Math.min(bytes.length, start + SAMPLE_SIZE);
    List<EncodingScore> scores = new ArrayList<>();
    scores.add(new EncodingScore(DetectedEncoding.UNICODE, 0, 0));
    for (LegacyEncoding e : LEGACY) {
      Scorer.Evidence ev = Scorer.evaluate(e.decodeUnits(Units.of(bytes, start, sampleEnd)));
      scores.add(score(DetectedEncoding.of(e), ev.good(), ev.bad()));
    }
    int from = start;
    return decide(scores, winner -> winner.getLegacy().orElseThrow().decodeUnits(
        Units.of(bytes, from, bytes.length)));
  }

  /**
   * Detects whether {@code text} is proper Unicode or legacy text whose characters are the bytes of
   * a legacy charset as a Windows-1252 or ISO-8859-1 reader produced them, and converts it.
   * Characters that are no byte of either reading (Vietnamese letters already in Unicode) count
   * against the legacy candidates and are kept as they are.
   *
   * @param text the text; not null
   */
  public static Detection detect(String text) {
    Objects.requireNonNull(text, "text");
    if (isAscii(text)) {
      return ascii(text);
    }
    int sampleEnd = Math.min(text.length(), SAMPLE_SIZE);
    if (sampleEnd < text.length() && Character.isHighSurrogate(text.charAt(sampleEnd - 1))) {
      sampleEnd--;
    }
    String sample = text.substring(0, sampleEnd);
    int foreignLetters = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (Cp1252.toByte(c) < 0 && Character.isLetter(c)) {
        foreignLetters++;
      }
    }
    List<EncodingScore> scores = new ArrayList<>();
    Scorer.Evidence unicode = Scorer.evaluate(nfc(sample));
    scores.add(score(DetectedEncoding.UNICODE, unicode.good(), unicode.bad()));
    for (LegacyEncoding e : LEGACY) {
      Scorer.Evidence ev = Scorer.evaluate(e.decodeUnits(Units.of(sample, 0, sample.length())));
      scores.add(score(DetectedEncoding.of(e), ev.good(), ev.bad() + foreignLetters));
    }
    return decide(scores, winner -> winner == DetectedEncoding.UNICODE ? nfc(text)
        : winner.getLegacy().orElseThrow().decode(text));
  }

  /**
   * The detection of {@code text} when it is legacy text read with the wrong charset and should be
   * converted, otherwise empty: the detector is confident ({@link Detection#isConfident()}) that it
   * is TCVN3, VNI or VISCII. Proper Unicode Vietnamese text is told without running the detector:
   * it has letters only Unicode has (ơ, ư, đ, ă and the letters with tone marks, U+0100 to U+1EFF),
   * where legacy text read as Windows-1252 has only characters up to U+00FF and the few others of
   * Windows-1252 (Œ, Š, ƒ, curly quotes...). Readers of text (the official text importer, the CSV reader) call this on every input.
   *
   * @param text the text; not null
   */
  public static Optional<Detection> convertIfLegacy(String text) {
    Objects.requireNonNull(text, "text");
    boolean latin1 = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x0100 && c <= 0x1EFF && Cp1252.toByte(c) < 0) {
        return Optional.empty();
      }
      latin1 |= c >= 0x80 && c <= 0xFF;
    }
    if (!latin1) {
      return Optional.empty();
    }
    Detection d = detect(text);
    return d.getLegacyEncoding().isPresent() && d.isConfident() ? Optional.of(d) : Optional.empty();
  }

  /**
   * {@code bytes} decoded as UTF-8, strictly (an overlong or truncated sequence, a lone surrogate or
   * a byte that cannot start a sequence is not UTF-8), after a UTF-8 byte-order mark if there is one;
   * empty when the bytes are not UTF-8. The check every kehoach reader of text makes before it tries
   * the pre-Unicode encodings.
   *
   * @param bytes the bytes; not null
   */
  public static Optional<String> decodeUtf8(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return Optional.ofNullable(Utf8.decode(bytes, Utf8.bomLength(bytes)));
  }

  /**
   * The text of {@link #detect(byte[])}: {@code bytes} decoded with their most likely encoding.
   *
   * @param bytes the bytes; not null
   */
  public static String decodeAuto(byte[] bytes) {
    return detect(bytes).getText();
  }

  /**
   * The text of {@link #detect(String)}: {@code text} as it is (NFC) when it is proper Unicode,
   * converted when it is legacy text read with the wrong charset.
   *
   * @param text the text; not null
   */
  public static String toUnicode(String text) {
    return detect(text).getText();
  }

  /**
   * Restores the capitals of all-capital words in decoded TCVN3 text. ABC text has no codes for
   * capitals with a tone mark and writes them with the lowercase codes in a capital font
   * ({@code .VnTimeH}), so "KẾ HOẠCH" decodes to "Kế HOạCH". Within a line, a word without ASCII
   * lowercase letters that has a lowercase Vietnamese letter is uppercased when it has two or more
   * capitals (or a capital after its first letter, "ủY" → "ỦY"). On a line without ASCII lowercase
   * letters, a word with one capital or none is also uppercased when a neighbouring word, separated
   * by spaces only, was ("Kế" before "HOẠCH") or, for a word that starts with a capital, is in
   * capitals ("Uỷ" before "BAN"). Sentence-case text ("Kế hoạch", "Số 36/KH-UBND") is left alone. A heading typed in a
   * capital font with lowercase ASCII letters ({@code "kÕ ho¹ch"}) cannot be told from lowercase
   * text and stays lowercase.
   *
   * @param text decoded TCVN3 text; not null
   * @return the text with those words in capitals, NFC
   */
  public static String restoreCapitals(String text) {
    return nfc(Capitals.restore(Objects.requireNonNull(text, "text")));
  }

  // --- internals ----------------------------------------------------------------------------

  /** The share of good evidence, smoothed (add one half to each side) so that little evidence means little. */
  private static EncodingScore score(DetectedEncoding e, int good, int bad) {
    return new EncodingScore(e, (good + 0.5) / (good + bad + 1.0), good + bad);
  }

  private static Detection decide(List<EncodingScore> scores, java.util.function.Function<DetectedEncoding, String> decoder) {
    // Stable: on equal scores the order of the list (Unicode, TCVN3, VNI, VISCII) decides.
    List<EncodingScore> ranked = new ArrayList<>(scores);
    ranked.sort(Comparator.comparingDouble(EncodingScore::score).reversed());
    EncodingScore best = ranked.get(0);
    EncodingScore second = ranked.get(1);
    // How much less the best errs than the second: 1 - e1/e2, with e = 1 - score (never 0: smoothed).
    double confidence = best.score() == 0 ? 0 : 1 - (1 - best.score()) / (1 - second.score());
    DetectedEncoding winner = best.encoding();
    String text = decoder.apply(winner);
    if (winner == DetectedEncoding.TCVN3) {
      text = restoreCapitals(text);
    }
    return Detection.builder().encoding(winner).confidence(Math.max(0, Math.min(1, confidence))).text(text)
        .addAllScores(ranked).build();
  }

  private static Detection ascii(String text) {
    List<EncodingScore> scores = new ArrayList<>();
    scores.add(new EncodingScore(DetectedEncoding.ASCII, 1, 0));
    for (DetectedEncoding e : DetectedEncoding.values()) {
      if (e != DetectedEncoding.ASCII) {
        scores.add(new EncodingScore(e, 1, 0));
      }
    }
    return Detection.builder().encoding(DetectedEncoding.ASCII).confidence(1).text(text).addAllScores(scores)
        .build();
  }

  /** ASCII, and none of the six C0 positions where VISCII has letters. */
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == 0x02 || c == 0x05 || c == 0x06 || c == 0x14 || c == 0x19 || c == 0x1E) {
        return false;
      }
    }
    return true;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
