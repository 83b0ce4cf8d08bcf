package io.kehoach.legacy.tables.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import org.jspecify.annotations.Nullable;

/** The exceptions and locations of the annex table reader, in one wording. */
public final class Problems {
  private Problems() {}

  /** A location at a row (record) and a column, both from 1 (a column of 0 for none), in {@code source} when named. */
  public static Location at(@Nullable String source, int row, int column) {
    return at(source, null, row, column);
  }

  /** A location at a row and a column (0 for none) of {@code sheet} (when named) in {@code source} (when named). */
  public static Location at(@Nullable String source, @Nullable String sheet, int row, int column) {
    Location l = column > 0 ? Location.atCell(row, column) : Location.atRow(row);
    l = sheet == null ? l : l.inSheet(sheet);
    return source == null ? l : l.inSource(source);
  }

  /** A location in {@code source} without a position. */
  public static @Nullable Location nowhere(@Nullable String source) {
    return nowhere(source, null);
  }

  /** A location in {@code sheet} of {@code source}, either named or not, without a position. */
  public static @Nullable Location nowhere(@Nullable String source, @Nullable String sheet) {
    if (source == null && sheet == null) {
      return null;
    }
    Location.Builder b = Location.builder();
    if (source != null) {
      b.source(source);
    }
    if (sheet != null) {
      b.sheet(sheet);
    }
    return b.build();
  }

  /** Input that cannot be read, at a row and column. */
  public static MalformedInputException malformed(@Nullable String source, int row, int column, String vi, String en) {
    return malformed(source, null, row, column, vi, en);
  }

  /** Input that cannot be read, at a row and column of {@code sheet} (null for none). */
  public static MalformedInputException malformed(@Nullable String source, @Nullable String sheet, int row, int column,
      String vi, String en) {
    return new MalformedInputException(LocalizedText.of(vi, en), at(source, sheet, row, column));
  }

  /** Input past the limit {@code limit} of value {@code value}, at a row and column. */
  /**
   * The cell's text, refused if it holds a lone surrogate (half of a UTF-16 pair: not Unicode
   * text, which the model refuses), with the cell's location.
   */
  public static String unicode(String cell, @Nullable String source, @Nullable String sheet, int row, int column) {
    int lone = io.kehoach.plan.internal.Text.loneSurrogate(cell, 0);
    if (lone < 0) {
      return cell;
    }
    String hex = Integer.toHexString(cell.charAt(lone)).toUpperCase(java.util.Locale.ROOT);
    throw malformed(source, sheet, row, column,
        "Ô ở hàng " + row + ", cột " + column + " có nửa cặp UTF-16 lẻ U+" + hex + " (không phải văn bản Unicode)",
        "The cell at row " + row + ", column " + column + " holds a lone UTF-16 surrogate U+" + hex
            + " (not Unicode text)");
  }

  public static InputLimitException overLimit(@Nullable String source, int row, int column, String limit, long value,
      String vi, String en) {
    return new InputLimitException(limit, value, LocalizedText.of(vi, en), at(source, row, column));
  }

  /** Input that cannot be read, at a row and column, with the cause. */
  public static MalformedInputException malformed(
      @Nullable String source, int row, int column, String vi, String en, Throwable cause) {
    return malformed(source, null, row, column, vi, en, cause);
  }

  /** Input that cannot be read, at a row and column of {@code sheet} (null for none), with the cause. */
  public static MalformedInputException malformed(@Nullable String source, @Nullable String sheet, int row, int column,
      String vi, String en, Throwable cause) {
    return new MalformedInputException(LocalizedText.of(vi, en), at(source, sheet, row, column), cause);
  }
}
