package io.kehoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.legacy.tables.AnnexTableReader;
import io.kehoach.legacy.tables.AnnexTableWriter;
import io.kehoach.legacy.edxml.EdXmlImport;
import io.kehoach.legacy.edxml.EdXmlReader;
import io.kehoach.legacy.edxml.EdXmlWriter;
import io.kehoach.legacy.encoding.LegacyEncoding;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every seed plan through each legacy exchange format, as far as the format carries it: the edXML
 * envelope (whole through its attachment; identity through its header alone), the annex task table
 * (the tasks), and the official text in each pre-Unicode encoding.
 */
class SeedPlansLegacyFormatsTest {
  private static final PlanTextImporter IMPORTER = PlanTextImporter.create();

  @Test
  void everySeedPlan_roundTripsThroughAnEdXmlEnvelope() {
    EdXmlWriter headerOnly = EdXmlWriter.builder().attachPlan(false).build();
    SeedPlans.all().forEach((seed, plan) -> {
      EdXmlImport whole = EdXmlReader.create().read(EdXmlWriter.create().write(plan), seed);
      assertThat(whole.isFromAttachment()).as(seed).isTrue();
      assertThat(whole.planOrThrow()).as(seed).isEqualTo(plan);

      EdXmlImport draft = EdXmlReader.create().read(headerOnly.write(plan), seed);
      assertThat(draft.isFromAttachment()).as(seed).isFalse();
      assertThat(draft.hasDiagnostic("plan.missing")).as(seed).isTrue();
      Plan p = draft.planOrThrow();
      assertThat(p.getIssuer().getName()).as(seed).isEqualTo(plan.getIssuer().getName());
      assertThat(p.getNumber()).as(seed).isEqualTo(plan.getNumber());
      assertThat(p.getIssueDate()).as(seed).isEqualTo(plan.getIssueDate());
      assertThat(p.getPlace()).as(seed).isEqualTo(plan.getPlace());
      assertThat(p.getSubject()).as(seed).isEqualTo(plan.getSubject());
      assertThat(p.getSignature().map(s -> s.getName())).as(seed).isEqualTo(plan.getSignature().map(s -> s.getName()));
    });
  }

  @Test
  void everySeedPlan_roundTripsItsTasksThroughAnAnnexTable() {
    AnnexTableWriter writer = AnnexTableWriter.create();
    SeedPlans.all().forEach((seed, plan) -> {
      AnnexTableImport table = AnnexTableReader.create().read(writer.writeBytes(plan), seed);
      Plan again = table.applyTo(Plan.builder().from(plan).assignments(List.of()).build());

      assertThat(again.tasks().map(Task::getDescription)).as(seed)
          .containsExactlyElementsOf(plan.tasks().map(Task::getDescription).collect(Collectors.toList()));
      assertThat(again.tasks().map(Task::getTiming)).as(seed)
          .containsExactlyElementsOf(plan.tasks().map(Task::getTiming).collect(Collectors.toList()));
      assertThat(again.tasks().map(Task::getCost)).as(seed)
          .containsExactlyElementsOf(plan.tasks().map(Task::getCost).collect(Collectors.toList()));
      assertThat(again.tasks().map(Task::getOutputs)).as(seed)
          .containsExactlyElementsOf(plan.tasks().map(Task::getOutputs).collect(Collectors.toList()));
      // The lead of every task, by name: the table names bodies, and the plan's own bodies are matched.
      assertThat(leads(again)).as(seed).isEqualTo(leads(plan));
      assertThat(again.getBodies()).as(seed).containsAll(plan.getBodies());
      assertThat(writer.describeLosses(plan)).as(seed).isNotEmpty();
    });
  }

  @Test
  void everySeedPlan_importsFromItsTextInEachOldEncoding() {
    PlanTextRenderer renderer = PlanTextRenderer.create();
    SeedPlans.all().forEach((seed, plan) -> {
      // Characters VISCII has no code for (curly quotes, dashes, ellipsis) written as ASCII, as old files did.
      String text = renderer.render(plan).replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'')
          .replace('\u2019', '\'').replace("\u2026", "...").replace('\u2013', '-').replace('\u00A0', ' ');
      TextImport unicode = IMPORTER.read(text, seed);
      for (LegacyEncoding encoding : List.of(LegacyEncoding.VNI, LegacyEncoding.VISCII)) {
        assertThat(encoding.decode(encoding.encode(text))).as(seed + " " + encoding).isEqualTo(text);
        TextImport legacy = IMPORTER.read(encoding.encode(text), seed);
        assertThat(legacy.getConvertedFrom()).as(seed + " " + encoding).contains(encoding);
        assertThat(legacy.getPlan()).as(seed + " " + encoding).isEqualTo(unicode.getPlan());
      }
      // ABC text (TCVN3) writes capitals with tone marks with the lowercase codes: case is lost there, not more.
      TextImport tcvn3 = IMPORTER.read(LegacyEncoding.TCVN3.encodeFoldingCapitals(text), seed);
      assertThat(tcvn3.getConvertedFrom()).as(seed + " TCVN3").contains(LegacyEncoding.TCVN3);
      Plan p = tcvn3.planOrThrow();
      Plan u = unicode.planOrThrow();
      assertThat(p.getNumber()).as(seed + " TCVN3").isEqualTo(u.getNumber());
      assertThat(p.getIssueDate()).as(seed + " TCVN3").isEqualTo(u.getIssueDate());
      assertThat(p.getSubject()).as(seed + " TCVN3").isEqualToIgnoringCase(u.getSubject());
      assertThat(p.tasks().count()).as(seed + " TCVN3").isEqualTo(u.tasks().count());
    });
  }

  private static List<String> leads(Plan plan) {
    Map<String, String> names = plan.getBodies().stream()
        .collect(Collectors.toMap(ResponsibleBody::getId, ResponsibleBody::getName));
    Function<String, String> name = id -> Optional.ofNullable(names.get(id)).orElse(id);
    return plan.getAssignments().stream().flatMap(a -> a.getTasks().stream().map(t -> name.apply(a.getBodyId())))
        .collect(Collectors.toList());
  }
}
