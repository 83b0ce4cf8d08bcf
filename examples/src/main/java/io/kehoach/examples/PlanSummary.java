package io.kehoach.examples;

import io.kehoach.plan.Assignment;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.DueDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a plan as a short readable summary with its reporting calendar, the way the examples show it. */
final class PlanSummary {
  private PlanSummary() {}

  static void print(Plan plan, PrintStream out) {
    Map<String, String> names = new HashMap<>();
    for (ResponsibleBody b : plan.getBodies()) {
      names.put(b.getId(), b.getName());
    }
    out.println(plan.getDocumentType().getLabel().vi().toUpperCase(Locale.ROOT) + " "
        + plan.getNumber().map(Object::toString).orElse("(no number)"));
    out.println("  issuer:       " + plan.getIssuer().getName());
    out.println("  place, date:  " + plan.placeAndDate().map(Object::toString)
        .orElse(plan.getIssueDate().map(Object::toString).orElse("(not stated)")));
    out.println("  subject:      " + plan.getSubject());
    out.println("  period:       " + plan.getPeriod().map(Object::toString).orElse("(not stated)"));
    out.println("  territory:    " + plan.getTerritory().map(t -> t.getName() + t.getCode().map(c -> " (" + c + ")")
        .orElse("")).orElse("(not stated)"));
    out.println("  status:       " + plan.getStatus().getCode());
    plan.getIssuingDecision().ifPresent(d -> out.println("  issued by:    "
        + d.getNumber().map(Object::toString).orElse(d.getCitation())));
    out.printf("  sections:     %d purposes, %d requirements, %d contents, %d channels, %d assignments, %d tasks%n",
        plan.getObjectives().size(), plan.getRequirements().size(), plan.getContentItems().size(),
        plan.getChannels().size(), plan.getAssignments().size(), plan.tasks().count());
    for (Assignment a : plan.getAssignments()) {
      out.println("  - " + names.getOrDefault(a.getBodyId(), a.getBodyId()) + ": " + a.getTasks().size()
          + (a.getTasks().size() == 1 ? " task" : " tasks"));
      for (Task t : a.getTasks()) {
        List<String> coordinating = t.bodyIds(io.kehoach.plan.AssignmentRole.COORDINATE);
        if (!coordinating.isEmpty()) {
          out.println("      with " + coordinating.stream().map(id -> names.getOrDefault(id, id))
              .collect(Collectors.joining(", ")));
        }
      }
    }
    plan.getBudget().ifPresent(b -> out.println("  budget chain: "
        + String.join(" → ", names(b.bodiesAt(BudgetStage.ESTIMATE), names)) + " (estimate) → "
        + String.join(", ", names(b.bodiesAt(BudgetStage.APPRAISE), names)) + " (appraise) → "
        + String.join(", ", names(b.bodiesAt(BudgetStage.DECIDE), names)) + " (decide)"));
    for (ReportingRule r : plan.getReportingRules()) {
      out.println("  reporting:    " + String.join(", ", names(r.getReporterIds(), names)) + " → "
          + names.getOrDefault(r.getRecipientId(), r.getRecipientId())
          + r.getIntermediaryId().map(i -> " (through " + names.getOrDefault(i, i) + ")").orElse("")
          + ", " + r.describeDeadlines(Locale.ENGLISH));
    }
    List<DueDate> due = plan.dueDates();
    if (!due.isEmpty()) {
      out.println("  calendar:");
      for (DueDate d : due) {
        ReportingRule rule = plan.getReportingRules().stream()
            .filter(r -> d.getRuleId().map(r.getId()::equals).orElse(false)).findFirst().orElseThrow();
        out.printf("    %s  %-11s %s → %s (covers %s)%n", d.getDate(), d.getFrequency().getCode(),
            String.join(", ", names(rule.getReporterIds(), names)),
            names.getOrDefault(rule.getRecipientId(), rule.getRecipientId()), d.getCoveredPeriod());
      }
    }
    out.println("  recipients:   " + plan.getRecipients().size()
        + plan.getRecipients().stream().filter(r -> r.isArchive()).findFirst().map(r -> ", archive: " + r.getName())
            .orElse(""));
    plan.getSignature().ifPresent(s -> out.println("  signed:       "
        + s.getMarkers().stream().map(m -> m.toString() + " / ").collect(Collectors.joining())
        + s.getPosition() + " / " + s.getName()));
  }

  private static List<String> names(List<String> ids, Map<String, String> names) {
    return ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.toList());
  }
}
