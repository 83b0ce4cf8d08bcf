package io.kehoach.legacy.tables;

import io.kehoach.legacy.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Money;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.Timing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code fixtures/csv/*.csv} against their {@code .expected} sidecars (see the README there). */
class AnnexFixturesTest {

  private static final AnnexTableReader READER = AnnexTableReader.create();

  static List<Path> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(AnnexFixturesTest.class.getResource("/fixtures/csv").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void fixtures_areThere_andEachHasItsSidecarSayingItWasWrittenForTheTests() throws Exception {
    assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(8);
    for (Path f : fixtures()) {
      List<String> lines = Files.readAllLines(sidecar(f), StandardCharsets.UTF_8);
      assertThat(lines.get(0)).as(f.toString()).startsWith("# written for the tests:");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixture_readsAsExpected() throws Exception {
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static Path sidecar(Path csv) {
    return Path.of(csv.toString().replace(".csv", ".expected"));
  }

  private static Map<String, String> expected(Path csv) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(sidecar(csv), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      m.put(line.substring(0, colon).strip(), Normalizer.normalize(line.substring(colon + 1).strip(), Normalizer.Form.NFC));
    }
    return m;
  }

  private static List<String> list(String value) {
    return value.isEmpty() ? List.of() : Arrays.stream(value.split(" \\| ", -1)).map(String::strip).collect(Collectors.toList());
  }

  private static void check(Path file) throws IOException {
    Map<String, String> e = expected(file);
    String name = file.getFileName().toString();
    if (e.containsKey("error")) {
      MalformedInputException ex = catchThrowableOfType(MalformedInputException.class, () -> READER.read(file));
      assertThat(ex).as("a typed error").isNotNull();
      assertThat(ex.getMessage()).contains(e.get("error"));
      assertThat(ex.getText().vi()).isNotBlank().isNotEqualTo(ex.getText().en());
      assertThat(ex.getLocation().get().getSource()).contains(name);
      // A row when the bytes were read as rows; a text line when they could not be decoded at all.
      assertThat(ex.getLocation().get().getRow().isPresent() ? ex.getLocation().get().getRow()
          : ex.getLocation().get().getLine()).hasValue(Integer.parseInt(e.get("errorLine")));
      if (e.containsKey("errorColumn")) {
        assertThat(ex.getLocation().get().getColumn().getAsInt()).isEqualTo(Integer.parseInt(e.get("errorColumn")));
      }
      return;
    }
    AnnexTableImport r = READER.read(file);
    List<Task> tasks = r.tasks().collect(Collectors.toList());
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(r.getSource()).contains(name);
    e.forEach((key, value) -> {
      if (key.startsWith("task.")) {
        String[] k = key.split("\\.");
        Task t = tasks.get(Integer.parseInt(k[1]) - 1);
        checkTask(soft, r, t, k[2], value, key);
        return;
      }
      switch (key) {
        case "separator":
          soft.assertThat(r.getSeparator()).as(key).isEqualTo(value.equals("tab") ? '\t' : value.charAt(0));
          break;
        case "headerRow":
          soft.assertThat(r.getHeaderRow()).as(key).isEqualTo(Integer.parseInt(value));
          break;
        case "fields":
          soft.assertThat(r.getColumns().stream().map(c -> c.getField().getCode())).as(key).containsExactlyElementsOf(list(value));
          break;
        case "titleLines":
          soft.assertThat(r.getTitleLines()).as(key).containsExactlyElementsOf(list(value));
          break;
        case "bodies":
          soft.assertThat(r.getBodies().stream().map(ResponsibleBody::getId)).as(key).containsExactlyElementsOf(list(value));
          break;
        case "bodyNames":
          soft.assertThat(r.getBodies().stream().map(ResponsibleBody::getName)).as(key).containsExactlyElementsOf(list(value));
          break;
        case "assignments":
          soft.assertThat(r.getAssignments()).as(key).hasSize(Integer.parseInt(value));
          break;
        case "tasks":
          soft.assertThat(tasks).as(key).hasSize(Integer.parseInt(value));
          break;
        case "headings":
          soft.assertThat(r.getRows().stream().filter(x -> x.getKind() == AnnexRowKind.HEADING).map(AnnexRow::getText))
              .as(key).containsExactlyElementsOf(list(value));
          break;
        case "total":
          soft.assertThat(r.getTotal()).as(key).contains(Money.vnd(Long.parseLong(value)));
          break;
        case "extraCells":
          List<String> cells = new ArrayList<>();
          r.getRows().forEach(x -> x.getExtraCells().forEach((c, v) -> cells.add(x.getRow() + ":" + c + "=" + v)));
          soft.assertThat(cells).as(key).containsExactlyElementsOf(list(value));
          break;
        case "warnings":
          soft.assertThat(r.getDiagnostics().stream().map(Diagnostic::getCode).sorted())
              .as(key).containsExactlyElementsOf(list(value));
          break;
        default:
          soft.fail("unknown key " + key);
      }
    });
    for (Task t : tasks) {
      soft.assertThat(Normalizer.isNormalized(t.getDescription(), Normalizer.Form.NFC)).isTrue();
    }
    soft.assertAll();
  }

  private static void checkTask(SoftAssertions soft, AnnexTableImport r, Task t, String field, String value, String key) {
    switch (field) {
      case "description":
        soft.assertThat(t.getDescription()).as(key).isEqualTo(value);
        break;
      case "lead":
        soft.assertThat(r.getAssignments().stream().filter(a -> a.getTasks().contains(t)).findFirst().get().getBodyId())
            .as(key).isEqualTo(value);
        break;
      case "coordinators":
        soft.assertThat(t.bodyIds(AssignmentRole.COORDINATE)).as(key).containsExactlyElementsOf(list(value));
        break;
      case "timing":
        soft.assertThat(t.getTiming()).as(key).contains(Timing.parse(value));
        break;
      case "outputs":
        soft.assertThat(t.getOutputs()).as(key).containsExactlyElementsOf(list(value));
        break;
      case "cost":
        if (value.isEmpty()) {
          soft.assertThat(t.getCost()).as(key).isEmpty();
        } else {
          soft.assertThat(t.getCost()).as(key).contains(Money.vnd(Long.parseLong(value)));
        }
        break;
      default:
        soft.fail("unknown key " + key);
    }
  }
}
