package io.kehoach.legacy.csv;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import org.immutables.value.Value;

/**
 * Something the reader noticed and settled leniently, with where: a cell it could not read
 * (kept in {@link AnnexRow#getUnreadCells()}), a lead body carried down from the row above, an
 * unknown column. Codes: {@code timing.unreadable}, {@code cost.unreadable}, {@code total.unreadable},
 * {@code total.mismatch}, {@code lead.carried}, {@code lead.missing}, {@code content.carried},
 * {@code row.note}, {@code row.heading}, {@code row.long}, {@code column.unknown},
 * {@code column.duplicate}, {@code body.spelling}, {@code csv.stray-quote}, {@code encoding.converted},
 * {@code table.empty} (nothing but blank rows below the header; its location is the header row, no
 * column; a warning in strict mode too).
 *
 * <p>The location's line is the row (CSV record) number, from 1, as a spreadsheet numbers rows;
 * the column counts from 1. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AnnexTableWarning {
  AnnexTableWarning() {}

  /** The code, such as {@code "timing.unreadable"}. */
  @Value.Parameter
  public abstract String getCode();

  /** What was noticed, in Vietnamese and English. */
  @Value.Parameter
  public abstract LocalizedText getMessage();

  /** Where: the row as line and, when one, the column. */
  @Value.Parameter
  public abstract Location getLocation();

  /** A warning. */
  public static AnnexTableWarning of(String code, LocalizedText message, Location location) {
    return ImmutableAnnexTableWarning.of(code, message, location);
  }

  @Override
  public String toString() {
    return getCode() + " (" + getLocation() + "): " + getMessage().en();
  }
}
