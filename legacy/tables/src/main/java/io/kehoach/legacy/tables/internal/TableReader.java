package io.kehoach.legacy.tables.internal;

import io.kehoach.legacy.internal.BodyNames;
import io.kehoach.LocalizedText;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.tables.AnnexColumn;
import io.kehoach.legacy.tables.AnnexField;
import io.kehoach.legacy.tables.AnnexRow;
import io.kehoach.legacy.tables.AnnexRowKind;
import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Money;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One reading of one table; made per call by {@code AnnexTableReader}. Not thread-safe. */
public final class TableReader {
  private static final char[] SEPARATORS = {',', ';', '\t'};
  private static final Pattern HEADING_NUMBER = Pattern.compile("^(?:[IVXLC]{1,7}|[A-Z])[.)]?$");
  private static final Pattern OUTPUT_BULLET = Pattern.compile("^[-+•*–—·]\\s+");
  private static final String PLACEHOLDER_LEAD = "Chưa rõ cơ quan chủ trì";

  /** The records of the table for a separator (CSV) or whatever is asked (a worksheet's rows). */
  private final Function<Character, Records> open;
  private final char[] separators;
  private final boolean blank;
  private final ReaderSettings settings;
  private final @Nullable String source;
  /** The worksheet the rows are on, named in every location; null for CSV. */
  private final @Nullable String sheet;

  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Map<String, ResponsibleBody> bodies = new LinkedHashMap<>();
  private final List<AnnexRow> rows = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final Set<String> assignmentIds = new LinkedHashSet<>();
  private final Map<String, Integer> nextSuffix = new java.util.HashMap<>();
  private String runLead;
  private List<Task> runTasks = new ArrayList<>();
  private int taskCount;

