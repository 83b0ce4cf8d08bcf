package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.KehoachException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs {@code fixtures/plan/{valid,invalid}-*.{json,yaml}} (see the README there). */
class PlanFixturesTest {

  private static final PlanMapper MAPPER = PlanMapper.create();

  static List<Path> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(PlanFixturesTest.class.getResource("/fixtures/plan").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml")).sorted()
          .collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> fixtures_readOrFailAsExpected() throws Exception {
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
  }

  private static void run(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.startsWith("valid-")) {
      PlanDocument doc = MAPPER.read(file);
      for (PlanFormat f : PlanFormat.values()) {
        assertThat(MAPPER.read(f, MAPPER.write(f, doc)).getPlan()).as(f.name()).isEqualTo(doc.getPlan());
      }
      return;
    }
    Map<String, String> expect = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(file.toString().replaceAll("\\.(json|yaml)$", ".expect")))) {
      int colon = line.indexOf(':');
      expect.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    assertThatThrownBy(() -> MAPPER.read(file))
        .satisfies(e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo(expect.get("type"));
          assertThat(e.getMessage()).contains(expect.get("message"));
          KehoachException k = (KehoachException) e;
          assertThat(k.getLocation()).isPresent();
          assertThat(k.getLocation().get().getSource()).contains(name);
          if (expect.containsKey("pointer")) {
            assertThat(k.getLocation().get().getPointer()).contains(expect.get("pointer"));
          }
          if (expect.containsKey("line")) {
            assertThat(k.getLocation().get().getLine()).hasValue(Integer.parseInt(expect.get("line")));
          }
        });
  }
}
