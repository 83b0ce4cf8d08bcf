package io.kehoach.legacy.tables.internal;

import io.kehoach.legacy.InputLimits;
import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a grid (a worksheet) as records: row {@code i} of the list is record {@code i + 1}, its
 * row number in locations; the limits on rows, columns and cell length are those of {@link CsvParser},
 * with the same messages, and locations name the sheet. Not thread-safe; one per reading.
 */
public final class GridRecords implements Records {
  private final List<List<String>> rows;
  private final InputLimits limits;
  private final @Nullable String source;
  private final @Nullable String sheet;
  private int next;

  /**
   * The records of {@code rows}.
   *
   * @param rows the rows, top to bottom (a row the grid does not have is an empty list); not copied
   * @param source the name of the input for locations, or null
   * @param sheet the name of the worksheet for locations, or null
   */
  public GridRecords(List<List<String>> rows, InputLimits limits, @Nullable String source, @Nullable String sheet) {
    this.rows = rows;
    this.limits = limits;
    this.source = source;
    this.sheet = sheet;
  }

  @Override
  public CsvParser.@Nullable Record next() {
    if (next >= rows.size()) {
      return null;
    }
    int number = next + 1;
    int maxRows = limits.getMaxRows();
    if (number > maxRows) {
      throw over(number, 0, "maxRows", maxRows, "Bảng có quá " + maxRows + " hàng (giới hạn maxRows)",
          "The table has more than " + maxRows + " rows (limit maxRows)");
    }
    List<String> raw = rows.get(next++);
    int maxColumns = limits.getMaxColumns();
    if (raw.size() > maxColumns) {
      throw over(number, maxColumns + 1, "maxColumns", maxColumns,
          "Hàng " + number + " có quá " + maxColumns + " cột (giới hạn maxColumns)",
          "Row " + number + " has more than " + maxColumns + " columns (limit maxColumns)");
    }
    List<String> cells = new ArrayList<>(raw.size());
    int maxCell = limits.getMaxCellLength();
    for (int c = 0; c < raw.size(); c++) {
      String v = raw.get(c) == null ? "" : raw.get(c);
      if (v.length() > maxCell) {
        throw over(number, c + 1, "maxCellLength", maxCell,
            "Ô ở hàng " + number + ", cột " + (c + 1) + " dài quá " + maxCell + " ký tự (giới hạn maxCellLength)",
            "The cell at row " + number + ", column " + (c + 1) + " is longer than " + maxCell
                + " characters (limit maxCellLength)");
      }
      cells.add(Text.isNfc(v) ? v : Text.nfc(Problems.unicode(v, source, sheet, number, c + 1)));
    }
    return new CsvParser.Record(number, number, cells);
  }

  private RuntimeException over(int row, int column, String limit, long value, String vi, String en) {
    return new io.kehoach.legacy.InputLimitException(limit, value, io.kehoach.LocalizedText.of(vi, en),
        Problems.at(source, sheet, row, column));
  }
}
