package io.kehoach.legacy.encoding;

import io.kehoach.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of detecting the encoding of a text, such as {@code TCVN3 (confidence 0.82)} with
 * its decoded text "Cộng hoà xã hội chủ nghĩa Việt Nam": the most likely encoding, a confidence in
 * [0, 1], the whole input decoded with it (NFC), and every candidate with its score, best first.
 *
 * <p>The confidence reflects how much less the best candidate errs than the second, with little
 * evidence counting little: a short or ambiguous text gets a low confidence even when the pick is right;
 * {@link #isConfident()} draws the line at {@value #CONFIDENT}. ASCII-only input is
 * {@link DetectedEncoding#ASCII} with confidence 1, since every candidate reads it alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Detection {
  /**
   * The confidence from which a detection is called confident: two or more words that read well in
   * the winner and badly in the others reach it; a single such word (0.67) does not.
   */
  public static final double CONFIDENT = 0.7;

  Detection() {}

  /** The most likely encoding. */
  public abstract DetectedEncoding getEncoding();

  /** How sure the pick is, in [0, 1]. */
  public abstract double getConfidence();

  /**
   * The whole input decoded with {@link #getEncoding()}, in NFC. For TCVN3, the capitals of
   * all-capital words are restored as {@link LegacyEncodings#restoreCapitals(String)} describes.
   */
  public abstract String getText();

  /** Every candidate with its score, best first; the first is {@link #getEncoding()}. */
  public abstract List<EncodingScore> getScores();

  /** The legacy charset, when the text is in one. */
  public Optional<LegacyEncoding> getLegacyEncoding() {
    return getEncoding().getLegacy();
  }

  /** Whether the confidence is at least {@value #CONFIDENT}. */
  public boolean isConfident() {
    return getConfidence() >= CONFIDENT;
  }

  /**
   * What a reader tells its user when it converted {@code what} from this encoding: {@code "Văn bản
   * ở bảng mã cũ TCVN3 đã được chuyển sang Unicode (độ tin cậy 92 %)"} / {@code "The text was in the
   * pre-Unicode encoding TCVN3 and was converted to Unicode (confidence 92 %)"}.
   *
   * @param whatVi what was converted, in Vietnamese ({@code "Văn bản"}, {@code "Bảng"})
   * @param whatEn the same in English ({@code "The text"}, {@code "The table"})
   */
  public LocalizedText conversionNote(String whatVi, String whatEn) {
    String name = getEncoding().getDisplayName();
    String confidence = confidencePercent();
    return LocalizedText.of(whatVi + " ở bảng mã cũ " + name + " đã được chuyển sang Unicode (độ tin cậy " + confidence + ")",
        whatEn + " was in the pre-Unicode encoding " + name + " and was converted to Unicode (confidence "
            + confidence + ")");
  }

  /**
   * What a reader tells its user when bytes that are not UTF-8 were read with this detection's best
   * guess, which is not a confident one: check the Vietnamese letters.
   */
  public LocalizedText uncertaintyNote() {
    String name = getEncoding().getDisplayName();
    String confidence = confidencePercent();
    return LocalizedText.of("Văn bản không phải UTF-8 và không rõ bảng mã; đã đọc như " + name + " (độ tin cậy "
        + confidence + "): hãy kiểm tra dấu tiếng Việt",
        "The text is not UTF-8 and its encoding is unclear; it was read as " + name + " (confidence " + confidence
            + "): check the Vietnamese letters");
  }

  private String confidencePercent() {
    return Math.round(getConfidence() * 100) + " %";
  }

  @Value.Check
  void check() {
    if (!(getConfidence() >= 0 && getConfidence() <= 1)) {
      throw new IllegalArgumentException("confidence in [0, 1]: " + getConfidence());
    }
    if (getScores().isEmpty() || getScores().get(0).encoding() != getEncoding()) {
      throw new IllegalArgumentException("the first score is the detected encoding");
    }
  }

  @Override
  public String toString() {
    return getEncoding().name() + String.format(java.util.Locale.ROOT, " (confidence %.2f) ", getConfidence())
        + getScores();
  }

  static ImmutableDetection.Builder builder() {
    return ImmutableDetection.builder();
  }
}
