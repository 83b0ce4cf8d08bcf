package io.kehoach.legacy.xlsx.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell's text as the annex reader takes it, the same for {@code .xlsx} and {@code .xls}: strings
 * as they are; numbers as Excel shows them in a general format, without a trailing {@code .0}
 * ({@code 1}, {@code 1500000}, {@code 2.5}, at most 15 significant digits); date-formatted numbers as
 * {@code dd/MM/yyyy}; booleans as {@code TRUE}/{@code FALSE}; errors as Excel shows them
 * ({@code #REF!}); formulas by their cached value, never evaluated.
 */
public final class CellText {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private CellText() {}

  /** A number as text: {@code 1}, {@code 2.5}, {@code 1500000}; empty for NaN and infinities. */
  public static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(Double.toString(v)).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
  }

  /** A date-formatted number as {@code dd/MM/yyyy}; the number when it is not a valid Excel date. */
  public static String date(double v, boolean date1904) {
    if (!DateUtil.isValidExcelDate(v)) {
      return number(v);
    }
    LocalDateTime d = DateUtil.getLocalDateTime(v, date1904);
    return d == null ? number(v) : d.toLocalDate().format(DATE);
  }

  /** Whether a number in the format {@code formatIndex}/{@code formatString} is a date. */
  public static boolean isDateFormat(int formatIndex, String formatString) {
    return formatString != null && DateUtil.isADateFormat(formatIndex, formatString);
  }

  /** An error code as Excel shows it ({@code #DIV/0!}). */
  public static String error(int code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR!";
    }
  }

  /** The text of a cell of the user model (an {@code .xls} sheet); empty for a blank one. */
  public static String of(Cell cell, boolean date1904) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case NUMERIC:
        double v = cell.getNumericCellValue();
        return isDateFormat(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
            ? date(v, date1904) : number(v);
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return error(cell.getErrorCellValue());
      default:
        return "";
    }
  }
}
