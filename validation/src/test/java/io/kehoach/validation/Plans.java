package io.kehoach.validation;

import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Money;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Period;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;

/** A complete, valid issued plan (written for the tests), and small variations of it. */
final class Plans {
  private Plans() {}

  static Plan.Builder validBuilder() {
    return Plan.builder()
        .issuer(IssuingBody.builder().name("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC").bodyId("ubnd-tinh").build())
        .number(DocumentNumber.parse("36/KH-UBND"))
        .placeAndDate(PlaceAndDate.parse("Bình Phước, ngày 16 tháng 02 năm 2017"))
        .subject("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017")
        .period(Period.ofYear(2017))
        .status(PlanStatus.ISSUED)
        .addBody(ResponsibleBody.of("ubnd-tinh", "Ủy ban nhân dân tỉnh Bình Phước", BodyKind.PROVINCIAL_COMMITTEE))
        .addBody(ResponsibleBody.of("so-tu-phap", "Sở Tư pháp", BodyKind.DEPARTMENT))
        .addBody(ResponsibleBody.of("so-tai-chinh", "Sở Tài chính", BodyKind.DEPARTMENT))
        .addBody(ResponsibleBody.of("bao", "Báo Bình Phước", BodyKind.PRESS))
        .addObjective(Objective.of("muc-dich-1", "Nâng cao chỉ số cải cách hành chính"))
        .addContentItem(ContentItem.of("noi-dung-1", "Công khai, minh bạch thủ tục hành chính"))
        .addChannel(MediaChannel.of("hinh-thuc-1", ChannelKind.PRINT_PRESS))
        .addAssignment(Assignment.builder().id("thuc-hien-1").bodyId("so-tu-phap")
            .addTask(Task.builder().id("nv-1").description("Xây dựng chuyên mục trên Báo Bình Phước")
                .addParticipant(TaskParticipant.coordinate("bao")).addContentItemId("noi-dung-1")
                .addChannelId("hinh-thuc-1").cost(Money.vnd(100_000_000)).build())
            .build())
        .budget(Budget.builder()
            .addLine(BudgetLine.of("kp-1", "Chuyên mục", Money.vnd(100_000_000)))
            .addLine(BudgetLine.of("kp-2", "Pa nô", Money.vnd(50_000_000)))
            .total(Money.vnd(150_000_000))
            .addApprovalChain(ApprovalStep.of(BudgetStage.ESTIMATE, "so-tu-phap"))
            .addApprovalChain(ApprovalStep.of(BudgetStage.APPRAISE, "so-tai-chinh"))
            .addApprovalChain(ApprovalStep.of(BudgetStage.DECIDE, "ubnd-tinh"))
            .build())
        .addReportingRule(ReportingRule.builder().id("bc-1").addReporterId("so-tu-phap").recipientId("ubnd-tinh")
            .addDeadline(Deadline.quarterly(15, 2, 4)).build())
        .addRecipient(Recipient.of("Văn phòng Chính phủ"))
        .addRecipient(Recipient.archive("VT, NC"))
        .signature(Signature.of("CHỦ TỊCH", "Nguyễn Văn Trâm"));
  }

  static Plan valid() {
    return validBuilder().build();
  }
}
