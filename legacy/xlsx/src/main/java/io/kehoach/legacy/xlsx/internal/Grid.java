package io.kehoach.legacy.xlsx.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one worksheet as read, before the table logic sees them: the non-empty cells by row
 * and column (from 0), the merged regions, and the cells holding a formula without a cached value.
 * Every value is held to the limits as it is put: a row past {@code maxRows}, a column past
 * {@code maxColumns} or a cell past {@code maxCellLength} is an {@link InputLimitException} naming the
 * sheet, row and column; empty cells (formatting only) are not held to the limits. Not thread-safe.
 */
public final class Grid {
  /** The name of the sheet. */
  public final String name;
  private final InputLimits limits;
  private final @Nullable String source;
  private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
  /** The merged regions, each {first row, first column, last row, last column} from 0. */
  final List<int[]> merged = new ArrayList<>();
  /** The cells (row, column from 1) whose formula has no cached value. */
  public final List<int[]> uncached = new ArrayList<>();

  /** An empty grid of the sheet {@code name}. */
  public Grid(String name, InputLimits limits, @Nullable String source) {
    this.name = name;
    this.limits = limits;
    this.source = source;
  }

  /**
   * Puts the value of the cell at {@code row}, {@code column} (from 0).
   *
   * @throws InputLimitException past the limits on rows, columns or cell length
   */
  public void put(int row, int column, String value) {
    if (value.isEmpty()) {
      return;
    }
    if (row + 1 > limits.getMaxRows()) {
      throw over("maxRows", limits.getMaxRows(), row + 1, 0, "Trang tính " + quoted() + " có quá " + limits.getMaxRows()
          + " hàng (giới hạn maxRows)", "The sheet " + quoted() + " has more than " + limits.getMaxRows()
          + " rows (limit maxRows)");
    }
    if (column + 1 > limits.getMaxColumns()) {
      throw over("maxColumns", limits.getMaxColumns(), row + 1, column + 1, "Hàng " + (row + 1) + " có quá "
          + limits.getMaxColumns() + " cột (giới hạn maxColumns)", "Row " + (row + 1) + " has more than "
          + limits.getMaxColumns() + " columns (limit maxColumns)");
    }
    checkLength(row, column, value.length());
    List<String> cells = rows.computeIfAbsent(row, r -> new ArrayList<>());
    while (cells.size() <= column) {
      cells.add("");
    }
    cells.set(column, value);
  }

  /**
   * Checks the length of a cell's text as it grows (before the text is kept).
   *
   * @throws InputLimitException past {@code maxCellLength}
   */
  public void checkLength(int row, int column, int length) {
    int max = limits.getMaxCellLength();
    if (length > max) {
      throw over("maxCellLength", max, row + 1, column + 1, "Ô ở hàng " + (row + 1) + ", cột " + (column + 1)
          + " dài quá " + max + " ký tự (giới hạn maxCellLength)", "The cell at row " + (row + 1) + ", column "
          + (column + 1) + " is longer than " + max + " characters (limit maxCellLength)");
    }
  }

  /**
   * Adds a merged region (from 0, inclusive).
   *
   * @throws InputLimitException past {@code maxElements} regions
   */
  public void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
    if (merged.size() >= limits.getMaxElements()) {
      throw over("maxElements", limits.getMaxElements(), firstRow + 1, firstColumn + 1, "Trang tính " + quoted()
          + " có quá " + limits.getMaxElements() + " vùng ô gộp (giới hạn maxElements)", "The sheet " + quoted()
          + " has more than " + limits.getMaxElements() + " merged regions (limit maxElements)");
    }
    if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
      return; // a region the file spells wrongly covers nothing
    }
    merged.add(new int[] {firstRow, firstColumn, lastRow, lastColumn});
  }

  /** Whether the sheet holds no value at all. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The value at {@code row}, {@code column} (from 0), empty when there is none. */
  String get(List<List<String>> dense, int row, int column) {
    if (row >= dense.size()) {
      return "";
    }
    List<String> cells = dense.get(row);
    return column < cells.size() ? cells.get(column) : "";
  }

  /** The rows from the first to the last holding a value, each a new list (a row without values empty). */
  List<List<String>> dense() {
    List<List<String>> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    int last = rows.lastKey();
    for (int r = 0; r <= last; r++) {
      List<String> cells = rows.get(r);
      out.add(cells == null ? new ArrayList<>() : new ArrayList<>(cells));
    }
    return out;
  }

  /** A location in this sheet at a row and column from 1 (0 for none). */
  public Location at(int row, int column) {
    Location l = (column > 0 ? Location.atCell(row, column) : Location.atRow(row)).inSheet(name);
    return source == null ? l : l.inSource(source);
  }

  /** A location naming this sheet (and the source), without a row. */
  public Location sheetOnly() {
    Location.Builder b = Location.builder().sheet(name);
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }

  InputLimitException over(String limit, long value, int row, int column, String vi, String en) {
    return new InputLimitException(limit, value, LocalizedText.of(vi, en), at(row, column));
  }

  private String quoted() {
    return "“" + name + "”";
  }
}
