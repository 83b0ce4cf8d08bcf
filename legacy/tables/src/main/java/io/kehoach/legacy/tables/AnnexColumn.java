package io.kehoach.legacy.tables;

import org.immutables.value.Value;

/**
 * One column of a table as read: its position (from 1), its header as written ({@code "Đơn vị
 * chủ trì"}) and what the reader took it for ({@link AnnexField#LEAD}). A column the reader does
 * not know is {@link AnnexField#OTHER}; its cells are kept in {@link AnnexRow#getExtraCells()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AnnexColumn {
  AnnexColumn() {}

  /** The position, from 1. */
  @Value.Parameter
  public abstract int getIndex();

  /** The header as written (NFC, trimmed); empty for a column without a header. */
  @Value.Parameter
  public abstract String getHeader();

  /** What the column holds. */
  @Value.Parameter
  public abstract AnnexField getField();

  /** A column. */
  public static AnnexColumn of(int index, String header, AnnexField field) {
    return ImmutableAnnexColumn.of(index, header, field);
  }

  @Override
  public String toString() {
    return getIndex() + ":" + getField().getCode() + "='" + getHeader() + "'";
  }
}
