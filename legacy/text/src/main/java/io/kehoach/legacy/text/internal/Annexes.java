package io.kehoach.legacy.text.internal;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Money;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stage 10, annexes: from {@link Segments#annex}, the annex title ({@code "PHỤ LỤC"} and the lines
 * under it) and the first table after it, read by its header row ({@code Nội dung}, {@code Chủ trì},
 * {@code Phối hợp}, {@code Thời gian}, {@code Sản phẩm}, {@code Kinh phí}): one task per row, grouped
 * into one assignment per lead body. A value that cannot be read (a timing, a cost) is a diagnostic
 * and the task keeps the rest.
 */
final class Annexes implements Stage {
  private static final String[] COLUMNS = {"noi dung", "chu tri", "phoi hop", "thoi gian", "san pham", "kinh phi"};
  private static final Pattern NO_COST = Pattern.compile("^(-|khong|theo .*|trong .*|thuong xuyen)$");
  private static final Pattern RULE_ROW = Pattern.compile("[-:\\s]*");
  private static final Pattern SEPARATORS = Pattern.compile("[,;]| và ");

  @Override
  public void apply(Work w) {
    int at = w.segments.annex;
    if (at < 0) {
      return;
    }
    Draft d = w.draft;
    w.claim(at);
    String label = w.line(at).text;
    StringBuilder title = new StringBuilder();
    int i = at + 1;
    for (; i < w.size() && !w.line(i).inTable(); i++) {
      if (w.isFree(i)) {
        title.append(title.length() == 0 ? "" : " ").append(w.line(i).text);
        w.claim(i);
      }
    }
    int last = Math.max(at, i - 1);
    List<String> taskIds = new ArrayList<>();
    Map<String, List<Task>> byLead = new LinkedHashMap<>();
    if (i < w.size()) {
      int tableIndex = w.line(i).table;
      Table table = w.tables.get(tableIndex);
      Map<String, Integer> columns = null;
      int row = 0;
      int cursor = i;
      for (int r = 0; r < table.getRows().size(); r++) {
        List<String> cells = texts(table.getRows().get(r));
        while (cursor + 1 < w.size() && w.line(cursor + 1).table == tableIndex && w.line(cursor).row < r) {
          cursor++;
        }
        int line = cursor;
        if (columns == null) {
          columns = columns(cells);
          continue;
        }
        if (RULE_ROW.matcher(String.join("", cells)).matches()) {
          continue;
        }
        String description = cell(cells, columns, "noi dung");
        if (description.isEmpty()) {
          continue;
        }
        row++;
        Task task = task(w, cells, columns, "phu-luc-1-" + row, description, line);
        String lead = cell(cells, columns, "chu tri");
        String leadId = d.bodies.declare(lead.isEmpty() ? "Chưa rõ cơ quan chủ trì" : lead);
        taskIds.add(task.getId());
        byLead.computeIfAbsent(leadId, k -> new ArrayList<>()).add(task);
        w.part("/annexes/0/taskIds/" + (taskIds.size() - 1), line, line);
      }
      for (int k = i; k < w.size() && w.line(k).table == tableIndex; k++) {
        w.claim(k);
        last = k;
      }
    }
    byLead.forEach((lead, tasks) -> d.assignments.add(
        Assignment.builder().id("phu-luc-1-" + Fold.slug(lead)).bodyId(lead).tasks(tasks).build()));
    d.plan.addAnnex(io.kehoach.plan.Annex.builder().id("phu-luc-1").label(label)
        .title(title.length() == 0 ? label : title.toString()).taskIds(taskIds).build());
    w.part("/annexes/0", at, last);
  }

  private Task task(Work w, List<String> cells, Map<String, Integer> columns, String id, String description, int line) {
    Task.Builder t = Task.builder().id(id).description(description);
    for (String c : SEPARATORS.split(cell(cells, columns, "phoi hop"))) {
      if (!c.isBlank() && c.strip().length() > 1 && !Fold.fold(c.strip()).equals("-")) {
        t.addParticipant(TaskParticipant.coordinate(w.draft.bodies.declare(c)));
      }
    }
    String time = cell(cells, columns, "thoi gian");
    if (!time.isEmpty()) {
      try {
        t.timing(Timing.parse(time));
      } catch (MalformedInputException e) {
        w.warn("annex.value", "Không đọc được thời gian thực hiện '" + time + "'", "Cannot read the timing '" + time + "'", line);
      }
    }
    String output = cell(cells, columns, "san pham");
    if (!output.isEmpty()) {
      t.addOutput(output);
    }
    String cost = cell(cells, columns, "kinh phi");
    if (!cost.isEmpty() && !NO_COST.matcher(Fold.fold(cost)).matches()) {
      try {
        t.cost(Money.parse(cost));
      } catch (MalformedInputException e) {
        w.warn("annex.value", "Không đọc được kinh phí '" + cost + "'", "Cannot read the cost '" + cost + "'", line);
      }
    }
    return t.build();
  }

  private static List<String> texts(TableRow row) {
    List<String> out = new ArrayList<>(row.getCells().size());
    for (TableCell c : row.getCells()) {
      out.add(c.text().strip());
    }
    return out;
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String f = Fold.fold(header.get(i));
      for (String key : COLUMNS) {
        if (f.contains(key) && !m.containsKey(key)) {
          m.put(key, i);
        }
      }
    }
    return m;
  }

  private static String cell(List<String> cells, Map<String, Integer> columns, String key) {
    Integer i = columns.get(key);
    return i == null || i >= cells.size() ? "" : cells.get(i);
  }
}
