package io.kehoach.legacy.document;

import io.kehoach.Location;
import java.util.List;
import org.immutables.value.Value;

/**
 * A table of a {@link Document}: the head table of a plan (issuer and number on the left, the
 * national motto and the place and date on the right), its closing table (recipients and
 * signature), an annex task table. In plain text a table is rows whose cells are joined by
 * {@code |} or by tabs.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract class Table implements Block {
  Table() {}

  /** The rows, from the top. */
  public abstract List<TableRow> getRows();

  @Override
  public abstract Location getFrom();

  @Override
  public abstract Location getTo();

  /** The widest row's number of cells. */
  public int columnCount() {
    int n = 0;
    for (TableRow r : getRows()) {
      n = Math.max(n, r.getCells().size());
    }
    return n;
  }

  /** This table with {@code rows} in place of its own, its location kept. */
  public Table withRows(List<TableRow> rows) {
    return ((ImmutableTable) ImmutableTable.copyOf(this)).withRows(rows);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Table}. */
  public static final class Builder extends ImmutableTable.Builder {}
}
