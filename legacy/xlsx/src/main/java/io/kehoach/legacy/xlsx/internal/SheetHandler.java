package io.kehoach.legacy.xlsx.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of one worksheet's XML ({@code sheetN.xml}): rows, cells (shared, inline and
 * formula strings, numbers with their format, booleans, errors, ISO dates) and merged regions into a
 * {@link Grid}. A formula's cached value is taken; one without a value keeps its formula text
 * ({@code =SUM(G5:G9)}) and is listed in {@link Grid#uncached}. Text is checked against the cell
 * length limit as it is gathered.
 */
final class SheetHandler extends DefaultHandler {
  private final Grid grid;
  private final ReadOnlySharedStringsTable strings;
  private final @Nullable StylesTable styles;
  private final boolean date1904;

  private int row = -1;
  private int column = -1;
  private @Nullable String type;
  private int style = -1;
  private boolean hasValue;
  private boolean hasFormula;
  private final StringBuilder value = new StringBuilder();
  private final StringBuilder formula = new StringBuilder();
  private final StringBuilder inline = new StringBuilder();
  /** What the characters are gathered into now, or null. */
  private @Nullable StringBuilder into;
  private boolean inInline;
  private boolean inPhonetic;

  SheetHandler(Grid grid, ReadOnlySharedStringsTable strings, @Nullable StylesTable styles, boolean date1904) {
    this.grid = grid;
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    switch (local) {
      case "row": {
        String r = a.getValue("r");
        row = r == null ? row + 1 : Integer.parseInt(r.strip()) - 1;
        column = -1;
        break;
      }
      case "c": {
        String ref = a.getValue("r");
        if (ref != null) {
          CellReference cr = new CellReference(ref);
          column = cr.getCol();
          if (cr.getRow() >= 0) {
            row = cr.getRow();
          }
        } else {
          column++;
        }
        type = a.getValue("t");
        String s = a.getValue("s");
        style = s == null ? -1 : Integer.parseInt(s.strip());
        hasValue = false;
        hasFormula = false;
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
        break;
      }
      case "v":
        hasValue = true;
        into = value;
        break;
      case "f":
        hasFormula = true;
        into = formula;
        break;
      case "is":
        inInline = true;
        break;
      case "rPh":
        inPhonetic = true;
        break;
      case "t":
        if (inInline && !inPhonetic) {
          into = inline;
        }
        break;
      case "mergeCell": {
        String ref = a.getValue("ref");
        if (ref != null && ref.indexOf(':') > 0) {
          CellRangeAddress m = CellRangeAddress.valueOf(ref);
          grid.merge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
        }
        break;
      }
      default:
        break;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (into != null) {
      grid.checkLength(Math.max(row, 0), Math.max(column, 0), into.length() + length);
      into.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "v":
      case "f":
      case "t":
        into = null;
        break;
      case "is":
        inInline = false;
        break;
      case "rPh":
        inPhonetic = false;
        break;
      case "c":
        if (row >= 0 && column >= 0) {
          grid.put(row, column, text());
        }
        break;
      default:
        break;
    }
  }

  private String text() {
    if ("inlineStr".equals(type)) {
      return inline.toString();
    }
    if (hasFormula && !hasValue) {
      if (formula.length() == 0) {
        return ""; // a shared formula's follower without a value: nothing to show
      }
      grid.uncached.add(new int[] {row + 1, column + 1});
      return "=" + formula;
    }
    String v = value.toString();
    if (type == null || "n".equals(type)) {
      return v.isBlank() ? "" : number(v.strip());
    }
    switch (type) {
      case "s":
        return v.isBlank() ? "" : strings.getItemAt(Integer.parseInt(v.strip())).getString();
      case "b":
        return "1".equals(v.strip()) || "true".equalsIgnoreCase(v.strip()) ? "TRUE" : "FALSE";
      case "d":
        // ISO 8601 date, as a few writers store dates.
        return v.length() >= 10 && v.charAt(4) == '-' ? v.substring(8, 10) + "/" + v.substring(5, 7) + "/" + v.substring(0, 4) : v;
      default: // "str" (a formula's string), "e" (an error such as #REF!)
        return v;
    }
  }

  private String number(String v) {
    double d = Double.parseDouble(v);
    if (styles != null && style >= 0 && style < styles.getNumCellStyles()) {
      XSSFCellStyle s = styles.getStyleAt(style);
      if (s != null && CellText.isDateFormat(s.getDataFormat(), s.getDataFormatString())) {
        return CellText.date(d, date1904);
      }
    }
    return CellText.number(d);
  }
}
