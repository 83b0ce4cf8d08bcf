package io.kehoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.Severity;
import io.kehoach.validation.ValidationProfile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every seed plan through the official text: rendered, imported, rendered and imported again. */
class SeedPlansTextTest {

  private static final PlanTextImporter IMPORTER = PlanTextImporter.create();
  private static final PlanTextRenderer RENDERER = PlanTextRenderer.create();

  @Test
  void everySeedPlan_roundTripsThroughTheText() {
    SeedPlans.all().forEach((seed, plan) -> {
      Plan once = IMPORTER.read(RENDERER.render(plan)).planOrThrow();
      Plan twice = IMPORTER.read(RENDERER.render(once)).planOrThrow();
      assertThat(twice).as(seed).isEqualTo(once);
      assertThat(once.getSubject()).as(seed).isEqualTo(plan.getSubject());
      assertThat(once.getNumber()).as(seed).isEqualTo(plan.getNumber());
      assertThat(once.getIssueDate()).as(seed).isEqualTo(plan.getIssueDate());
      assertThat(once.getObjectives()).extracting(Objective::getStatement).as(seed)
          .isEqualTo(plan.getObjectives().stream().map(Objective::getStatement).collect(Collectors.toList()));
      assertThat(once.getRecipients()).extracting(Recipient::getName).as(seed)
          .isEqualTo(plan.getRecipients().stream().map(Recipient::getName).collect(Collectors.toList()));
      assertThat(once.getSignature()).as(seed).isEqualTo(plan.getSignature());
      assertThat(once.dueDates()).extracting(d -> d.getDate()).as(seed)
          .isEqualTo(plan.dueDates().stream().map(d -> d.getDate()).collect(Collectors.toList()));
    });
  }

  @Test
  void binhPhuocText_importsToAPlanThatValidates() {
    Plan imported = IMPORTER.read(RENDERER.render(BinhPhuoc2017.plan())).planOrThrow();
    assertThat(PlanValidator.create().validate(imported, ValidationProfile.ISSUED).findings(Severity.ERROR)).isEmpty();
    assertThat(imported.getAssignments()).hasSameSizeAs(BinhPhuoc2017.plan().getAssignments());
    assertThat(imported.getReportingRules()).hasSameSizeAs(BinhPhuoc2017.plan().getReportingRules());
  }
}
