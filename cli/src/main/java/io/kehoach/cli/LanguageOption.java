package io.kehoach.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --lang} option every command shares; an unknown language is a usage error. */
final class LanguageOption {
  enum Language { vi, en }

  @Option(names = "--lang", defaultValue = "vi",
      description = "Language of messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Language language;

  Locale locale() {
    return language == Language.en ? Locale.ENGLISH : Messages.VI;
  }
}
