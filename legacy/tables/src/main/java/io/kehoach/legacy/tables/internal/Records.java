package io.kehoach.legacy.tables.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of an annex table as the table reader takes them, one record at a time: a CSV file's
 * records ({@link CsvParser}) or a worksheet's rows (the workbook reader).
 */
public interface Records {
  /** The next record, or null at the end. */
  CsvParser.@Nullable Record next();

  /** What was read leniently so far, as notices for warnings. */
  default List<CsvParser.Notice> notices() {
    return List.of();
  }
}
