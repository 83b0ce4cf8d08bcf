package io.kehoach.legacy.xlsx;

import io.kehoach.KehoachException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.internal.ZipGuard;
import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.legacy.tables.AnnexTableReader;
import io.kehoach.legacy.tables.internal.ReaderSettings;
import io.kehoach.legacy.xlsx.internal.Annexes;
import io.kehoach.legacy.xlsx.internal.Grid;
import io.kehoach.legacy.xlsx.internal.XlsSheets;
import io.kehoach.legacy.xlsx.internal.XlsxSheets;
import io.kehoach.plan.Plan;
import java.util.List;
import java.util.Objects;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Reads annex task tables from an Excel workbook, {@code .xlsx} or {@code .xls}, as
 * {@link AnnexTableReader} reads them from CSV: the same header search, columns, rows, bodies,
 * assignments, timings, costs, diagnostics and errors (the table logic is shared), with locations
 * that name the sheet, row and column.
 *
 * <pre>{@code
 * AnnexTableImport annex = AnnexWorkbookReader.builder().into(plan).build().read(Path.of("phu-luc.xlsx"));
 * Plan merged = annex.planOrThrow();
 * }</pre>
 *
 * <p><b>Sheets.</b> Every sheet is read. A sheet with an annex header (a description and a lead
 * column) in its first {@linkplain Builder#headerSearchRows(int) 20 rows} is an annex; any other sheet
 * (notes, an empty sheet, a chart) is skipped with the info {@code xlsx.sheet-skipped} naming it. The
 * first annex takes the {@linkplain Builder#idPrefix(String) id prefix} ({@code phu-luc-1}), the next
 * ones count on ({@code phu-luc-2} ...), so ids stay unique. One annex sheet gives its import as the
 * CSV reader would ({@link AnnexTableImport#getSheet()} names it); several give one import that
 * gathers them ({@link AnnexTableImport#getParts()}), read into the plan in turn. A workbook without
 * any annex sheet is an error: the table reader's error for the first sheet with data (a header that
 * lacks the lead column, no header in the first rows).
 *
 * <p><b>Layout.</b> Rows are the sheet's row numbers; title rows above the header ("PHỤ LỤC", "DANH
 * MỤC NHIỆM VỤ ...") are kept as title lines. A cell merged down several rows (a lead body over its
 * tasks) counts in every row it covers; a cell merged across (a group heading "I. TUYÊN TRUYỀN") is
 * one cell, put in the description column (its leading number in STT), so that it reads as the
 * heading it is in CSV. A header in two rows (a group such as "Cơ quan thực hiện" merged over "Chủ
 * trì" | "Phối hợp") is read as one row.
 *
 * <p><b>Cells.</b> Text as it is (trimmed; an apostrophe at the start is the writer's mark, as in
 * CSV); numbers without a trailing {@code .0} (STT {@code 1}, cost {@code 1500000}), at most 15
 * significant digits; date-formatted cells as {@code dd/MM/yyyy}; formulas by their cached value,
 * never evaluated (one without a cached value keeps its formula text, {@code =SUM(G5:G9)}, with the
 * warning {@code xlsx.formula-uncached}); booleans {@code TRUE}/{@code FALSE}; errors as Excel shows
 * them ({@code #REF!}).
 *
 * <p><b>Safety and limits.</b> The bytes are held to {@code maxBytes}; an {@code .xlsx} archive is
 * checked before POI opens it ({@code maxEntries}, {@code maxEmbeddedBytes}, {@code maxInflateRatio});
 * rows, columns and cell length are held to their limits as each cell is read, and merged regions and
 * the cells they fill to {@code maxElements}, each an {@link InputLimitException} naming the sheet, row
 * and column. An {@code .xlsx} is read with POI's streaming reader (the sheets' XML with SAX, not into
 * a document tree); an {@code .xls} (BIFF8, 65,536 rows at most) with HSSF. Nothing external is
 * resolved. Errors are {@link MalformedInputException}s (not a workbook, a Word file, damaged,
 * encrypted, no annex) and {@link InputLimitException}s; no exception of POI or the XML parser escapes.
 *
 * <p>Immutable, thread-safe and reusable.
 *
 * @since 0.3
 */
public final class AnnexWorkbookReader implements PlanReader<AnnexTableImport> {
  private static final String[] WHAT = {"Tệp Excel", "The Excel file"};
  private static final AnnexWorkbookReader DEFAULT = new Builder().build();

  private final ReaderSettings settings;

  private AnnexWorkbookReader(ReaderSettings settings) {
    this.settings = settings;
  }

  /** A reader with the default limits, lenient, reading the tables on their own. */
  public static AnnexWorkbookReader create() {
    return DEFAULT;
  }

  /** A builder of a reader with other limits or choices: those of {@link AnnexTableReader.Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public InputLimits getLimits() {
    return settings.limits();
  }

  /**
   * Reads the bytes of an {@code .xlsx} (a zip archive) or {@code .xls} (an OLE2 container) workbook.
   *
   * @param bytes the workbook, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws MalformedInputException if the bytes are not a workbook that can be read, or hold no annex
   *     table, or (strict) a value that cannot be read
   * @throws InputLimitException if the workbook is past a limit
   */
  @Override
  public AnnexTableImport read(byte[] bytes, @Nullable String source) {
    Objects.requireNonNull(bytes, "bytes");
    BoundedInput.checkBytes(bytes, settings.limits(), source);
    boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean ole2 = bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
    if (!zip && !ole2) {
      throw new MalformedInputException(LocalizedText.of(
          "Không phải tệp Excel (.xlsx hoặc .xls); bảng phụ lục lưu dạng văn bản (CSV) hãy đọc bằng AnnexTableReader",
          "Not an Excel file (.xlsx or .xls); read a table saved as text (CSV) with AnnexTableReader"), at(source));
    }
    if (zip) {
      ZipGuard.check(bytes, settings.limits(), source, WHAT);
    }
    List<Grid> grids;
    try {
      grids = zip ? XlsxSheets.read(bytes, settings.limits(), source) : XlsSheets.read(bytes, settings.limits(), source);
    } catch (KehoachException e) {
      throw e;
    } catch (SAXException e) {
      if (e.getException() instanceof KehoachException) {
        throw (KehoachException) e.getException();
      }
      throw damaged(source, e);
    } catch (EncryptedDocumentException e) {
      throw new MalformedInputException(LocalizedText.of("Tệp Excel được mã hóa bằng mật khẩu: không đọc được",
          "The Excel file is encrypted with a password: it cannot be read"), at(source), e);
    } catch (OldExcelFormatException e) {
      throw new MalformedInputException(LocalizedText.of(
          "Tệp Excel ở định dạng cũ (Excel 5/95 trở về trước): hãy lưu lại thành .xlsx",
          "The Excel file is in an old format (Excel 5/95 or older): save it again as .xlsx"), at(source), e);
    } catch (Exception | StackOverflowError e) {
      throw damaged(source, e);
    }
    return Annexes.read(grids, settings, source);
  }

  /**
   * Always refused: a workbook is binary; read its bytes (or read CSV text with {@link AnnexTableReader}).
   *
   * @throws MalformedInputException always
   */
  @Override
  public AnnexTableImport read(String text, @Nullable String source) {
    Objects.requireNonNull(text, "text");
    throw new MalformedInputException(LocalizedText.of(
        "Tệp Excel là tệp nhị phân: hãy đọc các byte của tệp; bảng dạng văn bản (CSV) hãy đọc bằng AnnexTableReader",
        "An Excel file is binary: read its bytes; read a table as text (CSV) with AnnexTableReader"), at(source));
  }

  private static MalformedInputException damaged(@Nullable String source, Throwable e) {
    String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    if (why.length() > 300) {
      why = why.substring(0, 300) + "…";
    }
    return new MalformedInputException(LocalizedText.of(
        "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải sổ tính (" + why + ")",
        "Cannot read the Excel file: it is damaged or not a workbook (" + why + ")"), at(source), e);
  }

  private static @Nullable Location at(@Nullable String source) {
    return source == null ? null : Location.builder().source(source).build();
  }

  /**
   * Builds an {@link AnnexWorkbookReader}: the choices and defaults of {@link AnnexTableReader.Builder},
   * applied to every annex sheet.
   *
   * @since 0.3
   */
  public static final class Builder {
    private InputLimits limits = InputLimits.defaults();
    private int headerSearchRows = AnnexTableReader.DEFAULT_HEADER_SEARCH_ROWS;
    private boolean strict;
    private String idPrefix = AnnexTableReader.DEFAULT_ID_PREFIX;
    private @Nullable Plan into;

    private Builder() {}

    /**
     * The limits: bytes, archive entries, entry size and inflate ratio, rows (of a sheet), columns,
     * cell length, and merged regions and the cells they fill ({@code maxElements}).
     *
     * @param limits the limits, not null
     */
    public Builder limits(InputLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * How many rows from the top of each sheet may hold the header row; at least 1.
     *
     * @throws IllegalArgumentException if {@code rows} is less than 1
     */
    public Builder headerSearchRows(int rows) {
      AnnexTableReader.builder().headerSearchRows(rows); // checked as the CSV reader checks it
      this.headerSearchRows = rows;
      return this;
    }

    /**
     * Whether a time or cost that cannot be read, a row without a description or a task without a
     * lead body is an error rather than a warning with the text kept (the default).
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The prefix of the first annex's ids ({@code phu-luc-1}); the next annexes count on from its
     * trailing number ({@code phu-luc-2}), or add {@code -2}, {@code -3} ... when it has none.
     *
     * @throws IllegalArgumentException if the prefix is not an identifier (as for the CSV reader)
     */
    public Builder idPrefix(String idPrefix) {
      AnnexTableReader.builder().idPrefix(idPrefix); // checked as the CSV reader checks it
      this.idPrefix = idPrefix;
      return this;
    }

    /**
     * The plan the tables belong to: the import then holds {@code plan} with every annex merged in
     * turn as its plan.
     *
     * @param plan the plan, or null to read the tables on their own (the default)
     */
    public Builder into(@Nullable Plan plan) {
      this.into = plan;
      return this;
    }

    /** The reader. */
    public AnnexWorkbookReader build() {
      return new AnnexWorkbookReader(new ReaderSettings(limits, headerSearchRows, strict, idPrefix, into));
    }
  }
}
