package io.kehoach.validation.internal;

import static io.kehoach.validation.RuleCatalogue.BUDGET_NEGATIVE;
import static io.kehoach.validation.RuleCatalogue.BUDGET_TOTAL;
import static io.kehoach.validation.RuleCatalogue.DATE_ISSUED_AFTER_PERIOD;
import static io.kehoach.validation.RuleCatalogue.DATE_ISSUE_MISSING;
import static io.kehoach.validation.RuleCatalogue.ID_DUPLICATE;
import static io.kehoach.validation.RuleCatalogue.NUMBER_LEADING_ZERO;
import static io.kehoach.validation.RuleCatalogue.NUMBER_MISSING;
import static io.kehoach.validation.RuleCatalogue.NUMBER_TYPE_CASE;
import static io.kehoach.validation.RuleCatalogue.NUMBER_TYPE_MISMATCH;
import static io.kehoach.validation.RuleCatalogue.NUMBER_TYPE_MISSING;
import static io.kehoach.validation.RuleCatalogue.NUMBER_TYPE_UNKNOWN;
import static io.kehoach.validation.RuleCatalogue.NUMBER_YEAR_IN_SYMBOL;
import static io.kehoach.validation.RuleCatalogue.PERIOD_MISSING;
import static io.kehoach.validation.RuleCatalogue.PLACE_MISSING;
import static io.kehoach.validation.RuleCatalogue.RECIPIENTS_ARCHIVE_LAST;
import static io.kehoach.validation.RuleCatalogue.RECIPIENTS_MISSING;
import static io.kehoach.validation.RuleCatalogue.REF_BODY;
import static io.kehoach.validation.RuleCatalogue.REF_CHANNEL;
import static io.kehoach.validation.RuleCatalogue.REF_CONTENT_ITEM;
import static io.kehoach.validation.RuleCatalogue.REF_TASK;
import static io.kehoach.validation.RuleCatalogue.REPORTING_NO_DUE_DATE;
import static io.kehoach.validation.RuleCatalogue.SIGNATURE_DEPUTY;
import static io.kehoach.validation.RuleCatalogue.SIGNATURE_MARKER_ORDER;
import static io.kehoach.validation.RuleCatalogue.SIGNATURE_MISSING;
import static io.kehoach.validation.RuleCatalogue.SUBJECT_TOO_LONG;
import static io.kehoach.validation.RuleCatalogue.TASK_LEAD;

import io.kehoach.plan.Annex;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.DueDate;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Money;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.validation.ValidationProfile;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a single field cannot express. The ids of the plan are indexed once; every rule then
 * walks the plan once, so the whole runs in time linear in the size of the plan.
 */
final class DomainRules {
  private static final int SUBJECT_LIMIT = 500;
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final Plan plan;
  private final ValidationProfile profile;
  private final Engine.Findings findings;
  private final Set<String> bodies = new HashSet<>();
  private final Set<String> contentItems = new HashSet<>();
  private final Set<String> channels = new HashSet<>();
  private final Set<String> tasks = new HashSet<>();

  DomainRules(Plan plan, ValidationProfile profile, Engine.Findings findings) {
    this.plan = plan;
    this.profile = profile;
    this.findings = findings;
  }

  void run() {
    index();
    identity();
    references();
    budget();
    reporting();
    closing();
  }

  // -- index and duplicates -------------------------------------------------------------------

