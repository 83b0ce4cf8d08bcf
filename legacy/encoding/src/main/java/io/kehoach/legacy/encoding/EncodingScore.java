package io.kehoach.legacy.encoding;

import java.util.Objects;

/**
 * How well one candidate encoding reads a text, such as {@code TCVN3 0.97}: the share, in [0, 1],
 * of Vietnamese-looking evidence among all evidence in the decoded sample (well-formed syllables
 * against malformed words and stray symbols), smoothed by adding one half to each side, so that a
 * text without evidence scores 0.5. A candidate that cannot apply at all (UTF-8 for bytes that are
 * not valid UTF-8) scores 0. Immutable and thread-safe.
 *
 * @param encoding the candidate, not null
 * @param score the score in [0, 1]
 * @param evidence the number of words and symbols the score rests on
 * @since 0.1
 */
public record EncodingScore(DetectedEncoding encoding, double score, int evidence) {
  /** Checks the fields. */
  public EncodingScore {
    Objects.requireNonNull(encoding, "encoding");
    if (!(score >= 0 && score <= 1) || evidence < 0) {
      throw new IllegalArgumentException("score in [0, 1] and evidence >= 0: " + score + ", " + evidence);
    }
  }

  @Override
  public String toString() {
    return encoding.name() + " " + String.format(java.util.Locale.ROOT, "%.3f", score);
  }
}
