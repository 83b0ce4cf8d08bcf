package io.kehoach.examples;

import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists the references of a plan that name no declared id (a test aid until the validation module exists). */
final class References {
  private References() {}

  static List<String> dangling(Plan plan) {
    Set<String> bodies = new HashSet<>();
    plan.getBodies().forEach(b -> bodies.add(b.getId()));
    Set<String> contents = new HashSet<>();
    plan.getContentItems().stream().map(ContentItem::getId).forEach(contents::add);
    Set<String> channels = new HashSet<>();
    plan.getChannels().stream().map(MediaChannel::getId).forEach(channels::add);
    List<String> out = new ArrayList<>();
    plan.getIssuer().getBodyId().ifPresent(id -> check(bodies, id, "issuer", out));
    for (ResponsibleBody b : plan.getBodies()) {
      b.getMemberIds().forEach(id -> check(bodies, id, "member of " + b.getId(), out));
    }
    for (MediaChannel c : plan.getChannels()) {
      for (Outlet o : c.getOutlets()) {
        o.getBodyId().ifPresent(id -> check(bodies, id, "outlet of " + c.getId(), out));
      }
    }
    for (Assignment a : plan.getAssignments()) {
      check(bodies, a.getBodyId(), "assignment " + a.getId(), out);
      for (Task t : a.getTasks()) {
        for (TaskParticipant p : t.getParticipants()) {
          check(bodies, p.getBodyId(), "task " + t.getId(), out);
        }
        t.getContentItemIds().forEach(id -> check(contents, id, "task " + t.getId(), out));
        t.getChannelIds().forEach(id -> check(channels, id, "task " + t.getId(), out));
      }
    }
    plan.getBudget().ifPresent(b -> b.getApprovalChain().stream().map(ApprovalStep::getBodyId)
        .forEach(id -> check(bodies, id, "budget", out)));
    for (ReportingRule r : plan.getReportingRules()) {
      r.getReporterIds().forEach(id -> check(bodies, id, "reporting " + r.getId(), out));
      check(bodies, r.getRecipientId(), "reporting " + r.getId(), out);
      r.getIntermediaryId().ifPresent(id -> check(bodies, id, "reporting " + r.getId(), out));
    }
    plan.getRecipients().forEach(r -> r.getBodyId().ifPresent(id -> check(bodies, id, "recipient", out)));
    return out;
  }

  private static void check(Set<String> declared, String id, String where, List<String> out) {
    if (!declared.contains(id)) {
      out.add(where + " → " + id);
    }
  }
}
