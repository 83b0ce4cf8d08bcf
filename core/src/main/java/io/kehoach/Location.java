package io.kehoach;

import io.kehoach.plan.internal.Text;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where in an input something was found: a line and column of a text ({@code line 12, column 5}),
 * a row and column of a table, with its sheet in a workbook ({@code sheet "Phụ lục", row 4, column
 * 3}), a JSON Pointer into a document ({@code /assignments/2/tasks/0}), or several of these, and
 * optionally the name of the source (a file name).
 *
 * <p>Lines, rows and columns count from 1; a row is a table's row as a spreadsheet numbers it (in a
 * CSV file, a record, which may span several lines). Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Location {
  Location() {}

  /** The name of the input (a file name), when known. */
  public abstract Optional<String> getSource();

  /** The sheet of a workbook, by name, when known. */
  public abstract Optional<String> getSheet();

  /** The line of a text, counted from 1, when known. */
  public abstract OptionalInt getLine();

  /** The row of a table, counted from 1, when known. */
  public abstract OptionalInt getRow();

  /** The column, counted from 1, when known. */
  public abstract OptionalInt getColumn();

  /** The JSON Pointer (RFC 6901) of the value in the document, when known; {@code ""} is the root. */
  public abstract Optional<String> getPointer();

  @Value.Check
  Location check() {
    if (getLine().isPresent() && getLine().getAsInt() < 1 || getRow().isPresent() && getRow().getAsInt() < 1
        || getColumn().isPresent() && getColumn().getAsInt() < 1) {
      throw new IllegalArgumentException("Lines, rows and columns count from 1; got" + below1("line", getLine())
          + below1("row", getRow()) + below1("column", getColumn()));
    }
    if (Text.isNfc(getSource()) && Text.isNfc(getPointer()) && Text.isNfc(getSheet())) {
      return this;
    }
    return builder().from(this).source(Text.nfc(getSource())).pointer(Text.nfc(getPointer()))
        .sheet(Text.nfc(getSheet())).build();
  }

  private static String below1(String name, OptionalInt value) {
    return value.isPresent() && value.getAsInt() < 1 ? " " + name + " " + value.getAsInt() : "";
  }

  /** A location at a line and column, both counted from 1. */
  public static Location at(int line, int column) {
    return builder().line(line).column(column).build();
  }

  /** A location at a line, counted from 1. */
  public static Location atLine(int line) {
    if (line >= 1 && line <= LINES.length()) {
      // Locations are values: the first lines' are made once and shared (an import makes one per line).
      Location l = LINES.get(line - 1);
      if (l == null) {
        l = builder().line(line).build();
        LINES.lazySet(line - 1, l);
      }
      return l;
    }
    return builder().line(line).build();
  }

  private static final java.util.concurrent.atomic.AtomicReferenceArray<Location> LINES =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(4096);

  /** A location at a row and column of a table, both counted from 1. */
  public static Location atCell(int row, int column) {
    return builder().row(row).column(column).build();
  }

  /** A location at a row of a table, counted from 1. */
  public static Location atRow(int row) {
    return builder().row(row).build();
  }

  /** A location at a JSON Pointer such as {@code /reportingRules/0/recipientId}. */
  public static Location atPointer(String pointer) {
    return builder().pointer(pointer).build();
  }

  /** This location with the name of its source. */
  public Location inSource(String source) {
    return builder().from(this).source(source).build();
  }

  /** This location in the sheet {@code sheet} of a workbook. */
  public Location inSheet(String sheet) {
    return builder().from(this).sheet(sheet).build();
  }

  /** This location without the name of its source ({@code this} when it has none). */
  public Location withoutSource() {
    return getSource().isEmpty() ? this : builder().from(this).source(Optional.empty()).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A readable form in the language of {@code locale}: {@code "plan.json, line 3, column 7, at
   * /subject"} or {@code "plan.json, dòng 3, cột 7, tại /subject"}; for a table {@code "phu-luc.xlsx,
   * sheet Phụ lục, row 4, column 3"} or {@code "phu-luc.xlsx, trang tính Phụ lục, hàng 4, cột 3"}.
   */
  public String describe(Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    StringBuilder b = new StringBuilder();
    getSource().ifPresent(b::append);
    getSheet().ifPresent(s -> sep(b).append(en ? "sheet " : "trang tính ").append(s));
    getLine().ifPresent(l -> sep(b).append(en ? "line " : "dòng ").append(l));
    getRow().ifPresent(r -> sep(b).append(en ? "row " : "hàng ").append(r));
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
