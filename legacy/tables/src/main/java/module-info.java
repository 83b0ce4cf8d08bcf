/**
 * Annex task tables (STT, nội dung, cơ quan chủ trì, cơ quan phối hợp, thời gian, sản phẩm, kinh
 * phí): read from CSV into bodies, assignments and tasks under the import contract of
 * {@code io.kehoach.legacy.common}, and written back as CSV with a list of what a table cannot carry.
 */
module io.kehoach.legacy.tables {
  requires transitive io.kehoach.legacy.common;
  requires transitive io.kehoach.legacy.encoding;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.tables;
  // The workbook reader shares the table logic (records, header search, rows) and the writer's cells.
  exports io.kehoach.legacy.tables.internal to io.kehoach.legacy.xlsx;
}
