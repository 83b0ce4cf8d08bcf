package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.InvalidDataException;
import io.kehoach.plan.Plan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StreamingTest {

  private static final PlanMapper COMPACT = PlanMapper.builder().prettyJson(false).build();

  private static String plan(String subject) {
    return "{\"formatVersion\":\"1.0\",\"issuer\":{\"name\":\"U\"},\"subject\":\"" + subject + "\"}";
  }

  private static List<String> subjects(PlanFormat f, String input) {
    try (Stream<PlanDocument> s = COMPACT.readAll(f, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in")) {
      return s.map(d -> d.getPlan().getSubject()).collect(Collectors.toList());
    }
  }

  @Test
  void jsonArray_isReadOnePlanAtATime() {
    assertThat(subjects(PlanFormat.JSON, "[" + plan("a") + ",\n" + plan("b") + "," + plan("c") + "]"))
        .containsExactly("a", "b", "c");
    assertThat(subjects(PlanFormat.JSON, "[]")).isEmpty();
  }

  @Test
  void newlineDelimitedJson_isReadOnePlanAtATime() {
    assertThat(subjects(PlanFormat.JSON, plan("a") + "\n" + plan("b") + "\n" + plan("c") + "\n"))
        .containsExactly("a", "b", "c");
  }

  @Test
  void yamlDocuments_areReadOneAtATime() {
    String yaml = "formatVersion: '1.0'\nissuer: {name: U}\nsubject: a\n---\nformatVersion: '1.0'\nissuer: {name: U}\nsubject: b\n";
    assertThat(subjects(PlanFormat.YAML, yaml)).containsExactly("a", "b");
  }

  @Test
  void writtenPlans_readBack() {
    Plan rich = TestPlans.rich();
    String ndjson = COMPACT.write(PlanFormat.JSON, rich) + "\n" + COMPACT.write(PlanFormat.JSON, rich) + "\n";
    try (Stream<PlanDocument> s = COMPACT.readAll(PlanFormat.JSON,
        new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), "in")) {
      assertThat(s.map(PlanDocument::getPlan)).containsExactly(rich, rich);
    }
  }

  @Test
  void badPlan_givesItsIndexInThePointer() {
    String input = "[" + plan("a") + ",{\"formatVersion\":\"1.0\",\"issuer\":{\"name\":\"U\"},\"subject\":\"b\",\"x\":1}]";
    try (Stream<PlanDocument> s = COMPACT.readAll(PlanFormat.JSON,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in")) {
      assertThatThrownBy(() -> s.collect(Collectors.toList())).isInstanceOf(InvalidDataException.class)
          .hasMessageContaining("Plan 2: Unknown property 'x'")
          .satisfies(e -> assertThat(((InvalidDataException) e).getLocation().get().getPointer()).contains("/1/x"));
    }
  }
}
