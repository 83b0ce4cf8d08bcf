package io.kehoach.cli;

import java.util.Locale;

/** Messages of the tool, in the language of {@code --lang}. */
final class Messages {
  static final Locale VI = Locale.forLanguageTag("vi");

  private Messages() {}

  static String get(Locale locale, String vi, String en) {
    return "en".equals(locale.getLanguage()) ? en : vi;
  }
}
