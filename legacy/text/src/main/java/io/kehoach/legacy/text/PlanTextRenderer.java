package io.kehoach.legacy.text;

import io.kehoach.plan.Annex;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.UnclassifiedText;
import io.kehoach.plan.VietnameseDates;

import io.kehoach.plan.internal.Numerals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays a plan out as the plain text of an official document (Decree 30/2020/NĐ-CP): issuing body
 * and national title, number and date line (leading-zero rule), {@code KẾ HOẠCH} and subject,
 * legal basis, sections I to V with their items, closing paragraph, recipients ending with the
 * archive entry, and the signature block; annex tasks as a table.
 *
 * <p>Importing the rendered text with {@link PlanTextImporter} reads back what the text carries:
 * identity, statements, contents, channels, assignments and tasks with their bodies, budget,
 * reporting rules, recipients and signature. For a plan that came from an import, rendering and
 * importing again gives an equal plan, but for unclassified text of the header and the closing
 * (a web page's navigation, say), which belongs to no part of a document and is not rendered.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlanTextRenderer {
  private PlanTextRenderer() {}

  /** A renderer. */
  public static PlanTextRenderer create() {
    return new PlanTextRenderer();
  }

  /** The plan as the text of an official document. */
  public String render(Plan plan) {
    StringBuilder b = new StringBuilder();
    Map<String, ResponsibleBody> bodies = new HashMap<>();
    for (ResponsibleBody x : plan.getBodies()) {
      bodies.putIfAbsent(x.getId(), x);
    }
    Function<String, String> name = id -> bodies.containsKey(id) ? named(bodies.get(id)) : id;

    plan.getIssuer().getSuperiorBody().ifPresent(s -> line(b, s.toUpperCase(Locale.ROOT)));
    line(b, plan.getIssuer().getName().toUpperCase(Locale.ROOT));
    line(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    line(b, "Độc lập - Tự do - Hạnh phúc");
    blank(b);
    plan.getNumber().ifPresent(n -> line(b, "Số: " + n));
    plan.getIssueDate().ifPresent(d -> line(b, plan.getPlace().map(p -> p + ", ").orElse("") + VietnameseDates.format(d)));
    blank(b);
    line(b, plan.getDocumentType().getLabel().vi().toUpperCase(Locale.ROOT));
    line(b, plan.getSubject());
    plan.getIssuingDecision().ifPresent(d -> line(b, "(Kèm theo " + d.getCitation() + ")"));
    blank(b);
    List<DocumentReference> bases = plan.getLegalBases();
    for (int i = 0; i < bases.size(); i++) {
      String c = bases.get(i).getCitation();
      String f = c.toLowerCase(Locale.ROOT);
      line(b, (f.startsWith("căn cứ") || f.startsWith("thực hiện") ? c : "Căn cứ " + c) + (i == bases.size() - 1 ? "." : ";"));
    }
    unclassified(b, plan, PlanSection.LEGAL_BASIS);
    if (!bases.isEmpty()) {
      blank(b);
    }

    int section = 0;
    if (!plan.getObjectives().isEmpty() || !plan.getRequirements().isEmpty()) {
      heading(b, ++section, "MỤC ĐÍCH, YÊU CẦU");
      sub(b, 1, "Mục đích");
      items(b, plan.getObjectives().stream().map(Objective::getStatement).collect(Collectors.toList()));
      sub(b, 2, "Yêu cầu");
      items(b, plan.getRequirements().stream().map(Requirement::getStatement).collect(Collectors.toList()));
      unclassified(b, plan, PlanSection.REQUIREMENTS);
      if (plan.getUnclassifiedTexts().stream().anyMatch(u -> u.getSection() == PlanSection.PURPOSES)) {
        sub(b, 3, "Đối tượng");
        unclassified(b, plan, PlanSection.PURPOSES);
      }
    }
    if (!plan.getContentItems().isEmpty() || !plan.getChannels().isEmpty()) {
      heading(b, ++section, "NỘI DUNG, HÌNH THỨC TRUYỀN THÔNG");
      sub(b, 1, "Nội dung");
      items(b, plan.getContentItems().stream().map(ContentItem::getTheme).collect(Collectors.toList()));
      sub(b, 2, "Hình thức");
      items(b, plan.getChannels().stream().map(PlanTextRenderer::channel).collect(Collectors.toList()));
      unclassified(b, plan, PlanSection.CONTENT, PlanSection.CHANNELS);
    }
    Set<String> annexed = new HashSet<>();
    plan.getAnnexes().forEach(a -> annexed.addAll(a.getTaskIds()));
    List<Assignment> assignments = plan.getAssignments().stream()
        .filter(a -> a.getTasks().isEmpty() || !a.getTasks().stream().allMatch(t -> annexed.contains(t.getId())))
        .collect(Collectors.toList());
    Set<String> taskTexts = new HashSet<>();
    if (!assignments.isEmpty()) {
      heading(b, ++section, "TỔ CHỨC THỰC HIỆN");
      int n = 0;
      for (Assignment a : assignments) {
        line(b, ++n + ". " + name.apply(a.getBodyId()) + ":");
        for (Task t : a.getTasks()) {
          if (!annexed.contains(t.getId())) {
            line(b, "- " + end(t.getDescription(), ";"));
            taskTexts.add(t.getDescription());
          }
        }
      }
      unclassified(b, plan, PlanSection.IMPLEMENTATION);
    }
    if (plan.getBudget().isPresent()) {
      heading(b, ++section, "KINH PHÍ THỰC HIỆN");
      budget(b, plan.getBudget().get(), name);
      unclassified(b, plan, PlanSection.BUDGET);
    }
    List<ReportingRule> rules = plan.getReportingRules().stream()
        .filter(r -> r.getText().map(t -> !taskTexts.contains(t)).orElse(true)).collect(Collectors.toList());
    // Two rules read from one sentence (a report and its onward report) print the sentence once.
    java.util.Set<String> printed = new java.util.HashSet<>();
    rules.removeIf(r -> r.getText().isPresent() && !printed.add(r.getText().get()));
    if (!rules.isEmpty()) {
      heading(b, ++section, "CHẾ ĐỘ BÁO CÁO");
      for (ReportingRule r : rules) {
        line(b, r.getText().map(t -> end(t, ".")).orElseGet(() -> reportingSentence(r, name)));
      }
      unclassified(b, plan, PlanSection.REPORTING);
    }
    blank(b);
    plan.getClosingText().ifPresent(c -> {
      line(b, c);
      blank(b);
    });
    List<Recipient> recipients = plan.getRecipients();
    if (!recipients.isEmpty()) {
      line(b, "Nơi nhận:");
      for (int i = 0; i < recipients.size(); i++) {
        Recipient r = recipients.get(i);
        line(b, "- " + (r.isArchive() ? "Lưu: " : "") + r.getName() + (i == recipients.size() - 1 ? "." : ";"));
      }
      blank(b);
    }
    plan.getSignature().ifPresent(s -> {
      for (SigningMarker m : s.getMarkers()) {
        line(b, m.toString());
      }
      line(b, s.getPosition());
      blank(b);
      line(b, s.getName());
    });
    for (Annex a : plan.getAnnexes()) {
      annex(b, plan, a, name);
    }
    return b.toString();
  }

  private static String named(ResponsibleBody body) {
    return body.getHeadTitle().map(h -> h + " " + lowerFirst(body.getName())).orElse(body.getName());
  }

  private static String channel(MediaChannel c) {
    return c.getDescription().orElseGet(() -> c.getKinds().stream().map(k -> k.getLabel().vi())
        .collect(Collectors.joining(", ")));
  }

  private static void budget(StringBuilder b, Budget budget, Function<String, String> name) {
    if (budget.getText().isPresent()) {
      for (String p : budget.getText().get().split("\n")) {
        if (!p.isBlank()) {
          line(b, "- " + end(p.strip(), "."));
        }
      }
      return;
    }
    List<String> estimate = budget.bodiesAt(BudgetStage.ESTIMATE);
    List<String> appraise = budget.bodiesAt(BudgetStage.APPRAISE);
    List<String> decide = budget.bodiesAt(BudgetStage.DECIDE);
    List<String> allocate = budget.bodiesAt(BudgetStage.ALLOCATE);
    if (!estimate.isEmpty()) {
      StringBuilder s = new StringBuilder("- Giao " + name.apply(estimate.get(0)) + " lập dự trù kinh phí thực hiện");
      if (!appraise.isEmpty()) {
        s.append(" gửi ").append(name.apply(appraise.get(0))).append(" thẩm định");
      }
      if (!decide.isEmpty()) {
        s.append(", trình ").append(name.apply(decide.get(0))).append(" xem xét, quyết định");
      }
      line(b, s.append('.').toString());
    }
    if (!allocate.isEmpty()) {
      line(b, "- Giao " + name.apply(allocate.get(0)) + " hướng dẫn và bố trí nguồn kinh phí thực hiện Kế hoạch này.");
    }
    if (!budget.getSources().isEmpty()) {
      line(b, "- Nguồn kinh phí: " + budget.getSources().stream().map(s -> s.getLabel().vi().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", ")) + ".");
    }
    for (BudgetLine l : budget.getLines()) {
      line(b, "- " + l.getDescription() + ": " + l.getAmount() + ";");
    }
    budget.getTotal().ifPresent(t -> line(b, "Tổng kinh phí: " + t + "."));
  }

  private static String reportingSentence(ReportingRule r, Function<String, String> name) {
    StringBuilder s = new StringBuilder("Định kỳ ").append(r.describeDeadlines(Locale.forLanguageTag("vi")));
    if (!r.getReporterIds().isEmpty()) {
      s.append(", ").append(r.getReporterIds().stream().map(name).collect(Collectors.joining(", ")));
    } else {
      s.append(",");
    }
    s.append(" gửi báo cáo về ").append(name.apply(r.getRecipientId()));
    r.getIntermediaryId().ifPresent(i -> s.append(" (thông qua ").append(name.apply(i)).append(")"));
    return s.append('.').toString();
  }

  private static void annex(StringBuilder b, Plan plan, Annex a, Function<String, String> name) {
    blank(b);
    line(b, a.getLabel().orElse("PHỤ LỤC").toUpperCase(Locale.ROOT));
    line(b, a.getTitle());
    line(b, "STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm | Kinh phí");
    Map<String, Task> tasks = new HashMap<>();
    Map<String, String> leads = new HashMap<>();
    for (Assignment as : plan.getAssignments()) {
      for (Task t : as.getTasks()) {
        tasks.put(t.getId(), t);
        List<String> l = as.leadsOf(t);
        leads.put(t.getId(), l.isEmpty() ? as.getBodyId() : l.get(0));
      }
    }
    int n = 0;
    for (String id : a.getTaskIds()) {
      Task t = tasks.get(id);
      if (t == null) {
        continue;
      }
      line(b, ++n + " | " + t.getDescription() + " | " + name.apply(leads.get(id)) + " | "
          + t.bodyIds(AssignmentRole.COORDINATE).stream().map(name).collect(Collectors.joining(", ")) + " | "
          + t.getTiming().map(Object::toString).orElse("") + " | " + String.join("; ", t.getOutputs()) + " | "
          + t.getCost().map(Object::toString).orElse(""));
    }
  }

  private static void unclassified(StringBuilder b, Plan plan, PlanSection... sections) {
    Set<PlanSection> set = Set.of(sections);
    for (UnclassifiedText u : plan.getUnclassifiedTexts()) {
      if (set.contains(u.getSection())) {
        line(b, u.getText());
      }
    }
  }

  private static void heading(StringBuilder b, int n, String title) {
    blank(b);
    line(b, Numerals.roman(n) + ". " + title);
  }

  private static void sub(StringBuilder b, int n, String title) {
    line(b, n + ". " + title);
  }

  private static void items(StringBuilder b, List<String> items) {
    for (int i = 0; i < items.size(); i++) {
      line(b, "- " + end(items.get(i), i == items.size() - 1 ? "." : ";"));
    }
  }

  private static String end(String s, String mark) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith(";") || t.endsWith("...") ? t : t + mark;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
        : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static void line(StringBuilder b, String s) {
    b.append(s).append('\n');
  }

  private static void blank(StringBuilder b) {
    if (b.length() > 0 && !b.toString().endsWith("\n\n")) {
      b.append('\n');
    }
  }

}
