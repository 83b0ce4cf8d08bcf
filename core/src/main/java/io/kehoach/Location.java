package io.kehoach;

import io.kehoach.plan.internal.Text;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where in an input something was found: a line and column ({@code line 12, column 5}), a JSON
 * Pointer into a document ({@code /assignments/2/tasks/0}), or both, and optionally the name of
 * the source (a file name).
 *
 * <p>Lines and columns count from 1. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Location {
  Location() {}

  /** The name of the input (a file name), when known. */
  public abstract Optional<String> getSource();

  /** The line, counted from 1, when known. */
  public abstract OptionalInt getLine();

  /** The column, counted from 1, when known. */
  public abstract OptionalInt getColumn();

  /** The JSON Pointer (RFC 6901) of the value in the document, when known; {@code ""} is the root. */
  public abstract Optional<String> getPointer();

  @Value.Check
  Location check() {
    if (getLine().isPresent() && getLine().getAsInt() < 1
        || getColumn().isPresent() && getColumn().getAsInt() < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + this);
    }
    if (Text.isNfc(getSource()) && Text.isNfc(getPointer())) {
      return this;
    }
    return builder().from(this).source(Text.nfc(getSource())).pointer(Text.nfc(getPointer())).build();
  }

  /** A location at a line and column, both counted from 1. */
  public static Location at(int line, int column) {
    return builder().line(line).column(column).build();
  }

  /** A location at a line, counted from 1. */
  public static Location atLine(int line) {
    return builder().line(line).build();
  }

  /** A location at a JSON Pointer such as {@code /reportingRules/0/recipientId}. */
  public static Location atPointer(String pointer) {
    return builder().pointer(pointer).build();
  }

  /** This location with the name of its source. */
  public Location inSource(String source) {
    return builder().from(this).source(source).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A readable form in the language of {@code locale}: {@code "plan.json, line 3, column 7, at
   * /subject"} or {@code "plan.json, dòng 3, cột 7, tại /subject"}.
   */
  public String describe(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    StringBuilder b = new StringBuilder();
    getSource().ifPresent(b::append);
    getLine().ifPresent(l -> sep(b).append(en ? "line " : "dòng ").append(l));
    getColumn().ifPresent(c -> sep(b).append(en ? "column " : "cột ").append(c));
    getPointer().ifPresent(p -> sep(b).append(en ? "at " : "tại ").append(p.isEmpty() ? "/" : p));
    return b.toString();
  }

  private static StringBuilder sep(StringBuilder b) {
    return b.length() == 0 ? b : b.append(", ");
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {}
}
