package io.kehoach.legacy;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something a reader or writer noticed and settled leniently, such as {@code timing.unreadable} at
 * row 4, column 5 of an annex table ("the timing 'Quý V/2024' cannot be read; kept as text"), or
 * {@code issuer.inferred} at line 3 of a text.
 *
 * <p>The code is stable: software may act on it; the message, in Vietnamese and English, is for
 * people. The location is a line and column in a text, a row and column (and sheet) in a table, or
 * a JSON Pointer into the plan, with the name of the source when the reader was given one. Each
 * format lists its codes in the Javadoc of its reader. Immutable and thread-safe.
 *
 * @since 0.2
 */
@Value.Immutable
public abstract class Diagnostic {
  Diagnostic() {}

  /** How much a diagnostic matters. */
  public enum Severity {
    /** Worth knowing: what a format cannot carry, something kept aside. */
    INFO,
    /** Something is missing, unreadable, inconsistent or not as the format asks; it was settled leniently. */
    WARNING
  }

  /** The stable code, such as {@code "timing.unreadable"}. */
  public abstract String getCode();

  /** How much it matters. */
  public abstract Severity getSeverity();

  /** What was noticed, in Vietnamese and English. */
  public abstract LocalizedText getMessage();

  /** Where, when known. */
  public abstract Optional<Location> getLocation();

  /** A warning at {@code location}. */
  public static Diagnostic warning(String code, LocalizedText message, Location location) {
    return builder().code(code).severity(Severity.WARNING).message(message).location(location).build();
  }

  /** A warning that concerns the whole input. */
  public static Diagnostic warning(String code, LocalizedText message) {
    return builder().code(code).severity(Severity.WARNING).message(message).build();
  }

  /** A note at {@code location}. */
  public static Diagnostic info(String code, LocalizedText message, Location location) {
    return builder().code(code).severity(Severity.INFO).message(message).location(location).build();
  }

  /** A note that concerns the whole input. */
  public static Diagnostic info(String code, LocalizedText message) {
    return builder().code(code).severity(Severity.INFO).message(message).build();
  }

  /** A diagnostic of any severity that concerns the whole input. */
  public static Diagnostic of(String code, Severity severity, LocalizedText message) {
    return builder().code(code).severity(severity).message(message).build();
  }

  /** A diagnostic of any severity at {@code location}. */
  public static Diagnostic of(String code, Severity severity, LocalizedText message, Location location) {
    return builder().code(code).severity(severity).message(message).location(location).build();
  }

  /** A diagnostic of any severity, at a location when one is given. */
  public static Diagnostic of(String code, Severity severity, LocalizedText message, Optional<Location> location) {
    return builder().code(code).severity(severity).message(message).location(location).build();
  }

  /** The line of the location, when it has one. */
  public OptionalInt line() {
    return getLocation().map(Location::getLine).orElse(OptionalInt.empty());
  }

  /**
   * The message in the language of {@code locale}, followed by where (without the source's name,
   * which the caller usually prints once): {@code "Không đọc được thời gian … (hàng 4, cột 5)"}.
   */
  public String describe(Locale locale) {
    String where = getLocation().map(l -> l.withoutSource().describe(locale)).orElse("");
    return getMessage().get(locale) + (where.isEmpty() ? "" : " (" + where + ")");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return getSeverity() + " " + getCode() + getLocation().map(l -> " (" + l + ")").orElse("") + ": "
        + getMessage().en();
  }

  /** Builds a {@link Diagnostic}; code, severity and message are required. */
  public static final class Builder extends ImmutableDiagnostic.Builder {}
}
