/**
 * Annex task tables in Excel workbooks ({@code .xlsx}, {@code .xls}): read with Apache POI into the
 * rows and tasks of {@code io.kehoach.legacy.tables}, through its table logic (exported to this module
 * by name), as the CSV reader reads them, and written back as {@code .xlsx}.
 */
module io.kehoach.legacy.xlsx {
  requires transitive io.kehoach.legacy.tables;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;
  requires java.xml;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.kehoach.legacy.xlsx;
}
