package io.kehoach.legacy.xlsx.internal;

import io.kehoach.legacy.tables.AnnexField;
import io.kehoach.legacy.tables.internal.Cells;
import io.kehoach.legacy.tables.internal.Headers;
import io.kehoach.legacy.tables.internal.TableReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lays a worksheet out as the rows a CSV copy of the table would give, for the table reader.
 *
 * <ul>
 *   <li>A region merged down several rows gives its value to every row it covers (a lead body merged
 *       down its tasks, a description over the rows of its bodies), in its first column.
 *   <li>A heading in two rows, a group merged across sub-headings ("Cơ quan thực hiện" over "Chủ trì" |
 *       "Phối hợp"), is one header row: each sub-heading joins the group's name ("Cơ quan thực hiện
 *       Chủ trì"), the headings merged down the two rows stay, and the second row is emptied. It is
 *       joined only where the joined row is an annex header. A heading merged down below the header row
 *       gives its value to no row below it.
 *   <li>Below the header, a region merged across columns (a group heading "I. TUYÊN TRUYỀN" across
 *       the table) is one cell, not one per column: its value goes to the description column when the
 *       region covers it, with a leading heading number ({@code I.}, {@code A)}) put in the STT column
 *       when the region covers that too; otherwise it stays in its first column.
 * </ul>
 *
 * The cells filled from merged regions are held to {@code maxElements}.
 */
public final class Layout {
  private static final Pattern NUMBERED = Pattern.compile("^((?:[IVXLC]{1,7}|[A-Z]|\\d{1,3})[.)])\\s+(\\S.*)$", Pattern.DOTALL);

  private Layout() {}

  /** The rows of {@code grid}, laid out; the header's index (from 0) is found again by the table reader. */
  public static List<List<String>> rows(Grid grid, int headerSearchRows, int maxFilled) {
    List<List<String>> rows = grid.dense();
    int filled = 0;
    for (int[] m : grid.merged) {
      int last = Math.min(m[2], rows.size() - 1);
      String v = grid.get(rows, m[0], m[1]);
      if (v.isEmpty()) {
        continue;
      }
      for (int r = m[0] + 1; r <= last; r++) {
        if (++filled > maxFilled) {
          throw grid.over("maxElements", maxFilled, r + 1, m[1] + 1, "Trang tính có quá " + maxFilled
              + " ô lấy giá trị từ ô gộp (giới hạn maxElements)", "The sheet has more than " + maxFilled
              + " cells taking their value from merged regions (limit maxElements)");
        }
        set(rows, r, m[1], v);
      }
    }
    int header = joinTwoRowHeader(grid, rows, headerSearchRows);
    if (header >= 0) {
      // A heading merged down past the header row names a column; it is not a value of the rows below.
      for (int[] m : grid.merged) {
        if (m[0] <= header && m[2] > header) {
          for (int r = header + 1; r <= Math.min(m[2], rows.size() - 1); r++) {
            set(rows, r, m[1], "");
          }
        }
      }
      placeAcross(grid, rows, header);
    }
    return rows;
  }

  /** The index of the first row (from 0) among the first {@code headerSearchRows} that is an annex header, or -1. */
  public static int headerRow(List<List<String>> rows, int headerSearchRows) {
    for (int r = 0; r < Math.min(headerSearchRows, rows.size()); r++) {
      if (TableReader.isHeader(rows.get(r))) {
        return r;
      }
    }
    return -1;
  }

  private static int joinTwoRowHeader(Grid grid, List<List<String>> rows, int headerSearchRows) {
    for (int r = 0; r + 1 < Math.min(headerSearchRows, rows.size()); r++) {
      List<int[]> groups = new ArrayList<>();
      for (int[] m : grid.merged) {
        if (m[0] == r && m[2] == r && m[3] > m[1] && !grid.get(rows, r, m[1]).isBlank()) {
          groups.add(m);
        }
      }
      if (groups.isEmpty()) {
        if (TableReader.isHeader(rows.get(r))) {
          return r;
        }
        continue;
      }
      List<String> joined = new ArrayList<>(rows.get(r));
      List<String> next = rows.get(r + 1);
      boolean sub = false;
      boolean onlySubs = true;
      for (int c = 0; c < next.size(); c++) {
        String v = next.get(c);
        int[] g = groupOf(groups, c);
        if (v.isBlank()) {
          continue;
        }
        if (g != null) {
          sub = true;
          String name = grid.get(rows, r, g[1]);
          while (joined.size() <= c) {
            joined.add("");
          }
          joined.set(c, Cells.plain(name) + " " + Cells.plain(v));
        } else if (!v.equals(grid.get(rows, r, c))) {
          onlySubs = false;
        }
      }
      if (sub && onlySubs && TableReader.isHeader(joined) && knownFields(joined) > knownFields(rows.get(r))) {
        rows.set(r, joined);
        rows.set(r + 1, new ArrayList<>());
        return r;
      }
      if (TableReader.isHeader(rows.get(r))) {
        return r;
      }
    }
    return headerRow(rows, headerSearchRows);
  }

  private static void placeAcross(Grid grid, List<List<String>> rows, int header) {
    int number = -1;
    int content = -1;
    List<String> h = rows.get(header);
    for (int c = 0; c < h.size(); c++) {
      AnnexField f = Headers.field(Cells.read(h.get(c)));
      if (f == AnnexField.NUMBER && number < 0) {
        number = c;
      } else if (f == AnnexField.CONTENT && content < 0) {
        content = c;
      }
    }
    if (content < 0) {
      return;
    }
    for (int[] m : grid.merged) {
      if (m[0] <= header || m[3] == m[1] || content < m[1] || content > m[3] || m[1] == content) {
        continue;
      }
      for (int r = m[0]; r <= Math.min(m[2], rows.size() - 1); r++) {
        String v = grid.get(rows, r, m[1]);
        if (v.isBlank()) {
          continue;
        }
        set(rows, r, m[1], "");
        Matcher n = NUMBERED.matcher(v.strip());
        if (number >= m[1] && number <= m[3] && n.matches()) {
          set(rows, r, number, n.group(1).replaceAll("[.)]$", ""));
          set(rows, r, content, n.group(2));
        } else {
          set(rows, r, content, v);
        }
      }
    }
  }

  private static @Nullable int[] groupOf(List<int[]> groups, int c) {
    for (int[] g : groups) {
      if (c >= g[1] && c <= g[3]) {
        return g;
      }
    }
    return null;
  }

  private static int knownFields(List<String> cells) {
    int n = 0;
    for (String c : cells) {
      if (Headers.field(Cells.read(c)) != AnnexField.OTHER) {
        n++;
      }
    }
    return n;
  }

  private static void set(List<List<String>> rows, int r, int c, String v) {
    List<String> row = rows.get(r);
    while (row.size() <= c) {
      row.add("");
    }
    row.set(c, v);
  }
}
