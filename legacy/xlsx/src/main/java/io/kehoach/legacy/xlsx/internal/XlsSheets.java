package io.kehoach.legacy.xlsx.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimits;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of an {@code .xls} workbook (BIFF8, in an OLE2 container) with POI's HSSF user
 * model: the format is bounded (65,536 rows, 256 columns) and the file is in memory already, so the
 * whole workbook is read; formulas are never evaluated (a BIFF8 file keeps every formula's value).
 */
public final class XlsSheets {
  private XlsSheets() {}

  /**
   * The sheets of the workbook, in workbook order.
   *
   * @throws MalformedInputException if the container holds no workbook (a Word {@code .doc}, an
   *     encrypted {@code .xlsx})
   * @throws Exception whatever POI throws, for the caller to wrap
   */
  public static List<Grid> read(byte[] bytes, InputLimits limits, @Nullable String source) throws Exception {
    List<Grid> grids = new ArrayList<>();
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
        String[] what = root.hasEntry("EncryptionInfo") ? new String[] {"một tệp Office được mã hóa bằng mật khẩu",
            "an Office file encrypted with a password"}
            : root.hasEntry("WordDocument") ? new String[] {"một tệp Word (.doc)", "a Word file (.doc)"}
            : new String[] {"một tệp OLE2 không có sổ tính", "an OLE2 file without a workbook"};
        throw new MalformedInputException(LocalizedText.of("Tệp không phải sổ tính Excel: đây là " + what[0],
            "The file is not an Excel workbook: it is " + what[1]),
            source == null ? null : Location.builder().source(source).build());
      }
      try (HSSFWorkbook book = new HSSFWorkbook(root, false)) {
        boolean date1904 = book.getInternalWorkbook().isUsing1904DateWindowing();
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
          Sheet sheet = book.getSheetAt(s);
          Grid grid = new Grid(sheet.getSheetName(), limits, source);
          for (Row row : sheet) {
            for (Cell cell : row) {
              grid.put(row.getRowNum(), cell.getColumnIndex(), CellText.of(cell, date1904));
            }
          }
          for (CellRangeAddress m : sheet.getMergedRegions()) {
            grid.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
          }
          grids.add(grid);
        }
      }
    }
    return grids;
  }
}