  private void index() {
    declare(plan.getBodies(), ResponsibleBody::getId, "/bodies", bodies);
    declare(plan.getContentItems(), c -> c.getId(), "/contentItems", contentItems);
    declare(plan.getChannels(), MediaChannel::getId, "/channels", channels);
    declare(plan.getObjectives(), o -> o.getId(), "/objectives", new HashSet<>());
    declare(plan.getRequirements(), r -> r.getId(), "/requirements", new HashSet<>());
    declare(plan.getAssignments(), Assignment::getId, "/assignments", new HashSet<>());
    declare(plan.getReportingRules(), ReportingRule::getId, "/reportingRules", new HashSet<>());
    declare(plan.getAnnexes(), Annex::getId, "/annexes", new HashSet<>());
    plan.getBudget().ifPresent(b -> declare(b.getLines(), BudgetLine::getId, "/budget/lines", new HashSet<>()));
    List<Assignment> assignments = plan.getAssignments();
    for (int i = 0; i < assignments.size(); i++) {
      List<Task> list = assignments.get(i).getTasks();
      for (int j = 0; j < list.size(); j++) {
        if (!tasks.add(list.get(j).getId())) {
          findings.add(ID_DUPLICATE, "/assignments/" + i + "/tasks/" + j + "/id", list.get(j).getId());
        }
      }
    }
  }

