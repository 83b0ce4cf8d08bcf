package io.kehoach.legacy.csv;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.csv.internal.ReaderSettings;
import io.kehoach.legacy.csv.internal.TableReader;
import io.kehoach.legacy.encoding.Detection;
import io.kehoach.legacy.encoding.LegacyEncodings;
import io.kehoach.legacy.encoding.internal.Notes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * table.getWarnings().forEach(System.out::println);
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
 * <p><b>Errors</b> are {@link MalformedInputException}s whose {@link Location} has the row as its
 * line and, where one, the column: the row is the CSV record number from 1 counting every record of
 * the file (title rows, the header and blank rows included), which is the row number a spreadsheet
 * shows; it is not the text line (a quoted cell may span lines). Messages name the row, column and
 * header. Unreadable times and costs are warnings (the text is kept) unless {@linkplain
 * Builder#strict(boolean) strict}. Malformed UTF-8 (when no pre-Unicode encoding is detected
 * with confidence) is an error naming the byte offset; its location is the text line and the
 * column of the byte in it, since the bytes were not read as rows.
 *
 * <p><b>Limits</b> (defaults): {@value #DEFAULT_MAX_BYTES} bytes (16 MiB) of input,
 * {@value #DEFAULT_MAX_ROWS} rows, {@value #DEFAULT_MAX_COLUMNS} columns, {@value
 * #DEFAULT_MAX_CELL_CHARS} characters in a cell; each broken limit is a {@link
 * MalformedInputException}, raised before the memory is taken.
 *
 * <p>Immutable, thread-safe and reusable.
 *
 * @since 0.1
 */
public final class AnnexTableReader {
  /** The default longest input: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  /** The default most rows: 100,000. */
  public static final int DEFAULT_MAX_ROWS = 100_000;
  /** The default most columns: 256. */
  public static final int DEFAULT_MAX_COLUMNS = 256;
  /** The default longest cell: 100,000 characters. */
  public static final int DEFAULT_MAX_CELL_CHARS = 100_000;
  /** The default number of rows searched for the header: 20. */
  public static final int DEFAULT_HEADER_SEARCH_ROWS = 20;
  /** The default id prefix: {@code phu-luc-1}, as the text importer names its first annex. */
  public static final String DEFAULT_ID_PREFIX = "phu-luc-1";

  private static final AnnexTableReader DEFAULT = new Builder().build();

  private final ReaderSettings settings;

  private AnnexTableReader(ReaderSettings settings) {
    this.settings = settings;
  }

  /** A reader with the default limits, lenient. */
  public static AnnexTableReader create() {
    return DEFAULT;
  }

  /** A builder of a reader with other limits or choices. */
  public static Builder builder() {
    return new Builder();
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
  public AnnexTableImport read(String text, @Nullable String source) {
    Objects.requireNonNull(text, "text");
    Optional<Detection> legacy = LegacyEncodings.convertIfLegacy(text);
    if (legacy.isPresent()) {
      return converted(legacy.get(), source);
    }
    return TableReader.read(text, settings, source);
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
  public AnnexTableImport read(byte[] bytes, @Nullable String source) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > settings.maxBytes()) {
      throw tooLarge(source);
    }
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
    Location at = Location.atLine(1);
    AnnexTableWarning warning = AnnexTableWarning.of("encoding.converted", Notes.converted(d, "Bảng", "The table"),
        source == null ? at : at.inSource(source));
    return AnnexTableImport.builder().from(table).warnings(List.of()).addWarnings(warning)
        .addAllWarnings(table.getWarnings()).convertedFrom(d.getLegacyEncoding()).build();
  }

  /** Reads a table from a stream, which is read to its end but not closed. */
  public AnnexTableImport read(InputStream in) throws IOException {
    return read(in, null);
  }

  /**
   * Reads a table from a stream, which is read to its end (at most the byte limit and one byte
   * more) but not closed.
   *
   * @param in the stream, not null
   * @param source the name of the input for locations, or null
   * @throws IOException if the stream cannot be read
   * @throws MalformedInputException as {@link #read(byte[], String)}
   */
  public AnnexTableImport read(InputStream in, @Nullable String source) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
    if (bytes.length > settings.maxBytes()) {
      throw tooLarge(source);
    }
    return read(bytes, source);
  }

  /**
   * Reads a table from a file; its file name is the source in locations.
   *
   * @param file the file, not null
   * @throws IOException if the file cannot be read
   * @throws MalformedInputException as {@link #read(byte[], String)}
   */
  public AnnexTableImport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name == null ? file.toString() : name.toString());
    }
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

  private MalformedInputException tooLarge(@Nullable String source) {
    return new MalformedInputException(LocalizedText.of(
        "Tệp lớn quá " + settings.maxBytes() + " byte", "The input is larger than " + settings.maxBytes() + " bytes"),
        source == null ? null : Location.builder().source(source).build());
  }

  /**
   * Builds an {@link AnnexTableReader} with other limits or choices; every setting has the default
   * named in {@link AnnexTableReader}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxColumns = DEFAULT_MAX_COLUMNS;
    private int maxCellChars = DEFAULT_MAX_CELL_CHARS;
    private int headerSearchRows = DEFAULT_HEADER_SEARCH_ROWS;
    private boolean strict;
    private String idPrefix = DEFAULT_ID_PREFIX;

    private Builder() {}

    /** The longest input in bytes (in characters for text input); at least 1. */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = positive(maxBytes, "maxBytes");
      return this;
    }

    /** The most rows (CSV records), title rows and header included; at least 1. */
    public Builder maxRows(int maxRows) {
      this.maxRows = (int) positive(maxRows, "maxRows");
      return this;
    }

    /** The most columns in a row; at least 1. */
    public Builder maxColumns(int maxColumns) {
      this.maxColumns = (int) positive(maxColumns, "maxColumns");
      return this;
    }

    /** The longest cell in characters; at least 1. */
    public Builder maxCellChars(int maxCellChars) {
      this.maxCellChars = (int) positive(maxCellChars, "maxCellChars");
      return this;
    }

    /** How many rows from the top may hold the header row; at least 1. */
    public Builder headerSearchRows(int rows) {
      this.headerSearchRows = (int) positive(rows, "headerSearchRows");
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
        throw new IllegalArgumentException("an id prefix is 1 to 60 ASCII letters, digits and - . _ : " + idPrefix);
      }
      this.idPrefix = idPrefix;
      return this;
    }

    /** The reader. */
    public AnnexTableReader build() {
      return new AnnexTableReader(new ReaderSettings(maxBytes, maxRows, maxColumns, maxCellChars, headerSearchRows, strict,
          idPrefix));
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }
  }
}
