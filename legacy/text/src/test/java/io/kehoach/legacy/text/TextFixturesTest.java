package io.kehoach.legacy.text;

import io.kehoach.legacy.internal.Fold;
import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Assignment;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.DueDate;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.SigningMarker;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code fixtures/text/*.txt} against their {@code .expected} sidecars (see the README there). */
class TextFixturesTest {

  private static final PlanTextImporter IMPORTER = PlanTextImporter.create();

  static List<Path> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(TextFixturesTest.class.getResource("/fixtures/text").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixture_importsAsExpected() throws Exception {
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      try {
        check(f);
      } catch (AssertionError e) {
        throw new AssertionError(f.getFileName() + ": " + e.getMessage(), e);
      }
    }));
  }

  private static Map<String, String> expected(Path text) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(text.toString().replace(".txt", ".expected")), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      m.put(line.substring(0, colon).strip(), Normalizer.normalize(line.substring(colon + 1).strip(), Normalizer.Form.NFC));
    }
    return m;
  }

  private static void check(Path file) throws IOException {
    Map<String, String> e = expected(file);
    TextImport r = IMPORTER.read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    SoftAssertions soft = new SoftAssertions();
    if ("NOT_A_PLAN".equals(e.get("kind"))) {
      soft.assertThat(r.getKind()).isEqualTo(DocumentKind.NOT_A_PLAN);
      soft.assertThat(r.getPlan()).isEmpty();
      soft.assertAll();
      return;
    }
    DocumentKind kind = "PRESS_SUMMARY".equals(e.get("kind")) ? DocumentKind.PRESS_SUMMARY : DocumentKind.OFFICIAL_TEXT;
    soft.assertThat(r.getKind()).as("kind").isEqualTo(kind);
    if (r.getPlan().isEmpty()) {
      soft.fail("no plan: " + r.getKind() + " " + r.getDiagnostics());
      soft.assertAll();
      return;
    }
    Plan p = r.planOrThrow();
    Map<String, String> names = new LinkedHashMap<>();
    for (ResponsibleBody b : p.getBodies()) {
      names.put(b.getId(), b.getName());
    }
    e.forEach((key, value) -> {
      switch (key) {
        case "kind":
          break;
        case "number":
          soft.assertThat(p.getNumber().map(Object::toString)).as(key).contains(value);
          break;
        case "issuingDecision":
          soft.assertThat(p.getIssuingDecision().flatMap(d -> d.getNumber()).map(Object::toString)).as(key).contains(value);
          break;
        case "issuingDecisionDate":
          soft.assertThat(p.getIssuingDecision().flatMap(d -> d.getIssueDate()).map(Object::toString)).as(key).contains(value);
          break;
        case "issuerContains":
          soft.assertThat(Fold.fold(p.getIssuer().getName())).as(key + " in " + p.getIssuer().getName()).contains(Fold.fold(value));
          break;
        case "issueDate":
          soft.assertThat(p.getIssueDate().map(Object::toString)).as(key).contains(value);
          break;
        case "place":
          soft.assertThat(p.getPlace()).as(key).contains(value);
          break;
        case "issuer":
          // The head's lines joined: the superior body (UBND TỈNH NGHỆ AN) and the issuer (SỞ TƯ PHÁP).
          soft.assertThat(p.getIssuer().getSuperiorBody().map(x -> x + " ").orElse("") + p.getIssuer().getName()).as(key)
              .isEqualTo(value);
          break;
        case "subjectStartsWith":
          soft.assertThat(p.getSubject()).as(key).startsWith(value);
          break;
        case "period":
          soft.assertThat(p.getPeriod().map(Object::toString)).as(key).contains(value);
          break;
        case "legalBases":
          soft.assertThat(p.getLegalBases()).as(key).hasSize(Integer.parseInt(value));
          break;
        case "objectives":
          soft.assertThat(p.getObjectives()).as(key).hasSize(Integer.parseInt(value));
          break;
        case "requirements":
          soft.assertThat(p.getRequirements()).as(key).hasSize(Integer.parseInt(value));
          break;
        case "contentItems":
          soft.assertThat(p.getContentItems()).as(key).hasSize(Integer.parseInt(value));
          break;
        case "channels":
          soft.assertThat(p.getChannels()).as(key).hasSize(Integer.parseInt(value));
          break;
        case "assignments":
          soft.assertThat(p.getAssignments().stream().filter(a -> !a.getId().startsWith("phu-luc")).count()).as(key)
              .isEqualTo(Long.parseLong(value));
          break;
        case "reportingDueDates":
          soft.assertThat(p.dueDates().stream().map(DueDate::getDate).map(Object::toString).collect(Collectors.joining(",")))
              .as(key).isEqualTo(value);
          break;
        case "budgetTotal":
          soft.assertThat(p.getBudget().flatMap(b -> b.getTotal().or(b::sumOfLines))).as(key)
              .contains(Money.vnd(Long.parseLong(value)));
          break;
        case "estimate":
        case "appraise":
        case "decide":
          BudgetStage stage = BudgetStage.valueOf(key.toUpperCase(java.util.Locale.ROOT));
          List<String> ids = p.getBudget().map(b -> b.bodiesAt(stage)).orElse(List.of());
          soft.assertThat(ids).as(key).contains(io.kehoach.legacy.internal.Fold.slug(
              value.replaceAll("(?iu)ủy ban nhân dân|uỷ ban nhân dân", "UBND")));
          break;
        case "recipients":
          soft.assertThat(p.getRecipients()).as(key).hasSize(Integer.parseInt(value));
          break;
        case "archive":
          soft.assertThat(p.getRecipients().stream().filter(x -> x.isArchive()).map(x -> x.getName())).as(key)
              .containsExactly(value);
          break;
        case "signer":
          soft.assertThat(p.getSignature().map(s -> s.getName())).as(key).contains(value);
          break;
        case "position":
          soft.assertThat(p.getSignature().map(s -> s.getPosition())).as(key).contains(value);
          break;
        case "markers":
          soft.assertThat(p.getSignature().map(s -> s.getMarkers().stream().map(SigningMarker::toString)
              .collect(Collectors.joining(" | ")))).as(key).contains(value);
          break;
        case "annexTasks":
          soft.assertThat(p.getAnnexes()).as(key).hasSize(1);
          p.getAnnexes().forEach(a -> soft.assertThat(a.getTaskIds()).as(key).hasSize(Integer.parseInt(value)));
          break;
        case "truncated":
          soft.assertThat(r.hasDiagnostic("truncated")).as(key).isTrue();
          break;
        default:
          soft.fail("unknown key " + key);
      }
    });
    if (!e.containsKey("truncated") && kind == DocumentKind.OFFICIAL_TEXT) {
      soft.assertThat(r.hasDiagnostic("truncated")).as("no truncated warning: " + r.getDiagnostics()).isFalse();
    }
    soft.assertAll();
  }

  static List<String> ids(List<Assignment> a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.getId()));
    return out;
  }
}
