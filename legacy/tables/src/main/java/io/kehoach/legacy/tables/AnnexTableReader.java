package io.kehoach.legacy.tables;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.encoding.Detection;
import io.kehoach.legacy.encoding.LegacyEncodings;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.tables.internal.ReaderSettings;
import io.kehoach.legacy.tables.internal.Reports;
import io.kehoach.legacy.tables.internal.TableReader;
import io.kehoach.plan.Plan;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an annex task table saved as CSV (columns such as {@code STT | Nội dung công việc | Cơ quan
 * chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm | Kinh phí}) into bodies, assignments
 * and tasks, with a report of every row.
 *
 * <pre>{@code
 * AnnexTableImport table = AnnexTableReader.create().read(Path.of("phu-luc.csv"));
 * Plan merged = table.applyTo(plan);
 * table.getDiagnostics().forEach(System.out::println);
 *
 * // or, read straight into the plan the table belongs to:
 * Plan same = AnnexTableReader.builder().into(plan).build().read(Path.of("phu-luc.csv")).planOrThrow();
 * }</pre>
 *
 * <p><b>Input.</b> UTF-8 with or without a byte-order mark (also UTF-16 with its byte-order mark,
 * as Excel's "Unicode text" saves); comma, semicolon (Excel in a Vietnamese locale) or TAB,
 * detected from the header row; quoted cells with separators, doubled quotes and line breaks;
 * CRLF, LF or CR. Title rows ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ ...") and blank rows above the header
 * are skipped (and kept in {@link AnnexTableImport#getTitleLines()}); the header must be within the
 * first {@linkplain Builder#headerSearchRows(int) 20 rows}. Text is normalised to NFC.
 *
 * <p><b>Headers</b> are matched loosely, in any order, in Vietnamese or English ("TT", "Đơn vị chủ
 * trì", "Cơ quan thực hiện", "Thời hạn", "Sản phẩm dự kiến", "Kinh phí (triệu đồng)", "No.",
 * "Lead agency", "Deadline", "Cost" ...). "Nội dung"/"Task" and "Chủ trì"/"Lead" are required.
 * Unknown columns are kept, cell by cell, in {@link AnnexRow#getExtraCells()}.
 *
 * <p><b>Rows.</b> Each row is a task of the lead body's assignment; consecutive rows with the same
 * lead make one assignment. A row whose lead cell is empty continues the lead above (a merged cell
 * saved as CSV), and so does an empty description. "Cơ quan chủ trì" names one body (a cell naming
 * several, such as "Các sở, ban, ngành; UBND các huyện", is one group body, as in the text
 * importer); "Cơ quan phối hợp" names one or several, separated by lines, semicolons, bullets, or
 * commas before a word that starts a body's name ({@code Sở}, {@code UBND}, {@code Báo} ...).
 * Times are read by {@link io.kehoach.plan.Timing#parse} (dates, {@code Tháng 6/2024},
 * {@code Quý II/2024}, {@code Năm 2024}, ranges, {@code Thường xuyên}), costs by
 * {@link io.kehoach.plan.Money#parse} (with the header's unit, such as "triệu đồng", for bare
 * numbers), outputs one per line. A row with a Roman numeral or capital letter in STT and only a
 * text is a heading; a "Tổng cộng" row is the total; both are kept in the rows, not made tasks.
 * A table with nothing but blank rows below its header reads as an empty import with the warning
 * {@code table.empty} at the header row (strict or not); empty input, or input without a header
 * row, is an error.
 *
 * <p><b>Formula neutralisation.</b> A cell that begins with an apostrophe loses exactly that one
 * apostrophe and is taken verbatim (not trimmed): this reverses what {@link AnnexTableWriter} does
 * to cells that begin with {@code = + - @}, TAB, CR or an apostrophe (OWASP "CSV Injection"). A
 * text that really begins with an apostrophe must therefore be written with two.
 *
 * <p><b>Errors</b> are {@link MalformedInputException}s whose {@link Location} has the row and,
 * where one, the column: the row is the CSV record number from 1 counting every record of
 * the file (title rows, the header and blank rows included), which is the row number a spreadsheet
 * shows; it is not the text line (a quoted cell may span lines). Messages name the row, column and
 * header. Unreadable times and costs are warnings (the text is kept) unless {@linkplain
 * Builder#strict(boolean) strict}. Malformed UTF-8 (when no pre-Unicode encoding is detected
 * with confidence) is an error naming the byte offset; its location is the text line and the
 * column of the byte in it, since the bytes were not read as rows.
 *
 * <p><b>Limits</b> are those of {@link InputLimits} that a table has: bytes (16 MiB), rows
 * (100,000), columns (256) and cell length (100,000 characters) by default; each broken limit is an
 * {@link io.kehoach.legacy.InputLimitException} naming it and the row and column where it was hit,
 * raised before the memory is taken. The reader follows the import contract of
 * {@code io.kehoach.legacy} ({@link PlanReader}).
 *
 * <p>Immutable, thread-safe and reusable.
 *
 * @since 0.1
 */
public final class AnnexTableReader implements PlanReader<AnnexTableImport> {
  /** The default number of rows searched for the header: 20. */
  public static final int DEFAULT_HEADER_SEARCH_ROWS = 20;
  /** The default id prefix: {@code phu-luc-1}, as the text importer names its first annex. */
  public static final String DEFAULT_ID_PREFIX = "phu-luc-1";

  private static final AnnexTableReader DEFAULT = new Builder().build();

  private final ReaderSettings settings;

  private AnnexTableReader(ReaderSettings settings) {
    this.settings = settings;
  }

  /** A reader with the default limits, lenient, reading tables on their own. */
  public static AnnexTableReader create() {
    return DEFAULT;
  }

  /** A builder of a reader with other limits or choices. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public InputLimits getLimits() {
    return settings.limits();
  }

  /** Reads a table from text (a byte-order mark U+FEFF at its start is ignored). */
  public AnnexTableImport read(String text) {
    return read(text, null);
  }

  /**
   * Reads a table from text.
   *
   * @param text the table, not null; its length in characters is held to the byte limit
   * @param source the name of the input for locations (a file name), or null
   * @throws MalformedInputException if it is not a table, breaks a limit, or (strict) holds a value
   *     that cannot be read
   */
  @Override
  public AnnexTableImport read(String text, @Nullable String source) {
    Objects.requireNonNull(text, "text");
    Optional<Detection> legacy = LegacyEncodings.convertIfLegacy(text);
    if (legacy.isPresent()) {
      return converted(legacy.get(), source);
    }
    return finish(TableReader.read(text, settings, source));
  }

  /** Reads a table from bytes. */
  public AnnexTableImport read(byte[] bytes) {
    return read(bytes, null);
  }

  /**
   * Reads a table from bytes: UTF-8 (with or without a byte-order mark), UTF-16 with its
   * byte-order mark, or a pre-Unicode encoding (TCVN3, VNI, VISCII) that the detector is confident
   * of, converted with a warning {@code encoding.converted}. Legacy text already read into UTF-8
   * with the wrong charset ("KÕ ho¹ch") is converted the same way.
   *
   * @param bytes the table, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws MalformedInputException if the bytes are not such text, or as {@link #read(String, String)}
   */
  @Override
  public AnnexTableImport read(byte[] bytes, @Nullable String source) {
    BoundedInput.checkBytes(bytes, settings.limits(), source);
    String text;
    try {
      text = decode(bytes, source);
    } catch (MalformedInputException e) {
      // Not UTF-8: a spreadsheet saved as CSV from a workbook typed in .VnTime (TCVN3), VNI or VISCII
      // fonts holds their bytes. Converted only when the detector is confident; otherwise the error.
      Detection d = LegacyEncodings.detect(bytes);
      if (d.getLegacyEncoding().isPresent() && d.isConfident()) {
        return converted(d, source);
      }
      throw e;
    }
    return read(text, source);
  }

  private AnnexTableImport converted(Detection d, @Nullable String source) {
    AnnexTableImport table = TableReader.read(d.getText(), settings, source);
    Location at = Location.atRow(1);
    Diagnostic warning = Diagnostic.warning("encoding.converted", d.conversionNote("Bảng", "The table"),
        source == null ? at : at.inSource(source));
    return finish(AnnexTableImport.builder().from(table).diagnostics(List.of()).addDiagnostic(warning)
        .addAllDiagnostics(table.getDiagnostics()).convertedFrom(d.getLegacyEncoding()).build());
  }

  /** The table with its report and the plan it was read into, if any. */
  private AnnexTableImport finish(AnnexTableImport table) {
    return Reports.finish(table, settings.into(), null);
  }

  /**
   * The text of {@code bytes}: UTF-8, strictly, after a UTF-8 byte-order mark if any; UTF-16 when
   * it begins with a UTF-16 byte-order mark. Bytes that are neither are tried as the pre-Unicode
   * encodings by the caller.
   *
   * @throws MalformedInputException naming the byte offset of the first malformed sequence
   */
  private static String decode(byte[] bytes, @Nullable String source) {
    int skip = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      skip = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      skip = 2;
      charset = StandardCharsets.UTF_16BE;
    }
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      int offset = firstBad(bytes, skip, charset);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      Location at = Location.at(line, offset - lineStart + 1);
      throw new MalformedInputException(LocalizedText.of(
          "Không phải văn bản " + charset.name() + " hợp lệ: chuỗi byte sai ở vị trí " + offset
              + " (dòng " + line + "); tệp dùng bảng mã khác hoặc không phải tệp văn bản?",
          "Not valid " + charset.name() + " text: a malformed byte sequence at byte offset " + offset
              + " (line " + line + "); another encoding, or not a text file?"),
          source == null ? at : at.inSource(source), e);
    }
  }

  /** The offset of the first byte the decoder rejects. */
  private static int firstBad(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
    while (true) {
      java.nio.charset.CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        return r.isError() ? in.position() : bytes.length;
      }
      out.clear();
    }
  }

  /**
   * Builds an {@link AnnexTableReader} with other limits or choices; every setting has the default
   * named in {@link AnnexTableReader}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private InputLimits limits = InputLimits.defaults();
    private int headerSearchRows = DEFAULT_HEADER_SEARCH_ROWS;
    private boolean strict;
    private String idPrefix = DEFAULT_ID_PREFIX;
    private @Nullable Plan into;

    private Builder() {}

    /**
     * The limits: of {@link InputLimits}, a table reader applies bytes (characters for text input),
     * rows (CSV records, title rows and header included), columns and cell length.
     *
     * @param limits the limits, not null
     */
    public Builder limits(InputLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** How many rows from the top may hold the header row; at least 1. */
    public Builder headerSearchRows(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("The header is searched in at least 1 row; got " + rows);
      }
      this.headerSearchRows = rows;
      return this;
    }

    /**
     * Whether a time or cost that cannot be read, a row without a description or a task without a
     * lead body is an error (true) rather than a warning with the text kept (false, the default).
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The prefix of the ids made for tasks, assignments and the annex, such as {@code phu-luc-2};
     * ASCII letters, digits and {@code - . _ :}, 1 to 60 characters.
     *
     * @throws IllegalArgumentException if the prefix is not such an identifier
     */
    public Builder idPrefix(String idPrefix) {
      if (!Objects.requireNonNull(idPrefix, "idPrefix").matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,59}")) {
        throw new IllegalArgumentException("An id prefix is 1 to 60 ASCII letters, digits and - . _ :; got \""
            + idPrefix + "\"");
      }
      this.idPrefix = idPrefix;
      return this;
    }

    /**
     * The plan the tables belong to: each import then holds {@code plan} with the table merged in
     * ({@link AnnexTableImport#applyTo(Plan)}) as its {@linkplain AnnexTableImport#getPlan() plan}.
     *
     * @param plan the plan, or null to read tables on their own (the default)
     */
    public Builder into(@Nullable Plan plan) {
      this.into = plan;
      return this;
    }

    /** The reader. */
    public AnnexTableReader build() {
      return new AnnexTableReader(new ReaderSettings(limits, headerSearchRows, strict, idPrefix, into));
    }
  }
}
