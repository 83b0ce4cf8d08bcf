package io.kehoach.legacy.tables.internal;

import io.kehoach.legacy.internal.BodyNames;
import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.tables.AnnexField;
import io.kehoach.legacy.tables.TableLoss;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.Timing;
import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a plan's tasks as a table, and says what the table cannot carry by reading the written
 * cells back the way {@link TableReader} does (with its default id prefix) and comparing.
 */
public final class TableWriter {
  private static final AnnexField[] FIELDS = {AnnexField.NUMBER, AnnexField.CONTENT, AnnexField.LEAD,
      AnnexField.COORDINATE, AnnexField.TIMING, AnnexField.OUTPUT, AnnexField.COST};
  private static final Pattern OUTPUT_BULLET = Pattern.compile("^[-+•*–—·]\\s+");

  /** The reader's default id prefix, which the loss report compares ids with. */
  public static final String PREFIX = "phu-luc-1";

  private final Plan plan;
  private final Map<String, ResponsibleBody> bodies = new HashMap<>();

  private TableWriter(Plan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
    for (ResponsibleBody b : plan.getBodies()) {
      bodies.putIfAbsent(b.getId(), b);
    }
  }

  /**
   * The table as text: header, then one row per task, every cell quoted, records ended by CRLF.
   *
   * @throws InvalidDataException if a text holds a control character the table cannot hold
   */
  public static String write(Plan plan, char separator, boolean english) {
    StringBuilder out = new StringBuilder(1024);
    try {
      write(rows(plan, english), separator, out);
    } catch (java.io.IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /** Appends {@code rows} ({@link #rows}) to {@code out} one record at a time. */
  public static void write(List<List<String>> rows, char separator, Appendable out) throws java.io.IOException {
    StringBuilder record = new StringBuilder(256);
    for (List<String> cells : rows) {
      record.setLength(0);
      record(record, cells, separator);
      out.append(record);
    }
  }

  /**
   * The table as rows of cell texts, the header first, then one row per task (not encoded for CSV).
   *
   * @throws InvalidDataException if a text holds a control character the table cannot hold
   */
  public static List<List<String>> rows(Plan plan, boolean english) {
    TableWriter w = new TableWriter(plan);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (AnnexField f : FIELDS) {
      header.add(english ? f.getLabel().en() : f.getLabel().vi());
    }
    rows.add(header);
    int n = 0;
    for (int a = 0; a < plan.getAssignments().size(); a++) {
      Assignment as = plan.getAssignments().get(a);
      for (int t = 0; t < as.getTasks().size(); t++) {
        rows.add(w.cells(as, as.getTasks().get(t), ++n, "/assignments/" + a + "/tasks/" + t));
      }
    }
    return rows;
  }

  private static void record(StringBuilder out, List<String> cells, char separator) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      Cells.quote(out, Cells.encode(cells.get(i)));
    }
    out.append("\r\n");
  }

  private List<String> cells(Assignment a, Task task, int number, String pointer) {
    List<String> c = new ArrayList<>(7);
    c.add(Integer.toString(number));
    c.add(checked(task.getDescription(), pointer + "/description"));
    c.add(checked(leadCell(a, task), pointer + "/participants"));
    c.add(checked(coordinateCell(task), pointer + "/participants"));
    c.add(task.getTiming().map(Timing::toString).orElse(""));
    c.add(checked(String.join("\n", task.getOutputs()), pointer + "/outputs"));
    c.add(task.getCost().map(Money::toString).orElse(""));
    return c;
  }

