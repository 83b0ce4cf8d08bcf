/**
 * Annex task tables as CSV ({@code STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian thực hiện | Sản phẩm | Kinh phí}): {@link io.kehoach.legacy.tables.AnnexTableReader} reads
 * such a table (UTF-8 with or without a byte-order mark; comma, semicolon or TAB; Vietnamese or
 * English headers in any order) into bodies, assignments and tasks with a report of every row, and
 * {@link io.kehoach.legacy.tables.AnnexTableImport#applyTo} merges it into a plan;
 * {@link io.kehoach.legacy.tables.AnnexTableWriter} writes a plan's tasks as a table a spreadsheet opens
 * correctly, neutralised against formula injection, and reports what the table cannot carry.
 */
@NullMarked
@ValueStyle
package io.kehoach.legacy.tables;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
