package io.kehoach.legacy.text;

import io.kehoach.legacy.text.internal.Parser;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Imports the official plain text of a plan (laid out after Decree 30/2020/NĐ-CP, as copied from
 * Word files, PDFs and web pages) into a {@link io.kehoach.plan.Plan}, with a report of what was
 * recognised from which lines, which lines were kept as unclassified text, and warnings.
 *
 * <pre>{@code
 * TextImport result = PlanTextImporter.create().importText(text, "36-KH-UBND.txt");
 * result.getPlan().ifPresent(plan -> ...);
 * result.getWarnings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Tolerates what real text holds: a plan inside a decision or written into its Điều 1, headings
 * in any case with Roman, Arabic or no numbers, any item markers, header tables flattened by web
 * pages, a site's metadata block, hard line breaks, old and new tone placement, en dashes, stray
 * spaces in symbols, decomposed Unicode. A truncated text imports what is there, with a warning;
 * it never throws. An article about a plan gives a draft plan with a warning; text that is not a
 * plan gives no plan.
 *
 * <p>Ids are made the same way every time: {@code muc-dich-1}, {@code noi-dung-2},
 * {@code thuc-hien-3}, {@code nhiem-vu-3-1}, bodies by their names ({@code so-tu-phap}), so that
 * importing a rendered plan gives the same plan again. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlanTextImporter {
  private PlanTextImporter() {}

  /** An importer. */
  public static PlanTextImporter create() {
    return new PlanTextImporter();
  }

  /** Imports {@code text}. */
  public TextImport importText(String text) {
    return importText(text, null);
  }

  /**
   * Imports {@code text}.
   *
   * @param text the text, not null
   * @param source the name of the source (a file name) for the report, or null
   */
  public TextImport importText(String text, @Nullable String source) {
    Objects.requireNonNull(text, "text");
    return new Parser(text, source).run();
  }
}
