package io.kehoach.legacy.text;

import io.kehoach.LocalizedText;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something the importer noticed and could not settle: a number that does not parse, a date that
 * contradicts the site's metadata, a section missing, a text that stops in the middle. Rule-like
 * codes: {@code number.unreadable}, {@code date.unreadable}, {@code date.contradiction},
 * {@code section.missing}, {@code truncated}, {@code press-summary}, {@code annex.value},
 * {@code encoding.converted}, {@code encoding.uncertain}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ImportWarning {
  ImportWarning() {}

  /** The code, such as {@code "truncated"}. */
  @Value.Parameter
  public abstract String getCode();

  /** What was noticed, in Vietnamese and English. */
  @Value.Parameter
  public abstract LocalizedText getMessage();

  /** The line (from 1) it concerns, when one. */
  @Value.Parameter
  public abstract OptionalInt getLine();

  /** A warning. */
  public static ImportWarning of(String code, LocalizedText message, OptionalInt line) {
    return ImmutableImportWarning.of(code, message, line);
  }

  @Override
  public String toString() {
    return getCode() + getLine().stream().mapToObj(l -> " (line " + l + ")").findFirst().orElse("") + ": "
        + getMessage().en();
  }
}
