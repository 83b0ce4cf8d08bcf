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
}
