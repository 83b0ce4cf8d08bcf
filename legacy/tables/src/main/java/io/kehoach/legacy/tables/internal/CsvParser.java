package io.kehoach.legacy.tables.internal;

import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into records and fields after RFC 4180, leniently: fields in double quotes may hold
 * separators, line breaks and doubled quotes; records end with CRLF, LF or CR; a final line break
 * makes no empty record; spaces around a quoted field are dropped; a quote inside an unquoted field
 * is a literal character; other text after a closing quote is kept in the field (with a warning). A quote left open is an error naming the row
 * and column where it opened. Control characters other than TAB, LF and CR are errors.
 *
 * <p>Records are numbered from 1 as a spreadsheet numbers its rows: every record counts, blank ones
 * included, and a record whose quoted cells hold line breaks is one row. Bounded: at most
 * {@code maxRows} records, {@code maxColumns} fields in a record and {@code maxCellLength}
 * characters in a field, each checked before more memory is taken. Not thread-safe; one per read.
 */
public final class CsvParser implements Records {
  /** One record: its number (from 1), the text line it starts on (from 1), and its raw fields. */
  public record Record(int number, int line, List<String> cells) {
    /** Whether every field is empty or white space. */
    public boolean isBlank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /** A lenient reading the parser noticed: where, and the codes' texts. */
  public record Notice(int row, int column, String vi, String en) {}

  private final String text;
  private final char separator;
  private final ReaderSettings settings;
  private final @Nullable String source;
  private final List<Notice> notices = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int count;

  /**
   * A parser of {@code text} (without a byte-order mark).
   *
   * @param source the name of the input for locations, or null
   */
  public CsvParser(String text, char separator, ReaderSettings settings, @Nullable String source) {
    this.text = text;
    this.separator = separator;
    this.settings = settings;
    this.source = source;
  }

  /** What was read leniently so far. */
  @Override
  public List<Notice> notices() {
    return notices;
  }

  /** The next record, or null at the end of the text. */
  @Override
  public @Nullable Record next() {
    int n = text.length();
    if (pos >= n) {
      return null;
    }
    int maxRows = settings.limits().getMaxRows();
    if (count >= maxRows) {
      throw Problems.overLimit(source, count + 1, 0, "maxRows", maxRows,
          "Bảng có quá " + maxRows + " hàng (giới hạn maxRows)", "The table has more than " + maxRows + " rows (limit maxRows)");
    }
    int row = ++count;
    int startLine = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      int column = cells.size() + 1;
      int maxColumns = settings.limits().getMaxColumns();
      if (column > maxColumns) {
        throw Problems.overLimit(source, row, column, "maxColumns", maxColumns,
            "Hàng " + row + " có quá " + maxColumns + " cột (giới hạn maxColumns)",
            "Row " + row + " has more than " + maxColumns + " columns (limit maxColumns)");
      }
      int lead = pos;
      while (lead < n && text.charAt(lead) == ' ' && separator != ' ') {
        lead++;
      }
      if (lead < n && text.charAt(lead) == '"') {
        // Spaces before an opening quote (a common hand-edited form) are dropped.
        pos = lead;
        int openLine = line;
        pos++;
        while (true) {
          if (pos >= n) {
            throw Problems.malformed(source, row, column,
                "Dấu ngoặc kép mở ở hàng " + row + ", cột " + column + " (dòng văn bản " + openLine + ") không được đóng",
                "The quote opened at row " + row + ", column " + column + " (text line " + openLine + ") is never closed");
          }
          char c = text.charAt(pos++);
          if (c == '"') {
            if (pos < n && text.charAt(pos) == '"') {
              pos++;
            } else {
              break;
            }
          } else if (c == '\n' || c == '\r' && (pos >= n || text.charAt(pos) != '\n')) {
            line++;
          }
          append(cell, c, row, column);
        }
        int after = pos;
        while (after < n && text.charAt(after) == ' ') {
          after++;
        }
        if (after >= n || text.charAt(after) == separator || text.charAt(after) == '\n' || text.charAt(after) == '\r') {
          // Spaces after a closing quote are dropped.
          pos = after;
        }
        boolean stray = false;
        while (pos < n) {
          char c = text.charAt(pos);
          if (c == separator || c == '\n' || c == '\r') {
            break;
          }
          stray = true;
          append(cell, c, row, column);
          pos++;
        }
        if (stray) {
          notices.add(new Notice(row, column,
              "Có ký tự sau dấu ngoặc kép đóng; đã giữ trong ô", "Characters after a closing quote were kept in the cell"));
        }
      } else {
        while (pos < n) {
          char c = text.charAt(pos);
          if (c == separator || c == '\n' || c == '\r') {
            break;
          }
          append(cell, c, row, column);
          pos++;
        }
      }
      String value = cell.toString();
      // Text from a Reader may hold half of a UTF-16 pair (bytes are decoded strictly and cannot).
      cells.add(Text.isNfc(value) ? value : Problems.unicode(value, source, null, row, column));
      cell.setLength(0);
      if (pos >= n) {
        return new Record(row, startLine, cells);
      }
      char end = text.charAt(pos++);
      if (end == separator) {
        continue;
      }
      if (end == '\r' && pos < n && text.charAt(pos) == '\n') {
        pos++;
      }
      line++;
      return new Record(row, startLine, cells);
    }
  }

  private void append(StringBuilder cell, char c, int row, int column) {
    if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
      throw Problems.malformed(source, row, column,
          "Hàng " + row + ", cột " + column + " có ký tự điều khiển " + Text.quote(String.valueOf(c))
              + " (tệp nhị phân hoặc sai bảng mã?)",
          "Row " + row + ", column " + column + " holds the control character " + Text.quote(String.valueOf(c))
              + " (a binary file or a wrong encoding?)");
    }
    int maxCell = settings.limits().getMaxCellLength();
    if (cell.length() >= maxCell) {
      throw Problems.overLimit(source, row, column, "maxCellLength", maxCell,
          "Ô ở hàng " + row + ", cột " + column + " dài quá " + maxCell + " ký tự (giới hạn maxCellLength)",
          "The cell at row " + row + ", column " + column + " is longer than " + maxCell
              + " characters (limit maxCellLength)");
    }
    cell.append(c);
  }
}