  private static String checked(String value, String pointer) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r') {
        throw new InvalidDataException(LocalizedText.of(
            "Không ghi được ký tự điều khiển " + Text.quote(String.valueOf(ch)) + " vào bảng",
            "The control character " + Text.quote(String.valueOf(ch)) + " cannot be written into a table"),
            Location.atPointer(pointer));
      }
    }
    return value;
  }

  private String leadCell(Assignment a, Task task) {
    List<String> leads = a.leadsOf(task);
    if (leads.isEmpty()) {
      return name(a.getBodyId());
    }
    List<String> names = new ArrayList<>();
    for (String id : leads) {
      names.add(name(id));
    }
    return String.join("\n", names);
  }

  private String coordinateCell(Task task) {
    List<String> names = new ArrayList<>();
    for (String id : task.bodyIds(AssignmentRole.COORDINATE)) {
      names.add(name(id));
    }
    if (names.size() == 1 && BodyNames.split(names.get(0)).size() != 1) {
      return "- " + names.get(0);
    }
    return String.join("\n", names);
  }

  private String name(String bodyId) {
    ResponsibleBody b = bodies.get(bodyId);
    return b == null ? bodyId : BodyNames.written(b);
  }

  // == losses =====================================================================================

  /** What writing {@code plan} as a table loses, read back into an empty plan. */
  public static List<TableLoss> losses(Plan plan) {
    return new TableWriter(plan).losses();
  }

  private List<TableLoss> losses() {
    List<TableLoss> out = new ArrayList<>();
    otherParts(out);
    Set<String> assignmentIds = new HashSet<>();
    String runLead = null;
    int number = 0;
    for (int ai = 0; ai < plan.getAssignments().size(); ai++) {
      Assignment a = plan.getAssignments().get(ai);
      String ap = "/assignments/" + ai;
      if (a.getTasks().isEmpty()) {
        out.add(loss("assignment.empty", ap, "Nhóm nhiệm vụ " + q(a.getId()) + " không có nhiệm vụ nào nên không có hàng trong bảng",
            "Assignment " + q(a.getId()) + " has no task, so no row in the table"));
        continue;
      }
      if (a.getRole() != AssignmentRole.LEAD) {
        out.add(loss("assignment.role", ap, "Bảng không có cột vai trò: vai trò '" + a.getRole().getLabel().vi()
                + "' của " + q(a.getBodyId()) + " mất; nhiệm vụ không nêu cơ quan chủ trì sẽ ghi cơ quan này vào cột chủ trì",
            "The table has no role column: the role '" + a.getRole().getLabel().en() + "' of " + q(a.getBodyId())
                + " is lost; tasks naming no lead are written with this body as the lead"));
      }
      if (a.getText().isPresent()) {
        out.add(loss("assignment.text", ap + "/text", "Đoạn văn của nhóm nhiệm vụ không có chỗ trong bảng",
            "The assignment's paragraph has no place in the table"));
      }
      String expectedId = null;
      boolean regrouped = false;
      for (int ti = 0; ti < a.getTasks().size(); ti++) {
        Task t = a.getTasks().get(ti);
        String tp = ap + "/tasks/" + ti;
        number++;
        String lead = readLead(leadCell(a, t));
        if (!lead.equals(runLead)) {
          runLead = lead;
          String base = PREFIX + "-" + lead;
          String id = base;
          for (int n = 2; !assignmentIds.add(id); n++) {
            id = base + "-" + n;
          }
          if (ti == 0) {
            expectedId = id;
          } else {
            regrouped = true;
          }
        } else if (ti == 0) {
          regrouped = true;
        }
        task(out, t, tp, PREFIX + "-" + number);
      }
      if (regrouped) {
        out.add(loss("assignment.merged", ap, "Các nhiệm vụ của " + q(a.getId())
                + " sẽ được nhóm lại theo cơ quan chủ trì của từng hàng liền nhau, khác với nhóm hiện có",
            "The tasks of " + q(a.getId()) + " will be grouped by the lead body of consecutive rows, not as they are grouped now"));
      } else if (!a.getId().equals(expectedId)) {
        out.add(loss("assignment.id", ap + "/id", "Mã nhóm nhiệm vụ " + q(a.getId()) + " không được ghi; đọc lại sẽ là " + q(expectedId),
            "The assignment id " + q(a.getId()) + " is not written; it reads back as " + q(expectedId)));
      }
    }
    bodies(out);
    return out;
  }

  private void task(List<TableLoss> out, Task t, String tp, String expectedId) {
    if (!t.getId().equals(expectedId)) {
      out.add(loss("task.id", tp + "/id", "Mã nhiệm vụ " + q(t.getId()) + " không được ghi; đọc lại sẽ là " + q(expectedId),
          "The task id " + q(t.getId()) + " is not written; it reads back as " + q(expectedId)));
    }
    if (t.getDescription().isBlank()) {
      out.add(loss("task.description", tp + "/description", "Nhiệm vụ không có nội dung: hàng sẽ lấy nội dung của hàng trên",
          "The task has no description: the row will take the description above"));
    }
    List<String> explicit = t.bodyIds(AssignmentRole.LEAD);
    if (!explicit.isEmpty()) {
      out.add(loss("task.lead", tp + "/participants", "Cơ quan chủ trì nêu riêng cho nhiệm vụ được ghi vào cột chủ trì,"
              + " không còn là người tham gia của nhiệm vụ" + (explicit.size() > 1 ? "; nhiều cơ quan sẽ thành một nhóm" : ""),
          "The task's own lead is written in the lead column and is no longer a participant of the task"
              + (explicit.size() > 1 ? "; several leads become one group" : "")));
    }
    List<String> monitors = t.bodyIds(AssignmentRole.MONITOR);
    if (!monitors.isEmpty()) {
      out.add(loss("task.monitor", tp + "/participants", "Bảng không có cột theo dõi: mất vai trò theo dõi của " + monitors,
          "The table has no monitor column: the monitor role of " + monitors + " is lost"));
    }
    List<String> coordinators = t.bodyIds(AssignmentRole.COORDINATE);
    List<String> readBack = new ArrayList<>();
    for (String name : BodyNames.split(coordinateCell(t))) {
      BodyNames.parse(name).ifPresent(b -> readBack.add(b.getId()));
    }
    List<String> expected = new ArrayList<>();
    for (String id : coordinators) {
      ResponsibleBody b = bodies.get(id);
      expected.add(b == null ? id : BodyNames.parse(BodyNames.written(b)).map(ResponsibleBody::getId).orElse(id));
    }
    if (!new ArrayList<>(new LinkedHashSet<>(expected)).equals(readBack)) {
      out.add(loss("task.coordinator", tp + "/participants", "Cơ quan phối hợp " + coordinators + " sẽ được đọc lại là " + readBack,
          "The coordinating bodies " + coordinators + " read back as " + readBack));
    }
    List<String> outputs = new ArrayList<>();
    for (String line : String.join("\n", t.getOutputs()).split("\r\n|\r|\n")) {
      String o = OUTPUT_BULLET.matcher(line.strip()).replaceFirst("").strip();
      if (!o.isEmpty() && !BodyNames.isNone(o)) {
        outputs.add(o);
      }
    }
    if (!outputs.equals(t.getOutputs())) {
      out.add(loss("task.output", tp + "/outputs", "Sản phẩm " + t.getOutputs() + " sẽ được đọc lại là " + outputs
              + " (mỗi dòng một sản phẩm, bỏ gạch đầu dòng và khoảng trắng thừa)",
          "The outputs " + t.getOutputs() + " read back as " + outputs + " (one per line, bullets and spaces removed)"));
    }
    if (t.getTiming().isPresent() && !Objects.equals(parseTiming(t.getTiming().get().toString()), t.getTiming())) {
      out.add(loss("task.timing", tp + "/timing", "Thời gian " + t.getTiming().get() + " không đọc lại được như cũ",
          "The timing " + t.getTiming().get() + " does not read back the same"));
    }
    if (t.getCost().isPresent() && !Objects.equals(parseMoney(t.getCost().get().toString()), t.getCost())) {
      out.add(loss("task.cost", tp + "/cost", "Kinh phí " + t.getCost().get() + " không đọc lại được như cũ",
          "The cost " + t.getCost().get() + " does not read back the same"));
    }
    if (!t.getContentItemIds().isEmpty()) {
      out.add(loss("task.content-items", tp + "/contentItemIds", "Bảng không có cột nội dung truyền thông: mất liên kết "
          + t.getContentItemIds(), "The table has no column for content items: the links " + t.getContentItemIds() + " are lost"));
    }
    if (!t.getChannelIds().isEmpty()) {
      out.add(loss("task.channels", tp + "/channelIds", "Bảng không có cột hình thức truyền thông: mất liên kết "
          + t.getChannelIds(), "The table has no column for channels: the links " + t.getChannelIds() + " are lost"));
    }
  }

  private static Optional<Timing> parseTiming(String s) {
    try {
      return Optional.of(Timing.parse(s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Money> parseMoney(String s) {
    try {
      return Optional.of(Money.parse(s));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private String readLead(String cell) {
    return BodyNames.parse(cell).map(ResponsibleBody::getId).orElse("chua-ro-co-quan-chu-tri");
  }

  private void bodies(List<TableLoss> out) {
    Set<String> referenced = new HashSet<>();
    for (Assignment a : plan.getAssignments()) {
      for (Task t : a.getTasks()) {
        referenced.addAll(a.leadsOf(t).isEmpty() ? List.of(a.getBodyId()) : a.leadsOf(t));
        referenced.addAll(t.bodyIds(AssignmentRole.COORDINATE));
        for (String id : t.bodyIds(AssignmentRole.MONITOR)) {
          if (!bodies.containsKey(id)) {
            referenced.add(id);
          }
        }
      }
    }
    for (String id : referenced) {
      if (!bodies.containsKey(id)) {
        out.add(loss("body.undeclared", "", "Cơ quan " + q(id) + " không được khai báo trong kế hoạch: ghi mã thay cho tên",
            "The body " + q(id) + " is not declared in the plan: its id is written for its name"));
      }
    }
    for (int i = 0; i < plan.getBodies().size(); i++) {
      ResponsibleBody b = plan.getBodies().get(i);
      String bp = "/bodies/" + i;
      if (!referenced.contains(b.getId())) {
        out.add(loss("body.unreferenced", bp, "Cơ quan " + q(b.getName()) + " không chủ trì hay phối hợp nhiệm vụ nào nên không có trong bảng",
            "The body " + q(b.getName()) + " neither leads nor coordinates a task, so it is not in the table"));
        continue;
      }
      Optional<ResponsibleBody> back = BodyNames.parse(BodyNames.written(b));
      if (back.isEmpty()) {
        out.add(loss("body.name", bp + "/name", "Tên cơ quan " + q(b.getName()) + " không đọc lại được",
            "The body name " + q(b.getName()) + " cannot be read back"));
        continue;
      }
      ResponsibleBody r = back.get();
      compare(out, "body.id", bp + "/id", b.getId(), r.getId(), "mã", "id");
      compare(out, "body.name", bp + "/name", b.getName(), r.getName(), "tên", "name");
      compare(out, "body.kind", bp + "/kind", b.getKind().getCode(), r.getKind().getCode(), "loại (đoán từ tên)", "kind (guessed from the name)");
      compare(out, "body.group", bp + "/group", String.valueOf(b.isGroup()), String.valueOf(r.isGroup()),
          "là nhóm (đoán từ tên)", "group flag (guessed from the name)");
      compare(out, "body.head-title", bp + "/headTitle", b.getHeadTitle().orElse(""), r.getHeadTitle().orElse(""),
          "chức danh người đứng đầu", "head title");
      b.getAbbreviation().ifPresent(x -> out.add(loss("body.abbreviation", bp + "/abbreviation",
          "Bảng không ghi tên viết tắt " + q(x), "The table does not carry the abbreviation " + q(x))));
      b.getAgencyId().ifPresent(x -> out.add(loss("body.agency-id", bp + "/agencyId",
          "Bảng không ghi mã định danh " + q(x), "The table does not carry the agency id " + q(x))));
      if (!b.getMemberIds().isEmpty()) {
        out.add(loss("body.members", bp + "/memberIds", "Bảng không ghi các thành viên của nhóm " + b.getMemberIds(),
            "The table does not carry the group's members " + b.getMemberIds()));
      }
    }
  }

  private static void compare(List<TableLoss> out, String code, String pointer, String was, String back, String vi, String en) {
    if (!was.equals(back)) {
      out.add(loss(code, pointer, "Cơ quan: " + vi + " " + q(was) + " sẽ được đọc lại là " + q(back),
          "Body " + en + " " + q(was) + " reads back as " + q(back)));
    }
  }

  private void otherParts(List<TableLoss> out) {
    List<String> parts = new ArrayList<>(List.of("issuer", "subject"));
    add(parts, "number", plan.getNumber().isPresent());
    add(parts, "place", plan.getPlace().isPresent());
    add(parts, "issueDate", plan.getIssueDate().isPresent());
    add(parts, "legalBases", !plan.getLegalBases().isEmpty());
    add(parts, "period", plan.getPeriod().isPresent());
    add(parts, "territory", plan.getTerritory().isPresent());
    add(parts, "issuingDecision", plan.getIssuingDecision().isPresent());
    add(parts, "objectives", !plan.getObjectives().isEmpty());
    add(parts, "requirements", !plan.getRequirements().isEmpty());
    add(parts, "contentItems", !plan.getContentItems().isEmpty());
    add(parts, "channels", !plan.getChannels().isEmpty());
    add(parts, "budget", plan.getBudget().isPresent());
    add(parts, "reportingRules", !plan.getReportingRules().isEmpty());
    add(parts, "procedures", !plan.getProcedures().isEmpty());
    add(parts, "closingText", plan.getClosingText().isPresent());
    add(parts, "recipients", !plan.getRecipients().isEmpty());
    add(parts, "signature", plan.getSignature().isPresent());
    add(parts, "annexes", !plan.getAnnexes().isEmpty());
    add(parts, "unclassifiedTexts", !plan.getUnclassifiedTexts().isEmpty());
    out.add(loss("plan.other-parts", "", "Bảng chỉ ghi các nhiệm vụ; không ghi: " + String.join(", ", parts),
        "A task table carries only the tasks; not carried: " + String.join(", ", parts)));
  }

  private static void add(List<String> parts, String name, boolean present) {
    if (present) {
      parts.add(name);
    }
  }

  private static TableLoss loss(String code, String pointer, String vi, String en) {
    return TableLoss.of(code, pointer, LocalizedText.of(vi, en));
  }

  private static String q(String s) {
    return Text.quote(s);
  }
}