  private <T> void declare(List<T> items, Function<T, String> id, String base, Set<String> into) {
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      if (!into.add(value)) {
        findings.add(ID_DUPLICATE, base + "/" + i + "/id", value);
      }
    }
  }

  // -- identity -------------------------------------------------------------------------------

  private void identity() {
    boolean official = profile == ValidationProfile.ISSUED || plan.getStatus().isIssued();
    if (official) {
      if (plan.getNumber().isEmpty()) {
        findings.add(NUMBER_MISSING, "/number", null);
      }
      if (plan.getIssueDate().isEmpty()) {
        findings.add(DATE_ISSUE_MISSING, "/issueDate", null);
      }
      if (plan.getPlace().isEmpty()) {
        findings.add(PLACE_MISSING, "/place", null);
      }
      if (plan.getSignature().isEmpty()) {
        findings.add(SIGNATURE_MISSING, "/signature", null);
      }
      if (plan.getRecipients().isEmpty()) {
        findings.add(RECIPIENTS_MISSING, "/recipients", null);
      }
    }
    plan.getNumber().ifPresent(this::number);
    if (plan.getPeriod().isEmpty()) {
      findings.add(PERIOD_MISSING, "/period", null);
    } else if (plan.getIssueDate().isPresent() && plan.getPeriod().get().isOrdered()
        && plan.getIssueDate().get().isAfter(plan.getPeriod().get().getEnd())) {
      findings.add(DATE_ISSUED_AFTER_PERIOD, "/issueDate", plan.getIssueDate().get().toString());
    }
    if (plan.getSubject().codePointCount(0, plan.getSubject().length()) > SUBJECT_LIMIT) {
      findings.add(SUBJECT_TOO_LONG, "/subject", null);
    }
  }

  private void number(DocumentNumber n) {
    DocumentType type = plan.getDocumentType();
    Optional<String> abbreviation = n.getTypeAbbreviation();
    if (abbreviation.isEmpty()) {
      if (type.getAbbreviation().isPresent()) {
        findings.add(NUMBER_TYPE_MISSING, "/number", n.toString());
      }
    } else {
      Optional<DocumentType> exact = DocumentType.fromAbbreviation(abbreviation.get());
      Optional<DocumentType> named = exact;
      if (exact.isEmpty()) {
        named = DocumentType.fromAbbreviationIgnoringCase(abbreviation.get());
        findings.add(named.isPresent() ? NUMBER_TYPE_CASE : NUMBER_TYPE_UNKNOWN, "/number", n.toString());
      }
      if (named.isPresent() && named.get() != type && type.getAbbreviation().isPresent()) {
        findings.add(NUMBER_TYPE_MISMATCH, "/number", n.toString());
      }
    }
    if (n.isWrittenWithoutLeadingZero()) {
      findings.add(NUMBER_LEADING_ZERO, "/number", n.getWrittenForm().orElse(n.toString()));
    }
    if (n.getYear().isPresent() && !type.isNormative()) {
      findings.add(NUMBER_YEAR_IN_SYMBOL, "/number", n.toString());
    }
  }

  // -- references -----------------------------------------------------------------------------

  private void references() {
    plan.getIssuer().getBodyId().ifPresent(id -> body(id, "/issuer/bodyId"));
    List<ResponsibleBody> bodyList = plan.getBodies();
    for (int i = 0; i < bodyList.size(); i++) {
      List<String> members = bodyList.get(i).getMemberIds();
      for (int j = 0; j < members.size(); j++) {
        body(members.get(j), "/bodies/" + i + "/memberIds/" + j);
      }
    }
    List<MediaChannel> channelList = plan.getChannels();
    for (int i = 0; i < channelList.size(); i++) {
      List<Outlet> outlets = channelList.get(i).getOutlets();
      for (int j = 0; j < outlets.size(); j++) {
        int o = j;
        int c = i;
        outlets.get(j).getBodyId().ifPresent(id -> body(id, "/channels/" + c + "/outlets/" + o + "/bodyId"));
      }
    }
    List<Assignment> assignments = plan.getAssignments();
    for (int i = 0; i < assignments.size(); i++) {
      Assignment a = assignments.get(i);
      String base = "/assignments/" + i;
      body(a.getBodyId(), base + "/bodyId");
      for (int j = 0; j < a.getTasks().size(); j++) {
        task(a, a.getTasks().get(j), base + "/tasks/" + j);
      }
    }
    plan.getBudget().ifPresent(b -> {
      for (int i = 0; i < b.getApprovalChain().size(); i++) {
        body(b.getApprovalChain().get(i).getBodyId(), "/budget/approvalChain/" + i + "/bodyId");
      }
      for (int i = 0; i < b.getLines().size(); i++) {
        List<String> ids = b.getLines().get(i).getTaskIds();
        for (int j = 0; j < ids.size(); j++) {
          ref(tasks, REF_TASK, ids.get(j), "/budget/lines/" + i + "/taskIds/" + j);
        }
      }
    });
    List<ReportingRule> rules = plan.getReportingRules();
    for (int i = 0; i < rules.size(); i++) {
      ReportingRule r = rules.get(i);
      String base = "/reportingRules/" + i;
      for (int j = 0; j < r.getReporterIds().size(); j++) {
        body(r.getReporterIds().get(j), base + "/reporterIds/" + j);
      }
      body(r.getRecipientId(), base + "/recipientId");
      r.getIntermediaryId().ifPresent(id -> body(id, base + "/intermediaryId"));
    }
    List<Recipient> recipients = plan.getRecipients();
    for (int i = 0; i < recipients.size(); i++) {
      int k = i;
      recipients.get(i).getBodyId().ifPresent(id -> body(id, "/recipients/" + k + "/bodyId"));
    }
    List<Annex> annexes = plan.getAnnexes();
    for (int i = 0; i < annexes.size(); i++) {
      List<String> ids = annexes.get(i).getTaskIds();
      for (int j = 0; j < ids.size(); j++) {
        ref(tasks, REF_TASK, ids.get(j), "/annexes/" + i + "/taskIds/" + j);
      }
    }
  }

  private void task(Assignment a, Task t, String base) {
    List<TaskParticipant> participants = t.getParticipants();
    for (int k = 0; k < participants.size(); k++) {
      body(participants.get(k).getBodyId(), base + "/participants/" + k + "/bodyId");
    }
    for (int k = 0; k < t.getContentItemIds().size(); k++) {
      ref(contentItems, REF_CONTENT_ITEM, t.getContentItemIds().get(k), base + "/contentItemIds/" + k);
    }
    for (int k = 0; k < t.getChannelIds().size(); k++) {
      ref(channels, REF_CHANNEL, t.getChannelIds().get(k), base + "/channelIds/" + k);
    }
    int leads = a.leadsOf(t).size();
    if (leads != 1) {
      findings.add(TASK_LEAD, base, leads + (leads == 1 ? " lead" : " leads"));
    }
  }

  private void body(String id, String pointer) {
    ref(bodies, REF_BODY, id, pointer);
  }

  private void ref(Set<String> declared, String code, String id, String pointer) {
    if (!declared.contains(id)) {
      findings.add(code, pointer, id);
    }
  }

  // -- budget ---------------------------------------------------------------------------------

  private void budget() {
    plan.getBudget().ifPresent(this::budget);
    List<Assignment> assignments = plan.getAssignments();
    for (int i = 0; i < assignments.size(); i++) {
      List<Task> list = assignments.get(i).getTasks();
      for (int j = 0; j < list.size(); j++) {
        String pointer = "/assignments/" + i + "/tasks/" + j + "/cost";
        list.get(j).getCost().filter(Money::isNegative).ifPresent(m -> findings.add(BUDGET_NEGATIVE, pointer, m.toString()));
      }
    }
  }

  private void budget(Budget b) {
    for (int i = 0; i < b.getLines().size(); i++) {
      Money amount = b.getLines().get(i).getAmount();
      if (amount.isNegative()) {
        findings.add(BUDGET_NEGATIVE, "/budget/lines/" + i + "/amount", amount.toString());
      }
    }
    b.getTotal().filter(Money::isNegative).ifPresent(t -> findings.add(BUDGET_NEGATIVE, "/budget/total", t.toString()));
    if (b.getTotal().isPresent()) {
      Optional<Money> sum = b.sumOfLines();
      if (sum.isPresent() && !sum.get().equals(b.getTotal().get())) {
        findings.add(BUDGET_TOTAL, "/budget/total", b.getTotal().get() + " ≠ " + sum.get());
      }
    }
  }

  // -- reporting ------------------------------------------------------------------------------

  private void reporting() {
    if (plan.getPeriod().isEmpty() || !plan.getPeriod().get().isOrdered()) {
      return; // period.missing or period.reversed already says why no date can be computed
    }
    Period period = plan.getPeriod().get();
    List<ReportingRule> rules = plan.getReportingRules();
    for (int i = 0; i < rules.size(); i++) {
      ReportingRule r = rules.get(i);
      boolean computable = r.getDeadlines().stream().map(Deadline::getFrequency)
          .anyMatch(f -> f.isPeriodic() || f == io.kehoach.plan.ReportingFrequency.ONCE);
      if (!computable) {
        continue; // ad hoc only: no date is expected
      }
      boolean inside;
      try {
        inside = r.dueDates(period).stream().map(DueDate::getDate).anyMatch(period::contains);
      } catch (IllegalArgumentException tooLong) {
        inside = false;
      }
      if (!inside) {
        findings.add(REPORTING_NO_DUE_DATE, "/reportingRules/" + i, r.describeDeadlines(VIETNAMESE));
      }
    }
  }

  // -- closing --------------------------------------------------------------------------------

  private void closing() {
    plan.getSignature().ifPresent(this::signature);
    List<Recipient> recipients = plan.getRecipients();
    if (!recipients.isEmpty() && !recipients.get(recipients.size() - 1).isArchive()) {
      findings.add(RECIPIENTS_ARCHIVE_LAST, "/recipients/" + (recipients.size() - 1),
          recipients.get(recipients.size() - 1).getName());
    }
  }

  private void signature(Signature s) {
    List<SigningMarker> markers = s.getMarkers();
    Set<SigningAuthority> seen = EnumSet.noneOf(SigningAuthority.class);
    for (int i = 0; i < markers.size(); i++) {
      SigningAuthority a = markers.get(i).getAuthority();
      if (!seen.add(a) || a == SigningAuthority.TM && i > 0) {
        findings.add(SIGNATURE_MARKER_ORDER, "/signature/markers/" + i, markers.get(i).toString());
      }
    }
    if (seen.contains(SigningAuthority.KT) && !s.getPosition().strip().toUpperCase(VIETNAMESE).startsWith("PHÓ")) {
      findings.add(SIGNATURE_DEPUTY, "/signature/position", s.getPosition());
    }
  }
}
