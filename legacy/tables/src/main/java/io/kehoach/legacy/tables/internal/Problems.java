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
    Location l = column > 0 ? Location.atCell(row, column) : Location.atRow(row);
    return source == null ? l : l.inSource(source);
  }

  /** A location in {@code source} without a position. */
  public static @Nullable Location nowhere(@Nullable String source) {
    return source == null ? null : Location.builder().source(source).build();
  }

  /** Input that cannot be read, at a row and column. */
  public static MalformedInputException malformed(@Nullable String source, int row, int column, String vi, String en) {
    return new MalformedInputException(LocalizedText.of(vi, en), at(source, row, column));
  }

  /** Input past the limit {@code limit} of value {@code value}, at a row and column. */
  public static InputLimitException overLimit(@Nullable String source, int row, int column, String limit, long value,
      String vi, String en) {
    return new InputLimitException(limit, value, LocalizedText.of(vi, en), at(source, row, column));
  }

  /** Input that cannot be read, at a row and column, with the cause. */
  public static MalformedInputException malformed(
      @Nullable String source, int row, int column, String vi, String en, Throwable cause) {
    return new MalformedInputException(LocalizedText.of(vi, en), at(source, row, column), cause);
  }
}
