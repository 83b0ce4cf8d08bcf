/**
 * The official plain text of a plan: {@link io.kehoach.legacy.text.PlanTextImporter} turns text
 * laid out after Decree 30/2020/NĐ-CP (as copied from Word files, PDFs and web pages), or a
 * {@linkplain io.kehoach.legacy.document.Document document} another reader made, into a plan with a
 * report of what was recognised where; {@code PlanTextRenderer} lays a plan out as an official
 * document.
 *
 * <h2>How a text is read</h2>
 * A reader turns the input into the document model ({@code io.kehoach.legacy.document}): plain
 * text gives a paragraph per line and a table for each run of rows whose cells are joined by
 * {@code |} or tabs. The recogniser then runs named stages, in this order, over one shared piece of
 * work: the document read as lines (each paragraph a line; a table's cells row by row, each
 * paragraph of a cell a line), the lines each stage has claimed, the segments found, and the
 * draft plan and report being built. No stage keeps state of its own or reads what a later stage
 * writes.
 * <ol>
 *   <li><b>Unflatten</b>: before the first title, splits lines where a flattened head table left
 *       several cells ({@code "Sở Nội vụ Số: 118/KH-SNV"}). Writes lines.
 *   <li><b>Clean</b>: claims site chrome (menus, buttons, time stamps, page numbers, lists of
 *       related documents or news) and the portal's metadata block, which it keeps. Writes chrome
 *       and metadata.
 *   <li><b>Segment</b>: finds the title lines ({@code KẾ HOẠCH}, {@code QUYẾT ĐỊNH}, or the subject
 *       of a plan without one) and the number line: the head is what stands before the first title.
 *   <li><b>Triage</b>: official text, press item, or not a plan. A press item goes to <b>Press
 *       summary</b> (the plan it cites, its date, issuer and subject, as a draft) and the import ends.
 *   <li><b>Head</b>: the issuer's lines, number and symbol, place and date of the head only; the
 *       issuer (with its superior body, or the chairman) and the territory.
 *   <li><b>Decision</b>: when a decision carries the plan, the head's number and date are the
 *       decision's (the issuing decision), its legal bases, articles, recipients and signature are
 *       set apart; for a plan in Điều 1, the body is that article.
 *   <li><b>Subject</b>: the lines after the title, the {@code (Ban hành kèm theo Quyết định …)}
 *       note, the period; where the body starts.
 *   <li><b>Legal bases</b>: {@code Căn cứ …} and {@code Thực hiện …} paragraphs up to the first section.
 *   <li><b>Body</b>: sections by their headings, items by their markers, wrapped lines joined; each
 *       section's items go to its recogniser (objectives, requirements, content, channels;
 *       implementation with its tasks and bodies; reporting rules; budget clauses); where the
 *       closing begins.
 *   <li><b>Closing</b>: the closing sentence, recipients and archive entry, signing markers,
 *       position and name, however the closing table was flattened; a text that stops early.
 *   <li><b>Annexes</b>: the annex title and its task table, a task per row.
 *   <li><b>Assemble</b>: the plan and the report. Every line no stage claimed is kept as
 *       unclassified text of the head or the closing; chrome is reported as {@code text.chrome}.
 * </ol>
 *
 * @since 0.1
 */
@NullMarked
@ValueStyle
package io.kehoach.legacy.text;

import io.kehoach.plan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
