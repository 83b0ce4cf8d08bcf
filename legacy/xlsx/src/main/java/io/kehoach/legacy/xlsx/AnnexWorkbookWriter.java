package io.kehoach.legacy.xlsx;

import io.kehoach.legacy.tables.AnnexTableWriter;
import io.kehoach.legacy.tables.TableLoss;
import io.kehoach.legacy.tables.internal.Cells;
import io.kehoach.legacy.tables.internal.TableWriter;
import io.kehoach.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan's tasks as an annex task table in an {@code .xlsx} workbook, one sheet "Phụ lục":
 * the columns and cells of {@link AnnexTableWriter} (STT, Nội dung công việc, Cơ quan chủ trì, Cơ
 * quan phối hợp, Thời gian thực hiện, Sản phẩm, Kinh phí), under a title row "PHỤ LỤC" and a row with
 * the plan's subject (each merged across the table), a blank row, a bold header, frozen; every cell
 * bordered, wrapped, top-aligned, in Times New Roman 12, with column widths to read.
 *
 * <p><b>Formula injection.</b> Every value is a text cell (STT alone is a number), so a value
 * beginning with {@code =}, {@code +}, {@code -} or {@code @} is never a formula; such cells are also
 * marked "quote prefix", so that editing them in Excel keeps them text. A value whose spaces or line
 * breaks at its ends a reader would trim, or that begins with an apostrophe, is written with an
 * apostrophe in front, the mark {@link AnnexWorkbookReader} (like the CSV reader) removes.
 *
 * <p><b>Round trip and losses.</b> {@link AnnexWorkbookReader} reads the file back to the same tasks,
 * bodies and assignments as {@link io.kehoach.legacy.tables.AnnexTableReader} reads the CSV of
 * {@link AnnexTableWriter}; {@link #describeLosses(Plan)} lists what a table cannot carry (ids, monitor
 * roles, the parts of the plan that are not tasks ...), the same list as for CSV.
 *
 * <p>Immutable, thread-safe and reusable.
 *
 * @since 0.3
 */
public final class AnnexWorkbookWriter {
  private static final AnnexWorkbookWriter INSTANCE = new AnnexWorkbookWriter();
  /** Column widths in characters: STT, description, lead, coordinating, timing, outputs, cost. */
  private static final int[] WIDTHS = {6, 60, 28, 32, 18, 30, 18};
  private static final String TRIGGERS = "=+-@";

  private AnnexWorkbookWriter() {}

  /** The writer. */
  public static AnnexWorkbookWriter create() {
    return INSTANCE;
  }

  /**
   * What the table cannot carry of {@code plan}, as {@link AnnexTableWriter#describeLosses(Plan)} says
   * (a workbook carries what a CSV table carries).
   *
   * @param plan the plan, not null
   */
  public List<TableLoss> describeLosses(Plan plan) {
    return AnnexTableWriter.create().describeLosses(plan);
  }

  /**
   * The workbook's bytes.
   *
   * @param plan the plan, not null
   * @throws io.kehoach.InvalidDataException if a text holds a control character a table cannot hold
   */
  public byte[] write(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /**
   * Writes the workbook to {@code out}, which is not closed.
   *
   * @param plan the plan, not null
   * @param out the stream, not null
   * @return what the table cannot carry, as {@link #describeLosses(Plan)}
   * @throws IOException if {@code out} fails
   * @throws io.kehoach.InvalidDataException as {@link #write(Plan)}; nothing is written then
   */
  public List<TableLoss> write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    List<List<String>> rows = TableWriter.rows(plan, false);
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      XSSFSheet sheet = book.createSheet("Phụ lục");
      CellStyle title = style(book, true, false, false);
      CellStyle header = style(book, true, true, false);
      CellStyle body = style(book, false, true, false);
      CellStyle quoted = style(book, false, true, true);
      int columns = rows.get(0).size();
      int r = 0;
      for (String t : new String[] {"PHỤ LỤC", plan.getSubject()}) {
        if (t.isBlank()) {
          continue;
        }
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(marked(t));
        cell.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        r++;
      }
      r++;
      int headerRow = r;
      for (int i = 0; i < rows.size(); i++, r++) {
        Row row = sheet.createRow(r);
        List<String> cells = rows.get(i);
        for (int c = 0; c < cells.size(); c++) {
          Cell cell = row.createCell(c);
          String v = cells.get(c);
          if (i > 0 && c == 0 && v.matches("\\d{1,9}")) {
            cell.setCellValue(Integer.parseInt(v));
            cell.setCellStyle(body);
          } else {
            cell.setCellValue(marked(v));
            cell.setCellStyle(i == 0 ? header : !v.isEmpty() && TRIGGERS.indexOf(v.charAt(0)) >= 0 ? quoted : body);
          }
        }
      }
      for (int c = 0; c < columns; c++) {
        sheet.setColumnWidth(c, 256 * (c < WIDTHS.length ? WIDTHS[c] : 20));
      }
      sheet.createFreezePane(0, headerRow + 1);
      book.write(out);
    }
    return describeLosses(plan);
  }

  /** The value with the reader's apostrophe mark where the reader would otherwise change it. */
  private static String marked(String v) {
    return !v.isEmpty() && (v.charAt(0) == '\'' || !Cells.plain(v).equals(v)) ? "'" + v : v;
  }

  private static CellStyle style(XSSFWorkbook book, boolean bold, boolean bordered, boolean quotePrefix) {
    CellStyle s = book.createCellStyle();
    Font f = book.createFont();
    f.setFontName("Times New Roman");
    f.setFontHeightInPoints((short) 12);
    f.setBold(bold);
    s.setFont(f);
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setAlignment(bold ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
    s.setQuotePrefixed(quotePrefix);
    if (bordered) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }
}
