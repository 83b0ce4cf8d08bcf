package io.kehoach.legacy.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Annex;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.UnclassifiedText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnnexTableImportTest {

  private static final AnnexTableReader READER = AnnexTableReader.create();

  private static Plan base(ResponsibleBody... bodies) {
    return Plan.builder().issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG")).subject("Kế hoạch truyền thông")
        .addBodies(bodies).build();
  }

  @Test
  void bodies_matchThePlansByNameLoosely_orByAbbreviation_andOthersAreAdded() {
    ResponsibleBody justice = ResponsibleBody.builder().id("stp").name("Sở Tư Pháp").kind(BodyKind.DEPARTMENT)
        .abbreviation("STP").build();
    ResponsibleBody culture = ResponsibleBody.of("svhttdl", "Sở Văn hoá, Thể thao và Du lịch", BodyKind.DEPARTMENT);
    ResponsibleBody committee = ResponsibleBody.of("ubt", "UBND tỉnh", BodyKind.PROVINCIAL_COMMITTEE);
    Plan plan = base(justice, culture, committee);
    AnnexTableImport table = READER.read("STT,Nội dung,Chủ trì,Phối hợp\n"
        + "1,a,SỞ  TƯ PHÁP,\"Sở Văn hóa, Thể thao và Du lịch\"\n"
        + "2,b,STP,Ủy ban nhân dân tỉnh\n"
        + "3,c,Sở Nội vụ,\n");
    Plan merged = table.applyTo(plan);
    assertThat(merged.getBodies()).extracting(ResponsibleBody::getId).containsExactly("stp", "svhttdl", "ubt", "so-noi-vu");
    List<Assignment> added = merged.getAssignments();
    assertThat(added).extracting(Assignment::getBodyId).containsExactly("stp", "stp", "so-noi-vu");
    assertThat(added.get(0).getTasks().get(0).bodyIds(AssignmentRole.COORDINATE)).containsExactly("svhttdl");
    assertThat(added.get(1).getTasks().get(0).bodyIds(AssignmentRole.COORDINATE)).containsExactly("ubt");
    assertThat(plan.getAssignments()).isEmpty();

    // Marks other than case, spacing and tone placement matter.
    Plan other = READER.read("STT,Nội dung,Chủ trì\n1,a,Sở Tu phap\n").applyTo(plan);
    assertThat(other.getBodies()).extracting(ResponsibleBody::getId).containsExactly("stp", "svhttdl", "ubt", "so-tu-phap");
    assertThat(other.findBody("so-tu-phap").get().getName()).isEqualTo("Sở Tu phap");
  }

  @Test
  void aPlanBodyNamedWithItsHeadTitle_isFoundByATableCellThatNamesItSo() {
    // Seed 004's plan holds "Thủ trưởng các Sở, ban, ngành..." as one name; the reader splits the head title off.
    ResponsibleBody heads = ResponsibleBody.of("thu-truong", "Thủ trưởng các Sở, ban, ngành", BodyKind.OTHER);
    Plan merged = READER.read("STT,Nội dung,Chủ trì\n1,a,\"Thủ trưởng các Sở, ban, ngành\"\n").applyTo(base(heads));
    assertThat(merged.getBodies()).containsExactly(heads);
    assertThat(merged.getAssignments()).extracting(Assignment::getBodyId).containsExactly("thu-truong");
  }

  @Test
  void inOneTable_namesWithOneId_areOneBody_andADifferentSpellingIsWarned() {
    AnnexTableImport table = READER.read("STT,Nội dung,Chủ trì\n1,a,Sở Tư pháp\n2,b,SỞ TƯ PHÁP\n3,c,Sở Tu phap\n");
    assertThat(table.getBodies()).extracting(ResponsibleBody::getName).containsExactly("Sở Tư pháp");
    assertThat(table.getAssignments()).hasSize(1);
    assertThat(table.getDiagnostics()).extracting(w -> w.getCode() + "@" + w.getLocation().get().getRow().getAsInt())
        .containsExactly("body.spelling@4");
  }

  @Test
  void anIdTakenByAnotherBody_getsASuffix() {
    Plan plan = base(ResponsibleBody.of("so-noi-vu", "Sở Nội vụ tỉnh Hậu Giang", BodyKind.DEPARTMENT));
    Plan merged = READER.read("STT,Nội dung,Chủ trì\n1,a,Sở Nội vụ\n").applyTo(plan);
    assertThat(merged.getBodies()).extracting(ResponsibleBody::getId).containsExactly("so-noi-vu", "so-noi-vu-2");
    assertThat(merged.getAssignments().get(0).getBodyId()).isEqualTo("so-noi-vu-2");
  }

  @Test
  void applyingTwice_addsTheTasksTwice_withFreshIds() {
    AnnexTableImport table = READER.read("PHỤ LỤC\nDanh mục nhiệm vụ năm 2024\nSTT,Nội dung,Chủ trì\n1,a,Sở Tư pháp\n2,b,Sở Nội vụ\n");
    Plan once = table.applyTo(base());
    Plan twice = table.applyTo(once);
    assertThat(twice.tasks().map(Task::getId)).containsExactly("phu-luc-1-1", "phu-luc-1-2", "phu-luc-1-1-2", "phu-luc-1-2-2");
    assertThat(twice.getAssignments()).extracting(Assignment::getId).containsExactly("phu-luc-1-so-tu-phap",
        "phu-luc-1-so-noi-vu", "phu-luc-1-so-tu-phap-2", "phu-luc-1-so-noi-vu-2");
    assertThat(twice.getBodies()).extracting(ResponsibleBody::getId).containsExactly("so-tu-phap", "so-noi-vu");
    assertThat(twice.getAnnexes()).extracting(Annex::getId).containsExactly("phu-luc-1", "phu-luc-1-2");
    Annex second = twice.getAnnexes().get(1);
    assertThat(second.getLabel()).contains("PHỤ LỤC");
    assertThat(second.getTitle()).isEqualTo("Danh mục nhiệm vụ năm 2024");
    assertThat(second.getTaskIds()).containsExactly("phu-luc-1-1-2", "phu-luc-1-2-2");
  }

  @Test
  void withoutTitleRows_noAnnexIsAdded() {
    assertThat(READER.read("STT,Nội dung,Chủ trì\n1,a,Sở Tư pháp\n").applyTo(base()).getAnnexes()).isEmpty();
  }

  @Test
  void whatTheModelHasNoFieldFor_isKeptAsUnclassifiedText() {
    AnnexTableImport table = READER.read("STT,Nội dung,Chủ trì,Kinh phí,Ghi chú\n"
        + "I,NHIỆM VỤ CHUNG,,,\n1,a,Sở Tư pháp,Lồng ghép,Ưu tiên\n,Tổng cộng,,0,\n");
    Plan merged = table.applyTo(base());
    assertThat(merged.getUnclassifiedTexts()).extracting(UnclassifiedText::getSection).containsOnly(PlanSection.ANNEXES);
    assertThat(merged.getUnclassifiedTexts()).extracting(UnclassifiedText::getText).containsExactly(
        "Phụ lục, hàng 2 (đề mục): I NHIỆM VỤ CHUNG",
        "Phụ lục, hàng 3, nhiệm vụ phu-luc-1-1, Kinh phí: Lồng ghép",
        "Phụ lục, hàng 3, nhiệm vụ phu-luc-1-1, Ghi chú: Ưu tiên",
        "Phụ lục, hàng 4 (tổng cộng): Tổng cộng");
  }

  @Test
  void theImport_isAValue() {
    String csv = "STT,Nội dung,Chủ trì\n1,a,Sở Tư pháp\n";
    AnnexTableImport a = READER.read(csv, "a.csv");
    assertThat(a).isEqualTo(READER.read(csv, "a.csv")).isNotEqualTo(READER.read(csv, "b.csv"));
    assertThat(a.column(AnnexField.LEAD)).get().extracting(AnnexColumn::getHeader).isEqualTo("Chủ trì");
    assertThat(a.column(AnnexField.COST)).isEmpty();
    assertThat(a.column(AnnexField.OTHER)).isEmpty();
    assertThat(a.tasks().collect(Collectors.toList())).hasSize(1);
  }
}
