package io.kehoach.legacy.xlsx.internal;

import io.kehoach.LocalizedText;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.legacy.tables.internal.GridRecords;
import io.kehoach.legacy.tables.internal.ReaderSettings;
import io.kehoach.legacy.tables.internal.Reports;
import io.kehoach.legacy.tables.internal.TableReader;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The annex tables of a workbook's sheets, read by the table logic of {@code io.kehoach.legacy.tables}
 * and gathered into one import: a sheet without an annex header in its first rows is skipped (info
 * {@code xlsx.sheet-skipped}); each annex sheet gets its own id prefix ({@code phu-luc-1},
 * {@code phu-luc-2} ...) and, read into a plan, is merged in turn.
 */
public final class Annexes {
  private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d{1,6})$");

  private Annexes() {}

  /**
   * The import of {@code grids}.
   *
   * @param settings the reader's settings (its id prefix is the first annex's)
   * @throws MalformedInputException if no sheet holds an annex table, or as the table reader
   */
  public static AnnexTableImport read(List<Grid> grids, ReaderSettings settings, @Nullable String source) {
    List<Diagnostic> notes = new ArrayList<>();
    List<AnnexTableImport> parts = new ArrayList<>();
    Plan plan = settings.into();
    Grid firstFilled = null;
    List<List<String>> firstRows = null;
    int assignmentsBefore = 0;
    for (Grid grid : grids) {
      List<List<String>> rows = Layout.rows(grid, settings.headerSearchRows(), settings.limits().getMaxElements());
      if (Layout.headerRow(rows, settings.headerSearchRows()) < 0) {
        if (firstFilled == null && !grid.isEmpty()) {
          firstFilled = grid;
          firstRows = rows;
        }
        notes.add(Diagnostic.info("xlsx.sheet-skipped", LocalizedText.of(
            "Trang tính “" + grid.name + "” " + (grid.isEmpty() ? "trống" : "không có hàng tiêu đề của bảng phụ lục")
                + "; bỏ qua",
            "The sheet “" + grid.name + "” " + (grid.isEmpty() ? "is empty" : "has no annex table header") + "; skipped"),
            grid.sheetOnly()));
        continue;
      }
      ReaderSettings own = new ReaderSettings(settings.limits(), settings.headerSearchRows(), settings.strict(),
          prefix(settings.idPrefix(), parts.size()), plan);
      AnnexTableImport t = TableReader.read(() -> new GridRecords(rows, settings.limits(), source, grid.name), false,
          own, source, grid.name);
      List<Diagnostic> ds = new ArrayList<>();
      for (int[] c : grid.uncached) {
        ds.add(Diagnostic.warning("xlsx.formula-uncached", LocalizedText.of(
            "Ô có công thức mà tệp không lưu giá trị đã tính: giữ nguyên công thức (không tính)",
            "The cell holds a formula whose value the file does not keep: the formula is kept as text (not computed)"),
            grid.at(c[0], c[1])));
      }
      ds.addAll(t.getDiagnostics());
      t = Reports.finish(AnnexTableImport.builder().from(t).diagnostics(ds).build(), plan, grid.name);
      if (settings.into() == null && assignmentsBefore > 0) {
        t = shifted(t, assignmentsBefore);
      }
      assignmentsBefore += t.getAssignments().size();
      parts.add(t);
      plan = t.getPlan().orElse(plan);
    }
    if (parts.isEmpty()) {
      if (firstFilled == null) {
        throw new MalformedInputException(LocalizedText.of("Sổ tính không có dữ liệu: mọi trang tính đều trống",
            "The workbook holds no data: every sheet is empty"), grids.isEmpty() ? null : grids.get(0).sheetOnly());
      }
      // The table reader's own error (a header lacking a column, no header in the first rows), at the sheet.
      Grid g = firstFilled;
      List<List<String>> rows = firstRows;
      TableReader.read(() -> new GridRecords(rows, settings.limits(), source, g.name), false, settings, source, g.name);
      throw new MalformedInputException(LocalizedText.of("Không trang tính nào có bảng phụ lục",
          "No sheet holds an annex table"), g.sheetOnly());
    }
    return gather(parts, notes, plan, source);
  }

  private static AnnexTableImport gather(List<AnnexTableImport> parts, List<Diagnostic> notes, @Nullable Plan plan,
      @Nullable String source) {
    AnnexTableImport first = parts.get(0);
    if (parts.size() == 1) {
      List<Diagnostic> ds = new ArrayList<>(notes);
      ds.addAll(first.getDiagnostics());
      return AnnexTableImport.builder().from(first).diagnostics(ds).build();
    }
    Map<String, ResponsibleBody> bodies = new LinkedHashMap<>();
    AnnexTableImport.Builder b = AnnexTableImport.builder().separator(first.getSeparator()).headerRow(first.getHeaderRow())
        .columns(first.getColumns()).titleLines(first.getTitleLines()).idPrefix(first.getIdPrefix()).parts(parts)
        .diagnostics(notes);
    for (AnnexTableImport p : parts) {
      p.getBodies().forEach(x -> bodies.putIfAbsent(x.getId(), x));
      b.addAllAssignments(p.getAssignments()).addAllRows(p.getRows()).addAllRecognized(p.getRecognized())
          .addAllUnclassified(p.getUnclassified()).addAllDiagnostics(p.getDiagnostics());
    }
    b.bodies(bodies.values());
    if (source != null) {
      b.source(source);
    }
    if (plan != null) {
      b.plan(plan);
    }
    return b.build();
  }

  /** The table with its pointers moved past {@code offset} assignments of the tables before it. */
  private static AnnexTableImport shifted(AnnexTableImport t, int offset) {
    List<RecognizedPart> parts = new ArrayList<>();
    Pattern p = Pattern.compile("^/assignments/(\\d+)(/.*)$");
    for (RecognizedPart r : t.getRecognized()) {
      Matcher m = p.matcher(r.getPart());
      String part = m.matches() ? "/assignments/" + (Integer.parseInt(m.group(1)) + offset) + m.group(2) : r.getPart();
      parts.add(RecognizedPart.of(part, r.getFrom(), r.getTo()));
    }
    return AnnexTableImport.builder().from(t).recognized(parts).build();
  }

  /** The id prefix of the annex {@code index} (from 0): the given one, then its number counted on. */
  static String prefix(String first, int index) {
    if (index == 0) {
      return first;
    }
    Matcher m = TRAILING_NUMBER.matcher(first);
    return m.matches() ? m.group(1) + (Integer.parseInt(m.group(2)) + index) : first + "-" + (index + 1);
  }
}
