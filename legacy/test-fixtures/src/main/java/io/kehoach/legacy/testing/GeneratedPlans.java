package io.kehoach.legacy.testing;

import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
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
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.UnclassifiedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plans generated for the tests of the format modules (written for the tests), the same for a seed. */
public final class GeneratedPlans {
  private GeneratedPlans() {}

  private static final String[] BODIES = {"Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh",
      "Báo Quảng Nam", "Đài Phát thanh và Truyền hình Quảng Nam", "Sở Văn hóa, Thể thao và Du lịch"};
  /** The bodies' ids as the importer makes them (folded, dashed). */
  private static final String[] IDS = {"so-tu-phap", "so-noi-vu", "so-tai-chinh", "van-phong-ubnd-tinh", "bao-quang-nam",
      "dai-phat-thanh-va-truyen-hinh-quang-nam", "so-van-hoa-the-thao-va-du-lich"};
  private static final String[] WORDS = {"tuyên truyền", "cải cách hành chính", "thủ tục hành chính", "người dân",
      "doanh nghiệp", "công khai", "minh bạch", "dịch vụ công trực tuyến", "một cửa", "kịp thời", "đầy đủ",
      "cán bộ, công chức", "hiệu quả", "năm 2024", "trên địa bàn tỉnh", "(PAR INDEX)", "100%", "chỉ số SIPAS"};

  private static String sentence(Random r) {
    StringBuilder b = new StringBuilder(r.nextBoolean() ? "Tăng cường" : "Nâng cao");
    int n = 3 + r.nextInt(10);
    for (int i = 0; i < n; i++) {
      b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  /**
   * A plan of a provincial committee, drawn from {@code r}: objectives, requirements, content items,
   * channels, assignments with coordinated tasks, a budget, a reporting rule, recipients and a
   * signature, each present or not; every text one the official-text importer reads back as it is.
   */
  public static Plan generate(Random r) {
    Plan.Builder p = Plan.builder()
        .issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"))
        .number(DocumentNumber.of(1 + r.nextInt(400), "KH", "UBND"))
        .place("Quảng Nam")
        .issueDate(LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28)))
        .subject("Truyền thông về kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Quảng Nam")
        .period(Period.ofYear(2024));
    for (int i = 0; i < r.nextInt(5); i++) {
      p.addObjective(Objective.of("o" + i, sentence(r)));
    }
    for (int i = 0; i < r.nextInt(4); i++) {
      p.addRequirement(Requirement.of("r" + i, sentence(r)));
    }
    for (int i = 0; i < r.nextInt(5); i++) {
      p.addContentItem(ContentItem.of("c" + i, sentence(r)));
    }
    for (int i = 0; i < r.nextInt(3); i++) {
      p.addChannel(MediaChannel.builder().id("ch" + i).addKind(ChannelKind.values()[r.nextInt(ChannelKind.values().length)])
          .description("Thông qua " + sentence(r)).build());
    }
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < BODIES.length; k++) {
      String b = BODIES[k];
      String id = IDS[k];
      ids.add(id);
      p.addBody(ResponsibleBody.of(id, b, b.startsWith("Báo") || b.startsWith("Đài") ? BodyKind.PRESS : BodyKind.DEPARTMENT));
    }
    p.addBody(ResponsibleBody.of("ubnd-tinh", "UBND tỉnh", BodyKind.PROVINCIAL_COMMITTEE));
    int assignments = r.nextInt(4);
    for (int a = 0; a < assignments; a++) {
      Assignment.Builder ab = Assignment.builder().id("a" + a).bodyId(ids.get(a % ids.size()));
      for (int t = 0; t < 1 + r.nextInt(3); t++) {
        Task.Builder tb = Task.builder().id("t" + a + "-" + t).description(sentence(r));
        if (r.nextBoolean()) {
          tb.description("Phối hợp với " + BODIES[(a + 1) % BODIES.length] + " " + sentence(r).toLowerCase(java.util.Locale.ROOT));
          tb.addParticipant(TaskParticipant.of(ids.get((a + 1) % ids.size()), AssignmentRole.COORDINATE));
        }
        ab.addTask(tb.build());
      }
      p.addAssignment(ab.build());
    }
    if (r.nextBoolean()) {
      p.budget(Budget.builder()
          .addApprovalChain(ApprovalStep.of(BudgetStage.ESTIMATE, "so-tu-phap"))
          .addApprovalChain(ApprovalStep.of(BudgetStage.APPRAISE, "so-tai-chinh"))
          .addApprovalChain(ApprovalStep.of(BudgetStage.DECIDE, "ubnd-tinh"))
          .addLine(BudgetLine.of("l1", "In ấn tài liệu", Money.vnd(1_000_000L * (1 + r.nextInt(500)))))
          .build());
    }
    Deadline[] deadlines = {Deadline.quarterly(15, 2, 4), Deadline.monthly(25), Deadline.yearly(12, 10),
        Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY), Deadline.quarterly(20)};
    if (r.nextBoolean()) {
      p.addReportingRule(ReportingRule.builder().id("bc").addReporterId("so-noi-vu").recipientId("ubnd-tinh")
          .intermediaryId("so-tu-phap").addDeadline(deadlines[r.nextInt(deadlines.length)]).build());
    }
    int recipients = r.nextInt(4);
    for (int i = 0; i < recipients; i++) {
      p.addRecipient(Recipient.of(BODIES[r.nextInt(BODIES.length)]));
    }
    if (recipients > 0) {
      p.addRecipient(Recipient.archive("VT, KSTT"));
    }
    Signature.Builder s = Signature.builder().position(r.nextBoolean() ? "CHỦ TỊCH" : "PHÓ CHỦ TỊCH").name("Lê Văn Dũng");
    if (r.nextBoolean()) {
      s.addMarker(SigningMarker.of(SigningAuthority.TM, "ỦY BAN NHÂN DÂN"));
      s.addMarker(SigningMarker.of(SigningAuthority.KT, "CHỦ TỊCH"));
    }
    p.signature(s.build());
    if (r.nextInt(4) == 0) {
      p.addUnclassifiedText(UnclassifiedText.of(PlanSection.REPORTING, "Trong quá trình thực hiện, nếu có vướng mắc, "
          + "các cơ quan phản ánh kịp thời."));
    }
    return p.build();
  }
}
