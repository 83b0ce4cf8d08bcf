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

  /** Issue 16, defect 3: an overlong UTF-8 sequence in a stream of plans is refused where it stands. */
  @Test
  void overlongUtf8_inAStream_isRefused_withItsLine() {
    for (PlanFormat f : PlanFormat.values()) {
      byte[] good = (f == PlanFormat.JSON ? plan("a") + "\n" + plan("b") : "formatVersion: '1.0'\nissuer: {name: U}\nsubject: b\n")
          .getBytes(StandardCharsets.UTF_8);
      int at = indexOf(good, (byte) 'b');
      for (byte[] overlong : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
          {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}}) {
        byte[] input = new byte[good.length + overlong.length];
        System.arraycopy(good, 0, input, 0, at);
        System.arraycopy(overlong, 0, input, at, overlong.length);
        System.arraycopy(good, at, input, at + overlong.length, good.length - at);
        List<String> read = new java.util.ArrayList<>();
        assertThatThrownBy(() -> {
          try (Stream<PlanDocument> s = COMPACT.readAll(f, new ByteArrayInputStream(input), "in")) {
            s.forEach(d -> read.add(d.getPlan().getSubject()));
          }
        }).as(f + " " + overlong.length).isInstanceOf(io.kehoach.MalformedInputException.class).hasMessageContaining("UTF-8")
            .satisfies(e -> assertThat(((io.kehoach.MalformedInputException) e).getLocation().get().getLine())
                .hasValue(f == PlanFormat.JSON ? 2 : 3));
        // The plan before the bad bytes is read, not lost with them.
        assertThat(read).as(f + " " + overlong.length).isEqualTo(f == PlanFormat.JSON ? List.of("a") : List.of());
      }
    }
  }

  /** Issue 16, defect 4: readAll's limits held for the whole stream, contrary to its Javadoc; they hold per plan. */
  @Test
  void readAll_limitsEachPlan_notTheStream() {
    PlanMapper small = PlanMapper.builder().prettyJson(false)
        .limits(ReadLimits.builder().maxDocumentBytes(1_000).maxTokenCount(60).build()).build();
    StringBuilder json = new StringBuilder();
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      json.append(plan("plan " + i)).append('\n');
      yaml.append(i == 0 ? "" : "---\n").append("formatVersion: '1.0'\nissuer: {name: U}\nsubject: plan ").append(i).append('\n');
    }
    assertThat(json.length()).isGreaterThan(3_000);
    for (PlanFormat f : PlanFormat.values()) {
      String all = f == PlanFormat.JSON ? json.toString() : yaml.toString();
      try (Stream<PlanDocument> s = small.readAll(f, new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8)), "in")) {
        assertThat(s.count()).as(f.name()).isEqualTo(50);
      }
      String big = f == PlanFormat.JSON ? plan("a") + "\n" + plan("x".repeat(1_200)) + "\n"
          : "formatVersion: '1.0'\nissuer: {name: U}\nsubject: a\n---\nformatVersion: '1.0'\nissuer: {name: U}\nsubject: "
              + "x".repeat(1_200) + "\n";
      List<String> read = new java.util.ArrayList<>();
      assertThatThrownBy(() -> {
        try (Stream<PlanDocument> s = small.readAll(f, new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "in")) {
          s.forEach(d -> read.add(d.getPlan().getSubject()));
        }
      }).as(f.name()).isInstanceOf(io.kehoach.MalformedInputException.class).hasMessageContaining("document size");
      assertThat(read).as(f.name()).containsExactly("a");
    }
  }

  /** Found writing a 31 MB plan to a file: Jackson closed the caller's stream, and the flush after it failed. */
  @Test
  void write_toAStream_leavesItOpen_andWritesWhatTheStringHolds() throws Exception {
    Plan rich = TestPlans.rich();
    for (PlanMapper m : new PlanMapper[] {COMPACT, PlanMapper.create()}) {
      for (PlanFormat f : PlanFormat.values()) {
        boolean[] closed = {false};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
        m.write(f, PlanDocument.of(rich), out);
        assertThat(closed[0]).as(f.name()).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).as(f.name()).isEqualTo(m.write(f, rich));
      }
    }
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
