package io.kehoach.plan;

import io.kehoach.LocalizedText;
import java.util.Locale;
import java.util.Optional;

/**
 * A term of a closed vocabulary of the model, such as {@link ChannelKind#PRINT_PRESS}, with a
 * stable wire code ({@code "print_press"}) and labels in Vietnamese and English.
 *
 * <p>Codes are lower case ASCII with underscores and never change once published; formats write
 * the code, never the Java name.
 *
 * @since 0.1
 */
public interface Vocabulary {
  /** The stable wire code, such as {@code "print_press"}. */
  String getCode();

  /** The label in Vietnamese and English, such as {@code "Báo in"} / {@code "Print press"}. */
  LocalizedText getLabel();

  /** The label in the language of {@code locale} (English for {@code en}, else Vietnamese). */
  default String label(Locale locale) {
    return getLabel().get(locale);
  }

  /**
   * The term of {@code type} with the wire code {@code code}, compared exactly.
   *
   * @param type the vocabulary, not null
   * @param code the wire code, not null
   * @return the term, or empty when no term has that code
   */
  static <E extends Enum<E> & Vocabulary> Optional<E> fromCode(Class<E> type, String code) {
    for (E e : type.getEnumConstants()) {
      if (e.getCode().equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
