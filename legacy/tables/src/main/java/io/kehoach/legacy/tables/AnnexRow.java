package io.kehoach.legacy.tables;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a table below its header, as read, so that nothing in the table is lost: its number
 * in the file, its kind, the STT as written, its text, the task it became, the cells of columns the
 * reader does not know, and the cells whose values could not be read into the model.
 *
 * <p>Rows are numbered from 1 as a spreadsheet numbers them: every CSV record counts (title rows,
 * the header row and blank rows included), and a record whose quoted cells hold line breaks is one
 * row. Blank rows are not listed. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AnnexRow {
  AnnexRow() {}

  /** The row (CSV record) number, from 1, counting every record of the file. */
  public abstract int getRow();

  /** What the row is. */
  public abstract AnnexRowKind getKind();

  /** The STT as written ({@code "1.2"}, {@code "II"}), empty when the cell is empty or absent. */
  @Value.Default
  public String getNumber() {
    return "";
  }

  /**
   * The text: a task's description, a heading's text, a total's label; for a note, its non-empty
   * cells joined with " | ".
   */
  @Value.Default
  public String getText() {
    return "";
  }

  /** The id of the task the row became, for a {@link AnnexRowKind#TASK} row. */
  public abstract Optional<String> getTaskId();

  /** Non-empty cells of {@link AnnexField#OTHER} columns, by column position (from 1). */
  public abstract Map<Integer, String> getExtraCells();

  /**
   * Non-empty cells of known columns whose value could not be read (a timing such as "Theo chỉ đạo",
   * a cost such as "Lồng ghép trong kinh phí thường xuyên"), by column position, as written.
   */
  public abstract Map<Integer, String> getUnreadCells();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnexRow}. */
  public static final class Builder extends ImmutableAnnexRow.Builder {}
}
