package io.kehoach.legacy.tables.internal;

import io.kehoach.Location;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.tables.AnnexRow;
import io.kehoach.legacy.tables.AnnexRowKind;
import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The report of a table read: which task came from which row, where unclassified text stood, the plan. */
public final class Reports {
  private Reports() {}

  /**
   * {@code table} with its report and, when {@code into} is given, the plan it was read into (the
   * plan's own assignments come first, so the table's pointers move past them).
   *
   * @param sheet the worksheet the table is on, named in the report's locations; null for CSV
   */
  public static AnnexTableImport finish(AnnexTableImport table, @Nullable Plan into, @Nullable String sheet) {
    int offset = into == null ? 0 : into.getAssignments().size();
    Map<String, String> pointers = new HashMap<>();
    List<Assignment> assignments = table.getAssignments();
    for (int a = 0; a < assignments.size(); a++) {
      List<Task> tasks = assignments.get(a).getTasks();
      for (int t = 0; t < tasks.size(); t++) {
        pointers.put(tasks.get(t).getId(), "/assignments/" + (a + offset) + "/tasks/" + t);
      }
    }
    List<RecognizedPart> recognized = new ArrayList<>();
    List<Location> unclassified = new ArrayList<>();
    for (AnnexRow row : table.getRows()) {
      Location at = in(Location.atRow(row.getRow()), sheet);
      String pointer = row.getTaskId().map(pointers::get).orElse(null);
      if (pointer != null) {
        recognized.add(RecognizedPart.of(pointer, at, at));
      } else if (row.getKind() != AnnexRowKind.TASK) {
        unclassified.add(at);
      }
      row.getExtraCells().keySet().forEach(c -> unclassified.add(in(Location.atCell(row.getRow(), c), sheet)));
      row.getUnreadCells().keySet().forEach(c -> unclassified.add(in(Location.atCell(row.getRow(), c), sheet)));
    }
    AnnexTableImport.Builder b = AnnexTableImport.builder().from(table).recognized(recognized).unclassified(unclassified);
    if (sheet != null) {
      b.sheet(sheet);
    }
    if (into != null) {
      b.plan(table.applyTo(into));
    }
    return b.build();
  }

  private static Location in(Location l, @Nullable String sheet) {
    return sheet == null ? l : l.inSheet(sheet);
  }
}
