package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanTest {

  static Plan.Builder minimal() {
    return Plan.builder()
        .issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"))
        .subject("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017");
  }

  @Test
  void builder_requiresIssuerAndSubject() {
    assertThatThrownBy(() -> Plan.builder().subject("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer");
    assertThatThrownBy(() -> Plan.builder().issuer(IssuingBody.of("x")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("subject");
  }

  @Test
  void builder_defaults() {
    Plan p = minimal().build();
    assertThat(p.getStatus()).isEqualTo(PlanStatus.DRAFT);
    assertThat(p.getDocumentType()).isEqualTo(DocumentType.PLAN);
    assertThat(p.getNumber()).isEmpty();
    assertThat(p.getObjectives()).isEmpty();
    assertThat(p.getBudget()).isEmpty();
    assertThat(p.dueDates()).isEmpty();
  }

  @Test
  void builder_rejectsNull() {
    assertThatThrownBy(() -> minimal().subject(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> minimal().addObjective((Objective) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equality_isByValue() {
    Plan a = minimal().number(DocumentNumber.parse("36/KH-UBND")).build();
    Plan b = minimal().number(DocumentNumber.parse("36 /KH-UBND")).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withSubject("khác"));
  }

  @Test
  void text_isNormalisedToNfcEverywhere() {
    String nfd = Normalizer.normalize("Nguyễn Văn Trâm", Normalizer.Form.NFD);
    Plan p = minimal()
        .subject(Normalizer.normalize("Kế hoạch truyền thông", Normalizer.Form.NFD))
        .signature(Signature.of("CHỦ TỊCH", nfd))
        .addBody(ResponsibleBody.of("so-tu-phap", Normalizer.normalize("Sở Tư pháp", Normalizer.Form.NFD),
            BodyKind.DEPARTMENT))
        .build();
    assertThat(p.getSubject()).isEqualTo("Kế hoạch truyền thông");
    assertThat(p.getSignature().get().getName()).isEqualTo("Nguyễn Văn Trâm").hasSize(15);
    assertThat(p.getBodies().get(0).getName()).isEqualTo("Sở Tư pháp");
    assertThat(p).isEqualTo(minimal().subject("Kế hoạch truyền thông").signature(Signature.of("CHỦ TỊCH", "Nguyễn Văn Trâm"))
        .addBody(ResponsibleBody.of("so-tu-phap", "Sở Tư pháp", BodyKind.DEPARTMENT)).build());
  }

  @Test
  void transitionTo_followsLifecycle() {
    Plan draft = minimal().build();
    Plan submitted = draft.transitionTo(PlanStatus.SUBMITTED);
    assertThat(submitted.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(draft.getStatus()).isEqualTo(PlanStatus.DRAFT);
    assertThat(submitted.transitionTo(PlanStatus.SUBMITTED)).isSameAs(submitted);
    assertThatThrownBy(() -> draft.transitionTo(PlanStatus.ISSUED))
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessage("A plan cannot move from status 'draft' to 'issued'")
        .satisfies(e -> {
          IllegalStatusTransitionException x = (IllegalStatusTransitionException) e;
          assertThat(x.getFrom()).isEqualTo(PlanStatus.DRAFT);
          assertThat(x.getTo()).isEqualTo(PlanStatus.ISSUED);
          assertThat(x.getMessage(java.util.Locale.forLanguageTag("vi"))).contains("Dự thảo");
        });
  }

  @Test
  void dueDates_coverEveryRuleInDateOrder() {
    Plan p = minimal().period(Period.ofYear(2017))
        .addReportingRule(ReportingRule.builder().id("r1").recipientId("ubnd").addDeadline(Deadline.quarterly(15, 2, 4)).build())
        .addReportingRule(ReportingRule.builder().id("r2").recipientId("ubnd")
            .addDeadline(Deadline.endOfEach(ReportingFrequency.SIX_MONTHLY)).build())
        .build();
    assertThat(p.dueDates()).extracting(DueDate::getDate).containsExactly(
        LocalDate.of(2017, 6, 15), LocalDate.of(2017, 6, 30), LocalDate.of(2017, 12, 15), LocalDate.of(2017, 12, 31));
  }

  @Test
  void findBody_andTasks() {
    Plan p = minimal()
        .addBody(ResponsibleBody.of("stp", "Sở Tư pháp", BodyKind.DEPARTMENT))
        .addAssignment(Assignment.builder().id("a1").bodyId("stp").addTask(Task.of("t1", "Theo dõi"))
            .addTask(Task.of("t2", "Tổng hợp")).build())
        .build();
    assertThat(p.findBody("stp")).map(ResponsibleBody::getName).contains("Sở Tư pháp");
    assertThat(p.findBody("none")).isEmpty();
    assertThat(p.tasks()).extracting(Task::getId).containsExactly("t1", "t2");
  }

  @Test
  void placeAndDate_setsBothParts_andIsDerivedBack() {
    Plan p = minimal().placeAndDate(PlaceAndDate.parse("Bình Phước, ngày 16 tháng 02 năm 2017")).build();
    assertThat(p.getIssueDate()).contains(LocalDate.of(2017, 2, 16));
    assertThat(p.getPlace()).contains("Bình Phước");
    assertThat(p.placeAndDate().map(PlaceAndDate::toString)).contains("Bình Phước, ngày 16 tháng 02 năm 2017");
  }

  @Test
  void issueDateWithoutPlace_isKept() {
    Plan p = minimal().issueDate(LocalDate.of(2017, 3, 21)).build();
    assertThat(p.getIssueDate()).contains(LocalDate.of(2017, 3, 21));
    assertThat(p.placeAndDate()).isEmpty();
  }

  @Test
  void collections_areImmutable() {
    Plan p = minimal().addObjective(Objective.of("o1", "x")).build();
    assertThatThrownBy(() -> p.getObjectives().add(Objective.of("o2", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
