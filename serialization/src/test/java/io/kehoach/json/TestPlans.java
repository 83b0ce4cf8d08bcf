package io.kehoach.json;

import io.kehoach.plan.AdministrativeProcedure;
import io.kehoach.plan.AdministrativeUnit;
import io.kehoach.plan.Annex;
import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Audience;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.FundingSource;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MeasurableTarget;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Money;
import io.kehoach.plan.Objective;
import io.kehoach.plan.OnlineServiceLevel;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.ProcedureCode;
import io.kehoach.plan.ProcedureLevel;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Sector;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import io.kehoach.plan.UnclassifiedText;
import io.kehoach.plan.UnitLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A plan (written for the tests) that sets every attribute of every model type at least once. */
final class TestPlans {
  private TestPlans() {}

  static Plan rich() {
    return Plan.builder()
        .issuer(IssuingBody.builder().name("SỞ TƯ PHÁP").superiorBody("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC")
            .bodyId("stp").agencyId("000.00.12.H10").build())
        .number(DocumentNumber.parse("Số: 5 /KH-STP"))
        .place("Bình Phước")
        .issueDate(LocalDate.of(2024, 1, 5))
        .documentType(DocumentType.PLAN)
        .subject("Truyền thông về kiểm soát thủ tục hành chính năm 2024 — một tiêu đề đủ dài để được viết thành khối gấp trong YAML")
        .status(PlanStatus.IN_PROGRESS)
        .period(Period.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 12, 31)))
        .territory(AdministrativeUnit.builder().code("70").name("Bình Phước").level(UnitLevel.PROVINCE)
            .validFrom(LocalDate.of(1997, 1, 1)).validUntil(LocalDate.of(2025, 6, 30)).successorCode("75").build())
        .issuingDecision(DocumentReference.builder().citation("Quyết định số 12/QĐ-STP").number(DocumentNumber.parse("12/QĐ-STP"))
            .documentType(DocumentType.DECISION).issueDate(LocalDate.of(2024, 1, 5)).issuer("Sở Tư pháp")
            .subject("ban hành Kế hoạch").build())
        .addLegalBasis(DocumentReference.of("Nghị định số 63/2010/NĐ-CP"))
        .addObjective(Objective.builder().id("o1").statement("Nâng cao chỉ số SIPAS")
            .addTarget(MeasurableTarget.builder().indicator("SIPAS").targetValue(new BigDecimal("85.5")).unit("%")
                .dueDate(LocalDate.of(2024, 12, 31)).build()).build())
        .addRequirement(Requirement.of("r1", "no"))
        .addContentItem(ContentItem.builder().id("c1").theme("012").addAudiences(Audience.CITIZENS, Audience.BUSINESSES)
            .addFocusSectors(Sector.LAND, Sector.INVESTMENT).addProcedureCode(ProcedureCode.parse("1.001612"))
            .addProcedureField("G03-GD10").build())
        .addChannel(MediaChannel.builder().id("ch1").addKinds(ChannelKind.PRINT_PRESS, ChannelKind.BROADCAST)
            .description("Dòng một\nDòng hai")
            .addOutlet(Outlet.builder().name("Báo Bình Phước").kind(ChannelKind.PRINT_PRESS).bodyId("bao").build()).build())
        .addBody(ResponsibleBody.builder().id("stp").name("Sở Tư pháp").kind(BodyKind.DEPARTMENT).abbreviation("STP")
            .agencyId("000.00.12.H10").build())
        .addBody(ResponsibleBody.of("bao", "Báo Bình Phước", BodyKind.PRESS))
        .addBody(ResponsibleBody.builder().id("nhom").name("Các sở, ban, ngành").kind(BodyKind.DEPARTMENT).group(true)
            .addMemberIds("stp").headTitle("Thủ trưởng").build())
        .addAssignment(Assignment.builder().id("a1").bodyId("stp").role(AssignmentRole.LEAD).text("2. Sở Tư pháp")
            .addTask(Task.builder().id("t1").description("Xây dựng chuyên mục")
                .addParticipant(TaskParticipant.coordinate("bao")).timing(Timing.quarter(2024, 2))
                .addOutput("Chuyên mục").addContentItemId("c1").addChannelId("ch1").cost(Money.vnd(150_000_000)).build())
            .addTask(Task.builder().id("t2").description("Theo dõi").timing(Timing.ongoing())
                .cost(Money.of(new BigDecimal("12.5"), "USD")).build())
            .build())
        .budget(Budget.builder().addSources(FundingSource.PROVINCIAL_BUDGET, FundingSource.SOCIALISED)
            .addLine(BudgetLine.builder().id("b1").description("Chuyên mục").amount(Money.vnd(150_000_000))
                .source(FundingSource.PROVINCIAL_BUDGET).addTaskId("t1").build())
            .total(Money.vnd(150_000_000))
            .addApprovalChain(ApprovalStep.of(BudgetStage.ESTIMATE, "stp"))
            .text("Kinh phí từ ngân sách tỉnh.").build())
        .addReportingRule(ReportingRule.builder().id("rr1").addReporterId("nhom").recipientId("stp")
            .intermediaryId("bao").addDeadline(Deadline.quarterly(15, 2, 4))
            .addDeadline(Deadline.builder().frequency(ReportingFrequency.QUARTERLY).monthOfPeriod(1).dayOfMonth(5)
                .inFollowingPeriod(true).build())
            .addDeadline(Deadline.once(LocalDate.of(2024, 11, 30))).text("Báo cáo định kỳ").build())
        .addProcedure(AdministrativeProcedure.builder().code(ProcedureCode.parse("1.011442.000.00.00.H38"))
            .name("Đăng ký khai sinh").field("Hộ tịch").fieldCode("G03-GD10").level(ProcedureLevel.COMMUNE)
            .oneStopShop(true).onlineServiceLevel(OnlineServiceLevel.FULL).build())
        .closingText("Trên đây là Kế hoạch./.")
        .addRecipient(Recipient.builder().name("Văn phòng Chính phủ").purpose(RecipientPurpose.TO_REPORT)
            .bodyId("stp").agencyId("000.00.00.G01").build())
        .addRecipient(Recipient.archive("VT"))
        .signature(Signature.builder().addMarker(SigningMarker.of(SigningAuthority.KT, "GIÁM ĐỐC"))
            .position("PHÓ GIÁM ĐỐC").name("Trần Thị B").build())
        .addAnnex(Annex.builder().id("pl1").label("Phụ lục I").title("Danh mục").text("…").addTaskIds("t1").build())
        .addUnclassifiedText(UnclassifiedText.of(PlanSection.CLOSING, "yes"))
        .build();
  }
}