  private TableReader(String text, ReaderSettings settings, @Nullable String source) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    this.open = sep -> new CsvParser(t, sep, settings, source);
    this.separators = SEPARATORS;
    this.blank = t.isBlank();
    this.settings = settings;
    this.source = source;
    this.sheet = null;
  }

  private TableReader(Supplier<Records> rows, boolean blank, ReaderSettings settings, @Nullable String source,
      @Nullable String sheet) {
    this.open = sep -> rows.get();
    this.separators = new char[] {'\t'};
    this.blank = blank;
    this.settings = settings;
    this.source = source;
    this.sheet = sheet;
  }

  /**
   * Reads {@code text}.
   *
   * @throws MalformedInputException if the text is not an annex table, breaks a limit, or (strict)
   *     holds a value that cannot be read
   */
  public static AnnexTableImport read(String text, ReaderSettings settings, @Nullable String source) {
    if (text.length() > settings.limits().getMaxBytes()) {
      throw BoundedInput.tooLarge(settings.limits(), source);
    }
    return new TableReader(text, settings, source).run();
  }

  /**
   * Reads a table from rows that are already cells (a worksheet's): the same headers, rows, results
   * and errors as a CSV file gives; the separator reported is TAB, as a copy of the cells would give.
   *
   * @param rows a new reading of the rows from the first, each time it is called (the header is
   *     looked for, then the rows read again)
   * @param blank whether the rows hold no text at all
   * @param source the name of the input for locations, or null
   * @param sheet the name of the worksheet for locations, or null
   * @throws MalformedInputException as {@link #read(String, ReaderSettings, String)}
   */
  public static AnnexTableImport read(Supplier<Records> rows, boolean blank, ReaderSettings settings,
      @Nullable String source, @Nullable String sheet) {
    return new TableReader(rows, blank, settings, source, sheet).run();
  }

  /**
   * Whether {@code cells} make a header row of an annex table as this reader finds one: a column of
   * the description and one of the lead body ({@code Nội dung công việc}, {@code Cơ quan chủ trì}).
   */
  public static boolean isHeader(List<String> cells) {
    Set<AnnexField> f = fields(cells);
    return f.contains(AnnexField.CONTENT) && f.contains(AnnexField.LEAD);
  }

  // == header =====================================================================================

  private record Header(char separator, int row, int score) {}

  private AnnexTableImport run() {
    if (blank) {
      throw new MalformedInputException(LocalizedText.of(
          "Bảng trống: không có hàng tiêu đề nào", "The table is empty: there is no header row"), Problems.nowhere(source, sheet));
    }
    Header best = null;
    MalformedInputException firstError = null;
    int[] nearMiss = null;
    for (char sep : separators) {
      Records p = open.apply(sep);
      try {
        for (int i = 0; i < settings.headerSearchRows(); i++) {
          CsvParser.Record r = p.next();
          if (r == null) {
            break;
          }
          Set<AnnexField> fields = fields(r.cells());
          if (fields.contains(AnnexField.CONTENT) && fields.contains(AnnexField.LEAD)) {
            if (best == null || fields.size() > best.score()) {
              best = new Header(sep, r.number(), fields.size());
            }
            break;
          }
          if (fields.size() >= 2 && (nearMiss == null || fields.size() > nearMiss[1])) {
            nearMiss = new int[] {r.number(), fields.size(), fields.contains(AnnexField.CONTENT) ? 1 : 0,
                fields.contains(AnnexField.LEAD) ? 1 : 0};
          }
        }
      } catch (MalformedInputException e) {
        if (firstError == null) {
          firstError = e;
        }
      }
    }
    if (best == null) {
      if (nearMiss != null) {
        String missing = (nearMiss[2] == 0 ? "'Nội dung công việc'" : "") + (nearMiss[2] == 0 && nearMiss[3] == 0 ? ", " : "")
            + (nearMiss[3] == 0 ? "'Cơ quan chủ trì'" : "");
        throw Problems.malformed(source, sheet, nearMiss[0], 0,
            "Hàng tiêu đề (hàng " + nearMiss[0] + ") thiếu cột bắt buộc " + missing,
            "The header row (row " + nearMiss[0] + ") lacks the required column " + missing.replace("Nội dung công việc",
                "Nội dung công việc/Task").replace("Cơ quan chủ trì", "Cơ quan chủ trì/Lead agency"));
      }
      if (firstError != null) {
        throw firstError;
      }
      throw new MalformedInputException(LocalizedText.of(
          "Không thấy hàng tiêu đề (STT, Nội dung công việc, Cơ quan chủ trì ...) trong " + settings.headerSearchRows()
              + " hàng đầu",
          "No header row (STT, Nội dung công việc, Cơ quan chủ trì ... or No., Task, Lead agency ...) in the first "
              + settings.headerSearchRows() + " rows"), Problems.nowhere(source, sheet));
    }
    return table(best);
  }

  private static Set<AnnexField> fields(List<String> cells) {
    Set<AnnexField> fields = EnumSet.noneOf(AnnexField.class);
    for (String c : cells) {
      AnnexField f = Headers.field(Cells.read(c));
      if (f != AnnexField.OTHER) {
        fields.add(f);
      }
    }
    return fields;
  }

  // == table ======================================================================================

  private AnnexTableImport table(Header header) {
    Records p = open.apply(header.separator());
    List<String> titles = new ArrayList<>();
    CsvParser.Record r;
    while ((r = p.next()) != null && r.number() < header.row()) {
      if (!r.isBlank()) {
        titles.add(joined(r.cells(), " "));
      }
    }
    if (r == null) {
      throw Problems.malformed(source, sheet, header.row(), 0, "Không đọc lại được hàng tiêu đề", "The header row cannot be read again");
    }
    List<AnnexColumn> columns = columns(r);
    headerColumns = columns;
    Map<AnnexField, Integer> at = new EnumMap<>(AnnexField.class);
    for (AnnexColumn c : columns) {
      if (c.getField() != AnnexField.OTHER) {
        at.put(c.getField(), c.getIndex() - 1);
      }
    }
    String unit = at.containsKey(AnnexField.COST) ? Headers.unitWords(columns.get(at.get(AnnexField.COST)).getHeader()) : "";
    Money total = null;
    while ((r = p.next()) != null) {
      if (!r.isBlank()) {
        Money t = row(r, columns, at, unit);
        if (t != null) {
          total = t;
        }
      }
    }
    endRun();
    for (CsvParser.Notice n : p.notices()) {
      warn("csv.stray-quote", n.row(), n.column(), n.vi(), n.en());
    }
    if (rows.isEmpty()) {
      // Only a header (and blank rows): an empty import, said so rather than returned silently.
      warn("table.empty", header.row(), 0,
          "Bảng chỉ có hàng tiêu đề (hàng " + header.row() + "), không có hàng nhiệm vụ nào",
          "The table has only its header row (row " + header.row() + "), no task rows");
    }
    if (total != null) {
      checkTotal(total);
    }
    AnnexTableImport.Builder b = AnnexTableImport.builder().separator(header.separator()).headerRow(header.row())
        .columns(columns).titleLines(titles).bodies(bodies.values()).assignments(assignments).rows(rows)
        .diagnostics(warnings).idPrefix(settings.idPrefix());
    if (source != null) {
      b.source(source);
    }
    if (total != null) {
      b.total(total);
    }
    return b.build();
  }

  private List<AnnexColumn> columns(CsvParser.Record header) {
    List<AnnexColumn> columns = new ArrayList<>();
    Set<AnnexField> seen = EnumSet.noneOf(AnnexField.class);
    for (int i = 0; i < header.cells().size(); i++) {
      String h = Cells.read(header.cells().get(i));
      AnnexField f = Headers.field(h);
      if (f != AnnexField.OTHER && !seen.add(f)) {
        warn("column.duplicate", header.number(), i + 1,
            "Cột " + (i + 1) + " " + Text.quote(h) + " lặp lại cột '" + f.getLabel().vi() + "'; ô của nó được giữ nguyên",
            "Column " + (i + 1) + " " + Text.quote(h) + " repeats the column '" + f.getLabel().en() + "'; its cells are kept as they are");
        f = AnnexField.OTHER;
      } else if (f == AnnexField.OTHER && !h.isEmpty()) {
        warn("column.unknown", header.number(), i + 1,
            "Không rõ cột " + (i + 1) + " " + Text.quote(h) + "; ô của nó được giữ nguyên",
            "Unknown column " + (i + 1) + " " + Text.quote(h) + "; its cells are kept as they are");
      }
      columns.add(AnnexColumn.of(i + 1, h, f));
    }
    return columns;
  }

  // == rows =======================================================================================

  /** Reads one non-blank row; returns the amount of a total row. */
  private @Nullable Money row(CsvParser.Record r, List<AnnexColumn> columns, Map<AnnexField, Integer> at, String unit) {
    List<String> raw = r.cells();
    String[] v = new String[raw.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Cells.read(raw.get(i));
    }
    AnnexRow.Builder row = AnnexRow.builder().row(r.number());
    for (int i = 0; i < v.length; i++) {
      if (v[i].isEmpty()) {
        continue;
      }
      if (i >= columns.size()) {
        row.putExtraCell(i + 1, v[i]);
        warn("row.long", r.number(), i + 1, "Hàng " + r.number() + " có ô ở cột " + (i + 1) + ", ngoài hàng tiêu đề; ô được giữ nguyên",
            "Row " + r.number() + " has a cell in column " + (i + 1) + ", beyond the header; it is kept as it is");
      } else if (columns.get(i).getField() == AnnexField.OTHER) {
        row.putExtraCell(i + 1, v[i]);
      }
    }
    String number = cell(v, at, AnnexField.NUMBER);
    String content = cell(v, at, AnnexField.CONTENT);
    String lead = cell(v, at, AnnexField.LEAD);
    String coordinate = cell(v, at, AnnexField.COORDINATE);
    String timing = cell(v, at, AnnexField.TIMING);
    String output = cell(v, at, AnnexField.OUTPUT);
    String cost = cell(v, at, AnnexField.COST);
    row.number(number);
    boolean details = !coordinate.isEmpty() || !timing.isEmpty() || !output.isEmpty();
    if (lead.isEmpty() && !details && !content.isEmpty() && cost.isEmpty() && (HEADING_NUMBER.matcher(number).matches()
        || number.isEmpty() && isCapitals(content))) {
      rows.add(row.kind(AnnexRowKind.HEADING).text(content).build());
      warn("row.heading", r.number(), col(at, AnnexField.CONTENT),
          "Hàng " + r.number() + " là đề mục " + Text.quote(content) + "; giữ làm văn bản, không thành nhiệm vụ",
          "Row " + r.number() + " is the heading " + Text.quote(content) + "; kept as text, not made a task");
      return null;
    }
    if (lead.isEmpty() && !details && number.isEmpty() && isTotal(content)) {
      Money amount = null;
      if (!cost.isEmpty()) {
        amount = money(cost, unit, r.number(), col(at, AnnexField.COST), row, "total.unreadable");
      }
      rows.add(row.kind(AnnexRowKind.TOTAL).text(content).build());
      return amount;
    }
    if (content.isEmpty()) {
      Task previous = runTasks.isEmpty() ? lastTask() : runTasks.get(runTasks.size() - 1);
      if (previous == null || lead.isEmpty() && !details && cost.isEmpty()) {
        if (settings.strict()) {
          throw Problems.malformed(source, sheet, r.number(), col(at, AnnexField.CONTENT),
              "Hàng " + r.number() + " không có nội dung công việc", "Row " + r.number() + " has no task description");
        }
        rows.add(row.kind(AnnexRowKind.NOTE).text(joined(raw, " | ")).build());
        warn("row.note", r.number(), col(at, AnnexField.CONTENT),
            "Hàng " + r.number() + " không có nội dung công việc; giữ làm văn bản",
            "Row " + r.number() + " has no task description; kept as text");
        return null;
      }
      content = previous.getDescription();
      warn("content.carried", r.number(), col(at, AnnexField.CONTENT),
          "Hàng " + r.number() + " để trống nội dung (ô gộp): lấy nội dung của hàng trên",
          "Row " + r.number() + " leaves the description empty (a merged cell): the description above is used");
    }
    String leadId = lead(lead, r.number(), col(at, AnnexField.LEAD));
    Task.Builder t = Task.builder().id(settings.idPrefix() + "-" + (++taskCount)).description(content);
    Set<String> coordinators = new LinkedHashSet<>();
    for (String name : BodyNames.split(coordinate)) {
      String id = declare(name, r.number(), col(at, AnnexField.COORDINATE));
      if (id != null && coordinators.add(id)) {
        t.addParticipant(TaskParticipant.coordinate(id));
      }
    }
    if (!timing.isEmpty() && !BodyNames.isNone(timing)) {
      Timing parsed = timing(timing, r.number(), col(at, AnnexField.TIMING), row);
      if (parsed != null) {
        t.timing(parsed);
      }
    }
    for (String line : output.split("\r\n|\r|\n")) {
      String o = OUTPUT_BULLET.matcher(line.strip()).replaceFirst("").strip();
      if (!o.isEmpty() && !BodyNames.isNone(o)) {
        t.addOutput(o);
      }
    }
    if (!cost.isEmpty() && !BodyNames.isNone(cost)) {
      Money m = money(cost, unit, r.number(), col(at, AnnexField.COST), row, "cost.unreadable");
      if (m != null) {
        t.cost(m);
      }
    }
    Task task = t.build();
    if (!leadId.equals(runLead)) {
      endRun();
      runLead = leadId;
    }
    runTasks.add(task);
    rows.add(row.kind(AnnexRowKind.TASK).text(content).taskId(task.getId()).build());
    return null;
  }

  private String lead(String lead, int row, int column) {
    if (!lead.isEmpty()) {
      Optional<ResponsibleBody> b = BodyNames.parse(lead);
      if (b.isPresent()) {
        return declare(b.get(), row, column);
      }
      // A cell that says "none" ("-", "Không", "x") or holds no letter names no body; it is not the
      // empty cell of a merged range, so the lead above is not carried into it.
      return noLead(Text.quote(lead), row, column);
    }
    if (runLead != null) {
      warn("lead.carried", row, column,
          "Hàng " + row + " để trống cơ quan chủ trì (ô gộp): lấy cơ quan của hàng trên",
          "Row " + row + " leaves the lead body empty (a merged cell): the body above is used");
      return runLead;
    }
    return noLead(null, row, column);
  }

  /** A task without a lead body: an error when strict, else the placeholder body with a warning. */
  private String noLead(@Nullable String said, int row, int column) {
    String vi = "Hàng " + row + " không có cơ quan chủ trì" + (said == null ? "" : " (ô ghi " + said + ")");
    String en = "Row " + row + " has no lead body" + (said == null ? "" : " (the cell says " + said + ")");
    if (settings.strict()) {
      throw Problems.malformed(source, sheet, row, column, vi, en);
    }
    warn("lead.missing", row, column, vi + "; ghi là '" + PLACEHOLDER_LEAD + "'", en + "; recorded as '" + PLACEHOLDER_LEAD + "'");
    return declare(BodyNames.parse(PLACEHOLDER_LEAD).orElseThrow(), row, column);
  }

  private @Nullable Task lastTask() {
    if (assignments.isEmpty()) {
      return null;
    }
    List<Task> tasks = assignments.get(assignments.size() - 1).getTasks();
    return tasks.get(tasks.size() - 1);
  }

  private void endRun() {
    if (runLead == null || runTasks.isEmpty()) {
      return;
    }
    String base = settings.idPrefix() + "-" + runLead;
    String id = base;
    // The suffix search starts where the last one for this base stopped (ids are only ever added, so
    // every suffix below it is still taken): the same ids as counting from 2, without the quadratic
    // cost of a table whose lead changes on every row.
    int n = nextSuffix.getOrDefault(base, 2);
    if (!assignmentIds.add(id)) {
      for (id = base + "-" + n; !assignmentIds.add(id); id = base + "-" + n) {
        n++;
      }
      n++;
    }
    nextSuffix.put(base, n);
    assignments.add(Assignment.builder().id(id).bodyId(runLead).tasks(runTasks).build());
    runTasks = new ArrayList<>();
  }

  private @Nullable String declare(String name, int row, int column) {
    Optional<ResponsibleBody> b = BodyNames.parse(name);
    return b.isEmpty() ? null : declare(b.get(), row, column);
  }

  /**
   * Declares a body once, by id, as the text importer does: names that fold to the same id are one
   * body and the first spelling is kept; a spelling that differs in more than case and spacing is
   * warned of.
   */
  private String declare(ResponsibleBody b, int row, int column) {
    ResponsibleBody first = bodies.putIfAbsent(b.getId(), b);
    if (first != null && !BodyNames.looseKey(first.getName()).equals(BodyNames.looseKey(b.getName()))) {
      warn("body.spelling", row, column,
          "Hàng " + row + ": " + Text.quote(b.getName()) + " được coi là " + Text.quote(first.getName()) + " (cùng mã " + b.getId() + ")",
          "Row " + row + ": " + Text.quote(b.getName()) + " is taken as " + Text.quote(first.getName()) + " (same id " + b.getId() + ")");
    }
    return b.getId();
  }

  // == values =====================================================================================

  private @Nullable Timing timing(String value, int row, int column, AnnexRow.Builder kept) {
    String t = Text.collapseSpaces(value);
    if (Fold.fold(t).startsWith("trong ")) {
      t = t.substring("trong ".length());
    }
    try {
      return Timing.parse(t);
    } catch (RuntimeException e) {
      String vi = "Hàng " + row + ", cột " + column + " (" + header(column) + "): không đọc được thời gian " + Text.quote(value);
      String en = "Row " + row + ", column " + column + " (" + header(column) + "): cannot read the timing " + Text.quote(value);
      if (settings.strict()) {
        throw Problems.malformed(source, sheet, row, column, vi, en, e);
      }
      kept.putUnreadCell(column, value);
      warn("timing.unreadable", row, column, vi + "; giữ nguyên văn bản", en + "; kept as text");
      return null;
    }
  }

  private @Nullable Money money(String value, String unit, int row, int column, AnnexRow.Builder kept, String code) {
    String t = Text.collapseSpaces(value);
    if (!unit.isEmpty() && t.matches("-?[\\d.,]+")) {
      t = t + unit;
    }
    try {
      return Money.parse(t);
    } catch (RuntimeException e) {
      String vi = "Hàng " + row + ", cột " + column + " (" + header(column) + "): không đọc được số tiền " + Text.quote(value);
      String en = "Row " + row + ", column " + column + " (" + header(column) + "): cannot read the amount " + Text.quote(value);
      if (settings.strict()) {
        throw Problems.malformed(source, sheet, row, column, vi, en, e);
      }
      kept.putUnreadCell(column, value);
      warn(code, row, column, vi + "; giữ nguyên văn bản", en + "; kept as text");
      return null;
    }
  }

  private void checkTotal(Money total) {
    Money sum = Money.vnd(0);
    for (Assignment a : assignments) {
      for (Task t : a.getTasks()) {
        if (t.getCost().isPresent()) {
          if (!t.getCost().get().getCurrency().equals(sum.getCurrency())) {
            return;
          }
          sum = sum.plus(t.getCost().get());
        }
      }
    }
    if (sum.compareTo(total) != 0) {
      AnnexRow totalRow = rows.stream().filter(x -> x.getKind() == AnnexRowKind.TOTAL).reduce((a, b) -> b).orElseThrow();
      warn("total.mismatch", totalRow.getRow(), 0,
          "Tổng cộng " + total + " khác tổng kinh phí các nhiệm vụ " + sum,
          "The total " + total + " differs from the sum of the tasks' costs " + sum);
    }
  }

  // == helpers ====================================================================================

  private List<AnnexColumn> headerColumns = List.of();

  private String header(int column) {
    return column >= 1 && column <= headerColumns.size() ? Text.quote(headerColumns.get(column - 1).getHeader()) : "?";
  }

  private static String cell(String[] v, Map<AnnexField, Integer> at, AnnexField f) {
    Integer i = at.get(f);
    return i == null || i >= v.length ? "" : v[i];
  }

  private static int col(Map<AnnexField, Integer> at, AnnexField f) {
    Integer i = at.get(f);
    return i == null ? 0 : i + 1;
  }

  private static boolean isCapitals(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
  }

  private static boolean isTotal(String content) {
    String f = Fold.fold(content.strip()).replaceAll("[:.]+$", "");
    return f.startsWith("tong cong") || f.equals("tong") || f.equals("cong") || f.startsWith("tong kinh phi")
        || f.startsWith("total") || f.equals("sum");
  }

  private static String joined(List<String> raw, String sep) {
    StringBuilder b = new StringBuilder();
    for (String c : raw) {
      String v = Cells.read(c);
      if (!v.isEmpty()) {
        b.append(b.length() == 0 ? "" : sep).append(v);
      }
    }
    return b.toString();
  }

  private void warn(String code, int row, int column, String vi, String en) {
    warnings.add(Diagnostic.warning(code, LocalizedText.of(vi, en), Problems.at(source, sheet, row, column)));
  }
}
