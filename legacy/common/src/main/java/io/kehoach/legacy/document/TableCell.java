package io.kehoach.legacy.document;

import java.util.List;
import org.immutables.value.Value;

/**
 * A cell of a {@link TableRow}: its paragraphs (a cell of a head table holds
 * {@code "ỦY BAN NHÂN DÂN"} and {@code "TỈNH QUẢNG NGÃI"}), and how many columns and rows it spans
 * where the source merged cells.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract class TableCell {
  TableCell() {}

  /** The paragraphs, in order; empty for an empty cell. */
  public abstract List<Paragraph> getParagraphs();

  /** How many columns the cell spans (1 unless merged). */
  @Value.Default
  public int getColumnSpan() {
    return 1;
  }

  /** How many rows the cell spans (1 unless merged); a cell covered by a merge above is not listed. */
  @Value.Default
  public int getRowSpan() {
    return 1;
  }

  /** The text of the paragraphs, joined by one space. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Paragraph p : getParagraphs()) {
      if (!p.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(p.markedText());
      }
    }
    return b.toString();
  }

  @Value.Check
  void check() {
    if (getColumnSpan() < 1 || getRowSpan() < 1) {
      throw new IllegalArgumentException("a cell spans at least one row and one column");
    }
  }

  /** A cell of one paragraph. */
  public static TableCell of(Paragraph paragraph) {
    return builder().addParagraph(paragraph).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TableCell}. */
  public static final class Builder extends ImmutableTableCell.Builder {}
}
