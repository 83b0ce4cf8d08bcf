/**
 * Annex task tables in Excel workbooks. {@link io.kehoach.legacy.xlsx.AnnexWorkbookReader} reads
 * {@code .xlsx} (POI's streaming reader, the sheets' XML with SAX) and {@code .xls} (HSSF) files into
 * the {@link io.kehoach.legacy.tables.AnnexTableImport} the CSV reader gives: the table logic of
 * {@code io.kehoach.legacy.tables} is shared, over the rows of each sheet laid out as a CSV copy
 * would hold them (merged cells given to the rows they cover, two-row headers joined, group headings
 * merged across read as one cell), with locations naming the sheet. {@link
 * io.kehoach.legacy.xlsx.AnnexWorkbookWriter} writes a plan's tasks as an {@code .xlsx} table that
 * reads back to the same tasks, without formula injection.
 *
 * @since 0.3
 */
package io.kehoach.legacy.xlsx;
