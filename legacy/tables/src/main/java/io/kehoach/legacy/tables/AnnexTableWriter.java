package io.kehoach.legacy.tables;

import io.kehoach.InvalidDataException;
import io.kehoach.legacy.tables.internal.TableWriter;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a plan's tasks as an annex task table in CSV that a spreadsheet opens correctly: one row
 * per task in plan order ({@code STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian thực hiện | Sản phẩm | Kinh phí}), and reports what such a table cannot carry.
 *
 * <pre>{@code
 * AnnexTableWriter writer = AnnexTableWriter.builder().separator(';').build();
 * List<TableLoss> losses = writer.write(plan, out);
 * }</pre>
 *
 * <p><b>Form.</b> Bytes are UTF-8 with a byte-order mark (so that Excel reads UTF-8), records end
 * with CRLF and every cell is in double quotes (RFC 4180). The separator is {@code ,} unless
 * {@code ;} (Excel in a Vietnamese locale) or TAB is chosen; headers are Vietnamese unless English
 * is chosen. STT numbers the rows 1, 2, 3 ... The lead cell names the task's lead (the
 * assignment's body); coordinating bodies are one per line; times are written as
 * {@link io.kehoach.plan.Timing#toString()} and costs as {@link io.kehoach.plan.Money#toString()},
 * which their {@code parse} methods read back; outputs are one per line. A body addressed through
 * its head is written with the title ("Thủ trưởng các sở, ban, ngành").
 *
 * <p><b>Formula injection.</b> A cell that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * TAB or CR (the triggers in OWASP's "CSV Injection" guidance) is written with an apostrophe in
 * front, so that spreadsheets show it as text; so is a cell that already begins with an apostrophe
 * and one whose spaces or line breaks a plain cell would lose. {@link AnnexTableReader} removes
 * exactly that one apostrophe and takes the rest verbatim, so the original text comes back.
 *
 * <p><b>Losses.</b> Nothing is dropped silently: {@link #describeLosses(Plan)} (also returned by
 * {@link #write(Plan, OutputStream)}) lists, with JSON Pointers, what reading the table back into an
 * empty plan would not give back: ids (tasks become {@code phu-luc-1-N}), monitor roles, task links
 * to content items and channels, assignment roles and texts, bodies named by no task, body data the
 * name does not carry (abbreviation, agency id, members, and a kind or group flag other than the one
 * guessed from the name), and every part of the plan that is not a task.
 *
 * <p>Immutable, thread-safe and reusable.
 *
 * @since 0.1
 */
public final class AnnexTableWriter {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final AnnexTableWriter DEFAULT = new Builder().build();

  private final char separator;
  private final boolean english;

  private AnnexTableWriter(char separator, boolean english) {
    this.separator = separator;
    this.english = english;
  }

  /** A writer with {@code ,} and Vietnamese headers. */
  public static AnnexTableWriter create() {
    return DEFAULT;
  }

  /** A builder of a writer with another separator or English headers. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The table as text, without a byte-order mark.
   *
   * @param plan the plan, not null
   * @throws InvalidDataException if a text holds a control character (other than TAB, LF, CR) that
   *     a table cannot hold; its location is the JSON Pointer of the text
   */
  public String writeString(Plan plan) {
    return TableWriter.write(Objects.requireNonNull(plan, "plan"), separator, english);
  }

  /**
   * The table as UTF-8 bytes with a byte-order mark.
   *
   * @param plan the plan, not null
   * @throws InvalidDataException as {@link #writeString(Plan)}
   */
  public byte[] writeBytes(Plan plan) {
    byte[] text = writeString(plan).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(text, 0, out, BOM.length, text.length);
    return out;
  }

  /**
   * Writes the table to {@code out} as UTF-8 bytes with a byte-order mark; {@code out} is not
   * closed.
   *
   * @param plan the plan, not null
   * @param out the stream, not null
   * @return what the table cannot carry, as {@link #describeLosses(Plan)}
   * @throws IOException if the stream cannot be written
   * @throws InvalidDataException as {@link #writeString(Plan)}; nothing is written then
   */
  public List<TableLoss> write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(plan, "plan");
    // The records are streamed: no copy of the whole table is made as text or as bytes. The cells are
    // all checked before the byte-order mark is written.
    List<List<String>> rows = TableWriter.rows(plan, english);
    java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write('\uFEFF');
    TableWriter.write(rows, separator, w);
    w.flush();
    return describeLosses(plan);
  }

  /**
   * What a table of {@code plan} cannot carry: every difference between {@code plan} and what
   * {@link AnnexTableReader#create()} would read from the table and
   * {@link AnnexTableImport#applyTo(Plan)} would put into a plan without bodies or assignments,
   * plus the parts of the plan that are not tasks (code {@code plan.other-parts}, always listed).
   *
   * @param plan the plan, not null
   */
  public List<TableLoss> describeLosses(Plan plan) {
    return List.copyOf(TableWriter.losses(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * Builds an {@link AnnexTableWriter}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private char separator = ',';
    private boolean english;

    private Builder() {}

    /**
     * The separator: {@code ','} (the default), {@code ';'} or TAB.
     *
     * @throws IllegalArgumentException for any other character
     */
    public Builder separator(char separator) {
      if (separator != ',' && separator != ';' && separator != '\t') {
        throw new IllegalArgumentException("the separator is ',', ';' or TAB: " + separator);
      }
      this.separator = separator;
      return this;
    }

    /** Whether the headers are English ("No.", "Task", "Lead agency" ...) rather than Vietnamese. */
    public Builder englishHeaders(boolean english) {
      this.english = english;
      return this;
    }

    /** The writer. */
    public AnnexTableWriter build() {
      return new AnnexTableWriter(separator, english);
    }
  }
}
