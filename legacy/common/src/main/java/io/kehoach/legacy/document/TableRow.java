package io.kehoach.legacy.document;

import java.util.List;
import org.immutables.value.Value;

/**
 * A row of a {@link Table}: its cells from left to right ({@code "Số: 118/KH-SNV"} and
 * {@code "Đà Nẵng, ngày 09 tháng 3 năm 2023"} in a head table).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract class TableRow {
  TableRow() {}

  /** The cells, from left to right. */
  @Value.Parameter
  public abstract List<TableCell> getCells();

  /** A row of these cells. */
  public static TableRow of(List<TableCell> cells) {
    return ImmutableTableRow.of(cells);
  }
}
