package io.kehoach.legacy.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks written for the tests, made with POI the way offices lay annexes out (messy on purpose:
 * title rows, a two-row header, merged group headings and lead bodies, numbers, dates, formulas).
 */
final class Workbooks {
  private Workbooks() {}

  /** The table of {@link #office(boolean)} as the CSV a reader expects the same rows and tasks from. */
  static final String OFFICE_CSV = String.join("\r\n",
      "PHỤ LỤC",
      "DANH MỤC NHIỆM VỤ TRUYỀN THÔNG NĂM 2024",
      "",
      "STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm,Kinh phí (triệu đồng)",
      "",
      "I,TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH,,,,,",
      "1,Xây dựng chuyên mục cải cách hành chính,Sở Tư pháp,Báo Bình Phước,15/06/2024,Chuyên mục,150",
      "2,Tổ chức hội nghị tập huấn,Sở Tư pháp,Sở Nội vụ; Sở Tài chính,Quý III/2024,Hội nghị,200",
      "II,KIỂM SOÁT THỦ TỤC,,,,,",
      "3,Cập nhật thủ tục hành chính lên Cổng thông tin,Văn phòng UBND tỉnh,,Thường xuyên,,350",
      "",
      ",Tổng cộng,,,,,700", "");

  /**
   * "PHỤ LỤC" and a list title merged across; a blank row; the header in two rows ("Cơ quan thực
   * hiện" merged over "Chủ trì" | "Phối hợp", the other headings merged down); group headings merged
   * across the whole table ("I. TUYÊN TRUYỀN ..."); "Sở Tư pháp" merged down its two tasks; STT and
   * costs as numbers, a date cell, a total formula with its cached value; sheets "Ghi chú" (notes)
   * before and an empty sheet after.
   */
  static byte[] office(boolean xls) {
    try (Workbook book = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
      Sheet notes = book.createSheet("Ghi chú");
      notes.createRow(0).createCell(0).setCellValue("Bảng kèm theo Kế hoạch số 36/KH-UBND ngày 10/3/2024");
      notes.createRow(2).createCell(1).setCellValue("Người lập: Nguyễn Văn A");
      Sheet s = book.createSheet("Phụ lục");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("#,##0.0"));
      text(s, 0, 0, "PHỤ LỤC");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
      text(s, 1, 0, "DANH MỤC NHIỆM VỤ TRUYỀN THÔNG NĂM 2024");
      s.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
      row(s, 3, "STT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian thực hiện", "Sản phẩm", "Kinh phí (triệu đồng)");
      row(s, 4, "", "", "Chủ trì", "Phối hợp", "", "", "");
      for (int c : new int[] {0, 1, 4, 5, 6}) {
        s.addMergedRegion(new CellRangeAddress(3, 4, c, c));
      }
      s.addMergedRegion(new CellRangeAddress(3, 3, 2, 3));
      text(s, 5, 0, "I. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH");
      s.addMergedRegion(new CellRangeAddress(5, 5, 0, 6));
      Row r6 = s.createRow(6);
      r6.createCell(0).setCellValue(1);
      r6.createCell(1).setCellValue("Xây dựng chuyên mục cải cách hành chính");
      r6.createCell(2).setCellValue("Sở Tư pháp");
      r6.createCell(3).setCellValue("Báo Bình Phước");
      Cell d = r6.createCell(4);
      d.setCellValue(LocalDate.of(2024, 6, 15));
      d.setCellStyle(date);
      r6.createCell(5).setCellValue("Chuyên mục");
      number(r6, 6, 150, money);
      Row r7 = s.createRow(7);
      r7.createCell(0).setCellValue(2);
      r7.createCell(1).setCellValue("Tổ chức hội nghị tập huấn");
      r7.createCell(3).setCellValue("Sở Nội vụ; Sở Tài chính");
      r7.createCell(4).setCellValue("Quý III/2024");
      r7.createCell(5).setCellValue("Hội nghị");
      number(r7, 6, 200, money);
      s.addMergedRegion(new CellRangeAddress(6, 7, 2, 2));
      text(s, 8, 0, "II. KIỂM SOÁT THỦ TỤC");
      s.addMergedRegion(new CellRangeAddress(8, 8, 0, 6));
      Row r9 = s.createRow(9);
      r9.createCell(0).setCellValue(3);
      r9.createCell(1).setCellValue("  Cập nhật thủ tục hành chính lên Cổng thông tin ");
      r9.createCell(2).setCellValue("Văn phòng UBND tỉnh");
      r9.createCell(4).setCellValue("Thường xuyên");
      number(r9, 6, 350, money);
      Row r11 = s.createRow(11);
      r11.createCell(1).setCellValue("Tổng cộng");
      Cell total = r11.createCell(6);
      total.setCellFormula("SUM(G7:G10)");
      total.setCellStyle(money);
      book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total);
      book.createSheet("Trống");
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook of one sheet per table, each given as rows of cells (a number where the text is one). */
  static byte[] sheets(boolean xls, List<String> names, List<List<List<String>>> tables) {
    try (Workbook book = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
      for (int i = 0; i < names.size(); i++) {
        Sheet s = book.createSheet(names.get(i));
        List<List<String>> rows = tables.get(i);
        for (int r = 0; r < rows.size(); r++) {
          row(s, r, rows.get(r).toArray(new String[0]));
        }
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void row(Sheet s, int r, String... cells) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
  }

  static void text(Sheet s, int r, int c, String v) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    row.createCell(c).setCellValue(v);
  }

  private static void number(Row r, int c, double v, CellStyle style) {
    Cell cell = r.createCell(c);
    cell.setCellValue(v);
    cell.setCellStyle(style);
  }

  static byte[] bytes(Workbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
