package io.kehoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.DueDate;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Sector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BinhPhuoc2017Test {

  private final Plan plan = BinhPhuoc2017.plan();

  @Test
  void identity() {
    assertThat(plan.getNumber().get().getNumber()).isEqualTo(36);
    assertThat(plan.getNumber().get().getSymbol()).isEqualTo("KH-UBND");
    assertThat(plan.getNumber().get().getDocumentType()).contains(DocumentType.PLAN);
    assertThat(plan.getIssueDate()).contains(LocalDate.of(2017, 2, 16));
    assertThat(plan.getPlace()).contains("Bình Phước");
    assertThat(plan.getIssuer().getName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
    assertThat(plan.getSubject()).endsWith("năm 2017 trên địa bàn tỉnh Bình Phước");
    assertThat(plan.getPeriod().get().toString()).isEqualTo("2017");
    assertThat(plan.getTerritory().get().getCode()).contains("70");
    assertThat(plan.getStatus()).isEqualTo(PlanStatus.ISSUED);
    assertThat(plan.getLegalBases()).isEmpty();
  }

  @Test
  void sections_haveTheDocumentsCounts() {
    assertThat(plan.getObjectives()).hasSize(5);
    assertThat(plan.getRequirements()).hasSize(3);
    assertThat(plan.getContentItems()).hasSize(5);
    assertThat(plan.getChannels()).hasSize(4);
    assertThat(plan.getAssignments()).hasSize(5);
    assertThat(plan.getObjectives().get(4).getStatement())
        .isEqualTo("Nâng cao chỉ số cải cách hành chính, cải thiện môi trường kinh doanh và thu hút đầu tư");
    assertThat(plan.getContentItems().get(3).getFocusSectors())
        .containsExactly(Sector.INVESTMENT, Sector.CONSTRUCTION, Sector.LAND, Sector.BUSINESS_REGISTRATION);
  }

  @Test
  void channels_haveKindsAndOutlets() {
    assertThat(plan.getChannels().get(0).getOutlets()).extracting(Outlet::getName)
        .contains("Đài Phát thanh và Truyền hình Bình Phước", "Báo Bình Phước");
    assertThat(plan.getChannels().get(2).getKinds()).containsExactly(ChannelKind.PUBLIC_POSTING);
    assertThat(plan.getChannels().get(3).getKinds()).containsExactly(ChannelKind.VISUAL_MATERIALS, ChannelKind.LEAFLET);
  }

  @Test
  void implementation_eachTaskHasExactlyOneLead() {
    for (Assignment a : plan.getAssignments()) {
      a.getTasks().forEach(t -> assertThat(a.leadsOf(t)).as(t.getId()).hasSize(1));
    }
    Assignment stp = plan.getAssignments().get(1);
    assertThat(stp.getBodyId()).isEqualTo("so-tu-phap");
    assertThat(stp.getTasks().get(0).bodyIds(AssignmentRole.COORDINATE)).containsExactly("dai-ptth", "bao-binh-phuoc");
    assertThat(stp.getTasks().get(1).bodyIds(AssignmentRole.MONITOR)).containsExactly("so-tu-phap");
  }

  @Test
  void budget_chain() {
    assertThat(plan.getBudget().get().bodiesAt(BudgetStage.ESTIMATE)).containsExactly("so-tu-phap");
    assertThat(plan.getBudget().get().bodiesAt(BudgetStage.APPRAISE)).containsExactly("so-tai-chinh");
    assertThat(plan.getBudget().get().bodiesAt(BudgetStage.DECIDE)).containsExactly("ubnd-tinh");
    assertThat(plan.getBudget().get().getLines()).isEmpty();
  }

  @Test
  void reporting_twoRules_andTheirDueDates() {
    assertThat(plan.getReportingRules()).hasSize(2);
    ReportingRule section4 = plan.getReportingRules().get(0);
    assertThat(section4.getRecipientId()).isEqualTo("ubnd-tinh");
    assertThat(section4.getIntermediaryId()).contains("so-tu-phap");
    assertThat(section4.dueDates(plan.getPeriod().get())).extracting(DueDate::getDate)
        .containsExactly(LocalDate.of(2017, 6, 15), LocalDate.of(2017, 12, 15));
    assertThat(plan.getReportingRules().get(1).frequencies())
        .containsExactly(ReportingFrequency.SIX_MONTHLY, ReportingFrequency.YEARLY);
    assertThat(plan.dueDates()).hasSize(5);
  }

  @Test
  void closing_recipientsAndSignature() {
    assertThat(plan.getRecipients()).hasSize(10);
    assertThat(plan.getRecipients().get(9).isArchive()).isTrue();
    assertThat(plan.getRecipients().get(9).getName()).isEqualTo("VT, NC (KH03)");
    assertThat(plan.getSignature().get().getName()).isEqualTo("Nguyễn Văn Trâm");
    assertThat(plan.getSignature().get().getPosition()).isEqualTo("CHỦ TỊCH");
    assertThat(plan.getSignature().get().getMarkers()).isEmpty();
    assertThat(plan.getClosingText()).hasValueSatisfying(t -> assertThat(t).startsWith("Trên đây là Kế hoạch"));
  }

  @Test
  void everyReference_namesADeclaredId() {
    assertThat(References.dangling(plan)).isEmpty();
  }
}
