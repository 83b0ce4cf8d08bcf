package io.kehoach.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Assignment;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Money;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** For every rule: a plan that breaks it, with the finding's code, pointer and severity. */
class RulesTest {

  private static final PlanValidator VALIDATOR = PlanValidator.create();

  private record Case(String code, String name, ValidationProfile profile, String pointer, Severity severity,
      UnaryOperator<Plan.Builder> breakIt, Plan before) {}

  private static final List<Case> CASES = new ArrayList<>();

  private static void breaks(String code, String name, String pointer, Severity severity,
      UnaryOperator<Plan.Builder> breakIt) {
    CASES.add(new Case(code, name, ValidationProfile.ISSUED, pointer, severity, breakIt, null));
  }

  private static void breaks(String code, String name, ValidationProfile profile, String pointer, Severity severity,
      UnaryOperator<Plan.Builder> breakIt) {
    CASES.add(new Case(code, name, profile, pointer, severity, breakIt, null));
  }

  private static ResponsibleBody body(String id) {
    return ResponsibleBody.of(id, "Cơ quan " + id, BodyKind.OTHER);
  }

  static {
    breaks("value.required", "blank subject", "/subject", Severity.ERROR, b -> b.subject("  "));
    breaks("value.required", "blank objective", "/objectives/1/statement", Severity.ERROR,
        b -> b.addObjective(Objective.of("muc-dich-2", "")));
    breaks("value.too-long", "a 301-character name", "/bodies/4/name", Severity.ERROR,
        b -> b.addBody(ResponsibleBody.of("dai", "Đ".repeat(301), BodyKind.PRESS)));
    breaks("value.too-long", "imported: a warning", ValidationProfile.IMPORTED, "/subject", Severity.WARNING,
        b -> b.subject("x".repeat(2001)));
    breaks("id.format", "space in id", "/bodies/4/id", Severity.ERROR, b -> b.addBody(body("so noi vu")));
    breaks("id.format", "imported: only a warning", ValidationProfile.IMPORTED, "/bodies/4/id", Severity.WARNING,
        b -> b.addBody(body("sở-nội-vụ")));
    breaks("id.format", "bad member id in a list", "/bodies/4/memberIds/0", Severity.ERROR,
        b -> b.addBody(ResponsibleBody.builder().id("nhom").name("Nhóm").kind(BodyKind.OTHER).group(true)
            .addMemberId("so tu phap").build()));
    breaks("text.control-characters", "NUL in subject", "/subject", Severity.ERROR,
        b -> b.subject("Kế hoạch\u0000truyền thông"));
    breaks("text.control-characters", "bidi override in a name", "/bodies/4/name", Severity.ERROR,
        b -> b.addBody(ResponsibleBody.of("x", "Sở \u202ETư pháp", BodyKind.DEPARTMENT)));
    breaks("text.control-characters", "replacement character", "/place", Severity.ERROR,
        b -> b.place("B\uFFFDnh Phước"));
    breaks("text.mixed-scripts", "Cyrillic o in a name", "/signature/name", Severity.WARNING,
        b -> b.signature(Signature.of("CHỦ TỊCH", "Nguyễn Văn Trâm\u043E")));
    breaks("money.whole-vnd", "fraction of a đồng", "/budget/lines/0/amount", Severity.ERROR,
        b -> b.budget(Budget.builder().addLine(BudgetLine.of("kp", "x", Money.of(new BigDecimal("10.5"), "VND"))).build()));
    breaks("money.whole-vnd", "another currency on a task", "/assignments/0/tasks/0/cost", Severity.ERROR,
        b -> b.assignments(List.of(Assignment.builder().id("a").bodyId("so-tu-phap")
            .addTask(Task.builder().id("t").description("x").cost(Money.of(BigDecimal.TEN, "USD")).build()).build())));
    breaks("period.reversed", "end before start", "/period", Severity.ERROR,
        b -> b.period(Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1))));

    breaks("number.missing", "no number", "/number", Severity.ERROR, b -> b.number(java.util.Optional.empty()));
    breaks("number.type-missing", "symbol without KH", "/number", Severity.ERROR,
        b -> b.number(DocumentNumber.parse("36/UBND")));
    breaks("number.type-unknown", "not in the table", "/number", Severity.WARNING,
        b -> b.number(DocumentNumber.builder().number(36).typeAbbreviation("XYZ").issuerAbbreviation("UBND").build()));
    breaks("number.type-case", "Kh for KH", "/number", Severity.WARNING, b -> b.number(DocumentNumber.parse("36/Kh-UBND")));
    breaks("number.type-mismatch", "a decision's symbol on a plan", "/number", Severity.ERROR,
        b -> b.number(DocumentNumber.parse("36/QĐ-UBND")));
    breaks("number.leading-zero", "5 without zero", "/number", Severity.WARNING,
        b -> b.number(DocumentNumber.parse("5/KH-UBND")));
    breaks("number.year-in-symbol", "year in a plan's symbol", "/number", Severity.WARNING,
        b -> b.number(DocumentNumber.parse("36/2017/KH-UBND")));

    breaks("date.issue-missing", "no date", "/issueDate", Severity.ERROR, b -> b.issueDate(java.util.Optional.empty()));
    breaks("date.issue-missing", "imported issued plan: warning", ValidationProfile.IMPORTED, "/issueDate",
        Severity.WARNING, b -> b.issueDate(java.util.Optional.empty()));
    breaks("place.missing", "no place", "/place", Severity.ERROR, b -> b.place(java.util.Optional.empty()));
    breaks("period.missing", "no period", "/period", Severity.WARNING, b -> b.period(java.util.Optional.empty()));
    breaks("date.issued-after-period", "issued in 2018 for 2017", "/issueDate", Severity.WARNING,
        b -> b.issueDate(LocalDate.of(2018, 2, 1)));

    breaks("id.duplicate", "two bodies with one id", "/bodies/4/id", Severity.ERROR, b -> b.addBody(body("bao")));
    breaks("id.duplicate", "two tasks with one id", "/assignments/1/tasks/0/id", Severity.ERROR,
        b -> b.addAssignment(Assignment.builder().id("thuc-hien-2").bodyId("bao").addTask(Task.of("nv-1", "x")).build()));
    breaks("ref.body", "assignment to an undeclared body", "/assignments/1/bodyId", Severity.ERROR,
        b -> b.addAssignment(Assignment.builder().id("thuc-hien-2").bodyId("so-noi-vu").build()));
    breaks("ref.body", "undeclared reporting recipient", "/reportingRules/1/recipientId", Severity.ERROR,
        b -> b.addReportingRule(ReportingRule.builder().id("bc-2").recipientId("chinh-phu")
            .addDeadline(Deadline.monthly(25)).build()));
    breaks("ref.body", "approval chain names an undeclared body", "/budget/approvalChain/0/bodyId", Severity.ERROR,
        b -> b.budget(Budget.builder().addApprovalChain(io.kehoach.plan.ApprovalStep.of(
            io.kehoach.plan.BudgetStage.ESTIMATE, "so-ke-hoach")).build()));
    breaks("ref.content-item", "task serves an undeclared content item", "/assignments/1/tasks/0/contentItemIds/0",
        Severity.ERROR, b -> b.addAssignment(Assignment.builder().id("thuc-hien-2").bodyId("bao")
            .addTask(Task.builder().id("nv-2").description("x").addContentItemId("noi-dung-9").build()).build()));
    breaks("ref.channel", "task uses an undeclared channel", "/assignments/1/tasks/0/channelIds/0", Severity.ERROR,
        b -> b.addAssignment(Assignment.builder().id("thuc-hien-2").bodyId("bao")
            .addTask(Task.builder().id("nv-2").description("x").addChannelId("hinh-thuc-9").build()).build()));
    breaks("ref.task", "budget line pays an undeclared task", "/budget/lines/0/taskIds/0", Severity.ERROR,
        b -> b.budget(Budget.builder().addLine(BudgetLine.builder().id("kp").description("x").amount(Money.vnd(1))
            .addTaskId("nv-9").build()).build()));
    breaks("task.lead", "two leads", "/assignments/1/tasks/0", Severity.ERROR,
        b -> b.addAssignment(Assignment.builder().id("thuc-hien-2").bodyId("bao")
            .addTask(Task.builder().id("nv-2").description("x").addParticipant(TaskParticipant.lead("bao"))
                .addParticipant(TaskParticipant.lead("so-tu-phap")).build()).build()));
    breaks("task.lead", "no lead in a coordinating assignment", "/assignments/1/tasks/0", Severity.ERROR,
        b -> b.addAssignment(Assignment.builder().id("thuc-hien-2").bodyId("bao")
            .role(io.kehoach.plan.AssignmentRole.COORDINATE).addTask(Task.of("nv-2", "x")).build()));

    breaks("budget.negative", "negative line", "/budget/lines/1/amount", Severity.ERROR,
        b -> b.budget(Budget.builder().addLine(BudgetLine.of("kp-1", "x", Money.vnd(10)))
            .addLine(BudgetLine.of("kp-2", "y", Money.vnd(-5))).build()));
    breaks("budget.total-mismatch", "total is not the sum", "/budget/total", Severity.ERROR,
        b -> b.budget(Budget.builder().addLine(BudgetLine.of("kp-1", "x", Money.vnd(10)))
            .total(Money.vnd(11)).build()));
    breaks("reporting.no-due-date", "yearly rule due before the period", "/reportingRules/1", Severity.WARNING,
        b -> b.addReportingRule(ReportingRule.builder().id("bc-2").recipientId("ubnd-tinh")
            .addDeadline(Deadline.once(LocalDate.of(2019, 1, 15))).build()));

    breaks("signature.missing", "no signature", "/signature", Severity.ERROR, b -> b.signature(java.util.Optional.empty()));
    breaks("signature.deputy-position", "KT. signed by the chairman", "/signature/position", Severity.WARNING,
        b -> b.signature(Signature.builder().addMarker(SigningMarker.of(SigningAuthority.KT, "CHỦ TỊCH"))
            .position("CHỦ TỊCH").name("Nguyễn Văn A").build()));
    breaks("signature.marker-order", "TM. after KT.", "/signature/markers/1", Severity.WARNING,
        b -> b.signature(Signature.builder().addMarker(SigningMarker.of(SigningAuthority.KT, "CHỦ TỊCH"))
            .addMarker(SigningMarker.of(SigningAuthority.TM, "ỦY BAN NHÂN DÂN"))
            .position("PHÓ CHỦ TỊCH").name("Nguyễn Văn A").build()));
    breaks("recipients.missing", "no recipients", "/recipients", Severity.ERROR, b -> b.recipients(List.of()));
    breaks("recipients.archive-last", "archive not last", "/recipients/1", Severity.WARNING,
        b -> b.recipients(List.of(Recipient.archive("VT"), Recipient.of("Văn phòng Chính phủ"))));
    breaks("subject.too-long", "601 characters", "/subject", Severity.WARNING, b -> b.subject("a".repeat(601)));

    CASES.add(new Case("status.transition", "draft straight to issued", ValidationProfile.ISSUED, "/status",
        Severity.ERROR, b -> b, Plans.validBuilder().status(PlanStatus.DRAFT).build()));
  }

  @TestFactory
  Stream<DynamicTest> everyCase_givesItsFinding() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.code() + ": " + c.name(), () -> {
      Plan plan = c.breakIt().apply(Plans.validBuilder()).build();
      PlanValidator v = PlanValidator.builder().profile(c.profile()).build();
      ValidationReport report = c.before() == null ? v.validate(plan) : v.validateChange(c.before(), plan);
      assertThat(report.findings(c.code())).as(report.toString())
          .anySatisfy(f -> {
            assertThat(f.getPointer()).isEqualTo(c.pointer());
            assertThat(f.getSeverity()).isEqualTo(c.severity());
            assertThat(f.getMessage().vi()).isNotBlank();
            assertThat(f.getMessage().en()).isNotBlank();
          });
    }));
  }

  @Test
  void validBaseline_breaksNoRule() {
    for (ValidationProfile p : ValidationProfile.values()) {
      assertThat(VALIDATOR.validate(Plans.valid(), p).getFindings()).as(p.getCode()).isEmpty();
    }
    assertThat(VALIDATOR.validateChange(Plans.validBuilder().status(PlanStatus.APPROVED).build(), Plans.valid())
        .getFindings()).isEmpty();
  }

  @Test
  void everyRuleOfTheCatalogue_hasABreakingCase() {
    Set<String> covered = CASES.stream().map(Case::code).collect(Collectors.toSet());
    assertThat(RuleCatalogue.rules()).extracting(Rule::getCode).allMatch(covered::contains, "has a case");
  }

  @Test
  void draftProfile_acceptsAMissingNumberDateSignatureAndRecipients() {
    Plan draft = Plans.validBuilder().status(PlanStatus.DRAFT).number(java.util.Optional.empty())
        .issueDate(java.util.Optional.empty()).place(java.util.Optional.empty())
        .signature(java.util.Optional.empty()).recipients(List.of()).build();
    assertThat(VALIDATOR.validate(draft, ValidationProfile.DRAFT).getFindings()).isEmpty();
    assertThat(VALIDATOR.validate(draft, ValidationProfile.ISSUED).findings(Severity.ERROR))
        .extracting(Finding::getRuleCode)
        .containsExactlyInAnyOrder("number.missing", "date.issue-missing", "place.missing", "signature.missing",
            "recipients.missing");
  }

  @Test
  void importedProfile_turnsFormRulesIntoWarnings() {
    Plan plan = Plans.validBuilder().addBody(ResponsibleBody.of("sở", "Sở", BodyKind.DEPARTMENT))
        .number(DocumentNumber.parse("36/UBND")).build();
    ValidationReport report = VALIDATOR.validate(plan, ValidationProfile.IMPORTED);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getFindings()).extracting(Finding::getRuleCode)
        .containsExactlyInAnyOrder("id.format", "number.type-missing");
  }

  @Test
  void rejectedValue_isShownSafely() {
    Plan plan = Plans.validBuilder().subject("x\u0007" + "y".repeat(500)).build();
    Finding f = VALIDATOR.validate(plan).findings("text.control-characters").get(0);
    assertThat(f.getRejectedValue()).hasValueSatisfying(v -> {
      assertThat(v).startsWith("xU+0007y").endsWith("…");
      assertThat(v.length()).isLessThan(220);
    });
  }

  @Test
  void adHocOnlyRule_expectsNoDueDate() {
    Plan plan = Plans.validBuilder().addReportingRule(ReportingRule.builder().id("bc-2").recipientId("ubnd-tinh")
        .addDeadline(Deadline.adHoc()).build()).build();
    assertThat(VALIDATOR.validate(plan).getFindings()).isEmpty();
    Plan sixMonthly = Plans.validBuilder().addReportingRule(ReportingRule.builder().id("bc-2").recipientId("ubnd-tinh")
        .addDeadline(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY)).build()).build();
    assertThat(VALIDATOR.validate(sixMonthly).getFindings()).isEmpty();
  }
}
