package io.kehoach.legacy.tables;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.PlanImport;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.tables.internal.Merge;
import io.kehoach.legacy.encoding.LegacyEncoding;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What {@link AnnexTableReader} read from one annex task table: the bodies it names, the
 * assignments and tasks it holds (one assignment per run of rows with the same lead body), every
 * row as read (headings, totals and cells of unknown columns included, so that nothing is lost),
 * the separator, the header row and how each column was understood, the title rows above the
 * header, and warnings with their rows and columns.
 *
 * <p>{@link #applyTo(Plan)} merges the table into a plan. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AnnexTableImport implements PlanImport {
  AnnexTableImport() {}

  /** The name of the input (a file name), when given. */
  @Override
  public abstract Optional<String> getSource();

  /**
   * The worksheet the table was read from, when it was read from a workbook; its locations name it.
   *
   * @since 0.3
   */
  public abstract Optional<String> getSheet();

  /**
   * The tables this import gathers, in order, when it gathers several (a workbook with an annex on
   * each of several sheets); empty for a single table. The gathered import holds all their bodies
   * (once each), assignments, rows, report and diagnostics, the header, columns and title rows of the
   * first, and the plan they were read into, merged in turn; {@link #applyTo(Plan)} merges each in turn.
   *
   * @since 0.3
   */
  public abstract List<AnnexTableImport> getParts();

  /** The separator found in the header row: {@code ','}, {@code ';'} or TAB (TAB for a worksheet's rows, as a copy of its cells gives). */
  public abstract char getSeparator();

  /** The row (CSV record, from 1) of the header. */
  public abstract int getHeaderRow();

  /** The columns of the header row, in order, with what each holds. */
  public abstract List<AnnexColumn> getColumns();

  /** The non-blank rows above the header ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ ..."), cells joined by spaces. */
  public abstract List<String> getTitleLines();

  /**
   * The bodies the table names, declared the way the text importer declares them
   * ({@code so-tu-phap} for "Sở Tư pháp"), in order of first mention. As there, names that fold to
   * the same id ("Sở Tư pháp", "SỞ TƯ PHÁP", "Sở Tu phap") are one body with the first spelling
   * (warning {@code body.spelling} when they differ in more than case and spacing).
   */
  public abstract List<ResponsibleBody> getBodies();

  /** The assignments: one per run of consecutive task rows with the same lead body, in table order. */
  public abstract List<Assignment> getAssignments();

  /** Every non-blank row below the header, in order. */
  public abstract List<AnnexRow> getRows();

  /**
   * The plan the table was read into ({@link AnnexTableReader.Builder#into(Plan)}), with the table
   * merged in as {@link #applyTo(Plan)} does; empty when the reader was given no plan.
   */
  @Override
  public abstract Optional<Plan> getPlan();

  /**
   * Which task came from which row: {@code /assignments/2/tasks/0} from row 5. The pointers are
   * into {@link #getPlan()} when the table was read into a plan, into {@link #getAssignments()}
   * otherwise.
   */
  @Override
  public abstract List<RecognizedPart> getRecognized();

  /**
   * Where the table held what a plan keeps as unclassified text: heading, note and total rows,
   * cells of unknown columns, cells that could not be read.
   */
  @Override
  public abstract List<Location> getUnclassified();

  /**
   * What the reader noticed and settled leniently, each a warning at its row and column. Codes:
   * {@code timing.unreadable}, {@code cost.unreadable}, {@code total.unreadable},
   * {@code total.mismatch}, {@code lead.carried}, {@code lead.missing}, {@code content.carried},
   * {@code row.note}, {@code row.heading}, {@code row.long}, {@code column.unknown},
   * {@code column.duplicate}, {@code body.spelling}, {@code csv.stray-quote},
   * {@code encoding.converted}, {@code table.empty} (nothing but blank rows below the header; its
   * location is the header row, no column; a warning in strict mode too).
   */
  @Override
  public abstract List<Diagnostic> getDiagnostics();

  /**
   * The pre-Unicode encoding the table was converted from (TCVN3, VNI or VISCII), when it was in
   * one; a warning {@code encoding.converted} says so too.
   */
  public abstract Optional<LegacyEncoding> getConvertedFrom();

  /** The amount of a total row ("Tổng cộng"), when the table has one that could be read. */
  public abstract Optional<Money> getTotal();

  /**
   * The prefix of the ids made for the tasks ({@code phu-luc-1-3}), the assignments
   * ({@code phu-luc-1-so-tu-phap}) and the annex ({@code phu-luc-1}).
   */
  public abstract String getIdPrefix();

  /** The column that holds {@code field}, when the table has one (never for {@link AnnexField#OTHER}). */
  public Optional<AnnexColumn> column(AnnexField field) {
    return field == AnnexField.OTHER ? Optional.empty()
        : getColumns().stream().filter(c -> c.getField() == field).findFirst();
  }

  /** Every task, in table order. */
  public Stream<Task> tasks() {
    return getAssignments().stream().flatMap(a -> a.getTasks().stream());
  }

  /**
   * The plan the table was read into.
   *
   * @throws InvalidDataException if the reader was given no plan: a table alone is not a plan
   */
  @Override
  public Plan planOrThrow() {
    return getPlan().orElseThrow(() -> new InvalidDataException(LocalizedText.of(
        "Bảng phụ lục không phải là một kế hoạch: hãy đọc bảng vào kế hoạch mà nó thuộc về",
        "An annex table is not a plan: read it into the plan it belongs to"),
        getSource().map(s -> Location.builder().source(s).build()).orElse(null)));
  }

  /**
   * {@code plan} with this table merged in, as a new plan; {@code plan} is not changed.
   *
   * <ul>
   *   <li>Bodies: a body of the table is the plan's body when their names or the plan body's
   *       abbreviation match loosely (case, spacing, "Ủy ban nhân dân"/"UBND" and tone placement
   *       do not matter; other marks do: "Sở Tư Pháp" is "Sở Tư pháp", "Sở Tu phap" is not);
   *       references are rewritten to the plan's id. Other bodies are added; an id already taken
   *       by a different body gets a suffix ({@code so-tu-phap-2}).
   *   <li>Assignments and tasks are appended after the plan's own. An id already used in the plan
   *       gets a suffix ({@code -2}, {@code -3} ...): applying the same table twice adds its tasks
   *       twice.
   *   <li>When the table has title rows, an annex is added (id {@link #getIdPrefix()}, label the
   *       first title row when it starts with "Phụ lục" and other title rows follow it, title the
   *       other rows; a single title row is the title) listing the tasks.
   *   <li>What the model has no field for is kept as unclassified text of section
   *       {@code ANNEXES}: headings, notes, total rows, cells of unknown columns and cells that
   *       could not be read, each with its row and column.
   *   <li>An import that gathers several tables ({@link #getParts()}) merges each in turn.
   * </ul>
   *
   * @param plan the plan, not null
   */
  public Plan applyTo(Plan plan) {
    if (!getParts().isEmpty()) {
      Plan merged = plan;
      for (AnnexTableImport part : getParts()) {
        merged = part.applyTo(merged);
      }
      return merged;
    }
    return Merge.apply(new Merge.Table(getBodies(), getAssignments(), getTitleLines(), getIdPrefix(), getRows(),
        getColumns()), plan);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnexTableImport}. */
  public static final class Builder extends ImmutableAnnexTableImport.Builder {}
}
