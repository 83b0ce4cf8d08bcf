package io.kehoach;

import io.kehoach.plan.internal.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in Vietnamese and in English, such as a label ({@code "Kế hoạch"} / {@code "Plan"}) or a
 * message to a user.
 *
 * <p>Vietnamese is the default language of kehoach: {@link #get(Locale)} answers in English only
 * for a locale whose language is English, and in Vietnamese otherwise. Both texts are normalised
 * to Unicode NFC. Immutable and thread-safe.
 *
 * @param vi the Vietnamese text, not null
 * @param en the English text, not null
 * @since 0.1
 */
public record LocalizedText(String vi, String en) {
  /** The Vietnamese locale, {@code vi-VN}. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** Creates a text, normalising both languages to NFC. */
  public LocalizedText {
    vi = Text.nfc(Objects.requireNonNull(vi, "vi"));
    en = Text.nfc(Objects.requireNonNull(en, "en"));
  }

  /** Creates a text from its Vietnamese and English forms. */
  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  /**
   * The text in the language of {@code locale}: English for {@code en}, Vietnamese for any other.
   *
   * @param locale the requested locale, not null
   */
  public String get(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : vi;
  }

  /** The English text, for logs. */
  @Override
  public String toString() {
    return en;
  }
}
