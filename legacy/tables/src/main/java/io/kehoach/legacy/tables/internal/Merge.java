package io.kehoach.legacy.tables.internal;

import io.kehoach.legacy.internal.BodyNames;
import io.kehoach.legacy.tables.AnnexColumn;
import io.kehoach.legacy.tables.AnnexRow;
import io.kehoach.legacy.tables.AnnexRowKind;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Annex;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.UnclassifiedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Merges an imported table into a plan; see {@code AnnexTableImport.applyTo(Plan)}. */
public final class Merge {
  private Merge() {}

  /**
   * What of a table is merged into a plan.
   *
   * @param bodies the bodies the table names
   * @param assignments its assignments, in table order
   * @param titleLines the title rows above its header
   * @param idPrefix the prefix of its ids
   * @param rows every row below the header
   * @param columns the columns of its header
   */
  public record Table(List<ResponsibleBody> bodies, List<Assignment> assignments, List<String> titleLines,
      String idPrefix, List<AnnexRow> rows, List<AnnexColumn> columns) {}

  /** {@code plan} with {@code table} merged in. */
  public static Plan apply(Table table, Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Map<String, String> byKey = new HashMap<>();
    Set<String> bodyIds = new HashSet<>();
    for (ResponsibleBody b : plan.getBodies()) {
      bodyIds.add(b.getId());
      byKey.putIfAbsent(BodyNames.looseKey(b.getName()), b.getId());
    }
    for (ResponsibleBody b : plan.getBodies()) {
      // A plan may hold "Thủ trưởng các sở, ban, ngành" as one name, where the table's reader splits
      // the head title off; both spellings of a body find it.
      byKey.putIfAbsent(BodyNames.looseKey(BodyNames.written(b)), b.getId());
      b.getAbbreviation().ifPresent(a -> byKey.putIfAbsent(BodyNames.looseKey(a), b.getId()));
    }
    List<ResponsibleBody> newBodies = new ArrayList<>();
    Map<String, String> bodyMap = new HashMap<>();
    for (ResponsibleBody b : table.bodies()) {
      String match = byKey.get(BodyNames.looseKey(BodyNames.written(b)));
      if (match == null) {
        match = byKey.get(BodyNames.looseKey(b.getName()));
      }
      if (match != null) {
        bodyMap.put(b.getId(), match);
        continue;
      }
      String id = fresh(b.getId(), bodyIds);
      bodyMap.put(b.getId(), id);
      byKey.put(BodyNames.looseKey(b.getName()), id);
      newBodies.add(id.equals(b.getId()) ? b : ResponsibleBody.builder().from(b).id(id).build());
    }

    Set<String> assignmentIds = new HashSet<>();
    Set<String> taskIds = new HashSet<>();
    for (Assignment a : plan.getAssignments()) {
      assignmentIds.add(a.getId());
      for (Task t : a.getTasks()) {
        taskIds.add(t.getId());
      }
    }
    Map<String, String> taskMap = new HashMap<>();
    List<Assignment> added = new ArrayList<>();
    for (Assignment a : table.assignments()) {
      List<Task> tasks = new ArrayList<>();
      for (Task t : a.getTasks()) {
        String id = fresh(t.getId(), taskIds);
        taskMap.put(t.getId(), id);
        List<TaskParticipant> ps = new ArrayList<>();
        for (TaskParticipant p : t.getParticipants()) {
          ps.add(TaskParticipant.of(bodyMap.getOrDefault(p.getBodyId(), p.getBodyId()), p.getRole()));
        }
        tasks.add(Task.builder().from(t).id(id).participants(ps).build());
      }
      added.add(Assignment.builder().from(a).id(fresh(a.getId(), assignmentIds))
          .bodyId(bodyMap.getOrDefault(a.getBodyId(), a.getBodyId())).tasks(tasks).build());
    }

    Plan.Builder out = Plan.builder().from(plan).addAllBodies(newBodies).addAllAssignments(added);
    if (!table.titleLines().isEmpty()) {
      Set<String> annexIds = new HashSet<>();
      plan.getAnnexes().forEach(x -> annexIds.add(x.getId()));
      List<String> titles = new ArrayList<>(table.titleLines());
      Annex.Builder annex = Annex.builder().id(fresh(table.idPrefix(), annexIds));
      if (Fold.fold(titles.get(0)).startsWith("phu luc") && titles.size() > 1) {
        annex.label(titles.remove(0));
      }
      annex.title(String.join(" ", titles));
      table.assignments().stream().flatMap(a -> a.getTasks().stream()).forEach(t -> annex.addTaskId(taskMap.get(t.getId())));
      out.addAnnex(annex.build());
    }
    for (AnnexRow r : table.rows()) {
      String where = "Phụ lục, hàng " + r.getRow();
      if (r.getKind() != AnnexRowKind.TASK) {
        out.addUnclassifiedText(UnclassifiedText.of(PlanSection.ANNEXES,
            where + " (" + r.getKind().getLabel().vi().toLowerCase(java.util.Locale.ROOT) + "): "
                + (r.getNumber().isEmpty() ? "" : r.getNumber() + " ") + r.getText()));
      }
      String task = r.getTaskId().map(id -> ", nhiệm vụ " + taskMap.get(id)).orElse("");
      for (Map.Entry<Integer, String> e : r.getUnreadCells().entrySet()) {
        out.addUnclassifiedText(UnclassifiedText.of(PlanSection.ANNEXES,
            where + task + ", " + header(table, e.getKey()) + ": " + e.getValue()));
      }
      for (Map.Entry<Integer, String> e : r.getExtraCells().entrySet()) {
        out.addUnclassifiedText(UnclassifiedText.of(PlanSection.ANNEXES,
            where + task + ", " + header(table, e.getKey()) + ": " + e.getValue()));
      }
    }
    return out.build();
  }

  private static String header(Table table, int column) {
    for (AnnexColumn c : table.columns()) {
      if (c.getIndex() == column && !c.getHeader().isEmpty()) {
        return c.getHeader();
      }
    }
    return "cột " + column;
  }

  /** {@code id}, or {@code id-2}, {@code id-3} ... whichever is not in {@code taken}; then taken. */
  static String fresh(String id, Set<String> taken) {
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }
}
