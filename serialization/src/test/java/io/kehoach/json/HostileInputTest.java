package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kehoach.KehoachException;
import io.kehoach.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hostile inputs (written for the tests): each gives a typed error within one second, never an Error or a hang. */
class HostileInputTest {

  private static final PlanMapper MAPPER = PlanMapper.create();
  private static final String HEAD = "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"U\"}, \"subject\": ";

  private record Case(String name, PlanFormat format, byte[] input, Class<? extends KehoachException> type,
      String message) {}

  private static Case json(String name, String input, String message) {
    return new Case(name, PlanFormat.JSON, input.getBytes(StandardCharsets.UTF_8), MalformedInputException.class, message);
  }

  private static Case yaml(String name, String input, String message) {
    return new Case(name, PlanFormat.YAML, input.getBytes(StandardCharsets.UTF_8), MalformedInputException.class, message);
  }

  private static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(json("deep nesting", "[".repeat(100_000), "nesting depth"));
    c.add(json("deep objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), "nesting depth"));
    c.add(yaml("deep YAML", "a:\n" + "  ".repeat(1) + "- ".repeat(5_000) + "x\n", "nesting depth"));
    c.add(yaml("deep YAML flow", "a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n", "nesting depth"));
    c.add(json("huge string", HEAD + "\"" + "x".repeat(2_000_000) + "\"}", "string length"));
    c.add(yaml("huge YAML string", "formatVersion: '1.0'\nsubject: |\n" + ("  " + "x".repeat(99) + "\n").repeat(12_000), "string length"));
    c.add(json("huge number", HEAD + "\"x\", \"budget\": {\"total\": " + "9".repeat(5_000) + "}}", "number length"));
    c.add(new Case("huge YAML number", PlanFormat.YAML, ("formatVersion: '1.0'\nissuer: {name: U}\nsubject: x\nbudget:\n  total: "
        + "9".repeat(5_000) + "\n").getBytes(StandardCharsets.UTF_8), io.kehoach.InvalidDataException.class,
        "An amount must be a number"));
    c.add(json("long name", "{\"" + "n".repeat(10_000) + "\": 1}", "property name length"));
    c.add(yaml("long YAML name", "n".repeat(10_000) + ": 1\n", "Trailing content"));
    c.add(yaml("long YAML line", "subject: " + "x".repeat(2_000_000) + "\n", "line length"));
    StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char ch = 'b'; ch <= 'j'; ch++) {
      char p = (char) (ch - 1);
      laughs.append(ch).append(": &").append(ch).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
          .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
          .append(p).append(",*").append(p).append("]\n");
    }
    c.add(yaml("billion laughs", laughs.toString(), "anchors are not allowed"));
    c.add(yaml("alias", "formatVersion: '1.0'\nsubject: &s x\nplace: *s\n", "are not allowed"));
    c.add(yaml("python tag", "formatVersion: '1.0'\nsubject: !!python/object:os.system x\n", "tags are not allowed"));
    c.add(yaml("str tag", "formatVersion: '1.0'\nsubject: !!str x\n", "tags are not allowed"));
    c.add(yaml("local tag", "formatVersion: '1.0'\nsubject: !custom x\n", "tags are not allowed"));
    c.add(new Case("invalid UTF-8 JSON", PlanFormat.JSON, concat(HEAD + "\"x", new byte[] {(byte) 0xC3, (byte) 0x28},
        "\"}"), MalformedInputException.class, "UTF-8"));
    c.add(new Case("invalid UTF-8 YAML", PlanFormat.YAML, concat("subject: x", new byte[] {(byte) 0xFF, (byte) 0xFE},
        "\n"), MalformedInputException.class, "not valid UTF-8"));
    c.add(json("NUL byte in JSON", HEAD + "\"a\u0000b\"}", "control character U+0000"));
    c.add(yaml("NUL byte in YAML", "subject: a\u0000b\n", "Not valid YAML"));
    c.add(json("duplicate keys", HEAD + "\"a\", \"subject\": \"b\"}", "property 'subject' appears twice"));
    c.add(json("nested duplicate keys", HEAD + "\"x\", \"objectives\": [{\"id\": \"a\", \"statement\": \"s\", \"id\": \"b\"}]}",
        "property 'id' appears twice"));
    c.add(json("trailing garbage", HEAD + "\"x\"} garbage", "Trailing content"));
    c.add(json("trailing object", HEAD + "\"x\"} {}", "Trailing content"));
    c.add(yaml("second YAML document", "formatVersion: '1.0'\nsubject: x\n---\nsubject: y\n", "Trailing content"));
    c.add(json("empty", "", "empty"));
    c.add(json("whitespace only", " \n\t ", "empty"));
    c.add(yaml("empty YAML", "", "empty"));
    c.add(new Case("two byte-order marks", PlanFormat.JSON, concat("\uFEFF\uFEFF{}", new byte[0], ""),
        MalformedInputException.class, "byte-order mark appears twice"));
    c.add(json("truncated", HEAD + "\"x\", \"objectives\": [{\"id\": ", "the document ends"));
    c.add(json("not JSON", "<xml/>", "Not valid JSON"));
    c.add(new Case("array of 300,000 numbers", PlanFormat.JSON, ("[" + "1,".repeat(300_000) + "1]").getBytes(StandardCharsets.UTF_8),
        io.kehoach.InvalidDataException.class, "A plan is an object"));
    // Issue 16, defect 2: numbers short in characters and huge in size hung the reader or failed later.
    for (String n : new String[] {"1e1000000", "1e999", "1E+25", "-1e999999999", "1e-999999999", "0.0000001"}) {
      c.add(new Case("amount " + n, PlanFormat.JSON, (HEAD + "\"x\", \"budget\": {\"total\": " + n + "}}")
          .getBytes(StandardCharsets.UTF_8), io.kehoach.InvalidDataException.class, "digits before the decimal point"));
      c.add(new Case("amount object " + n, PlanFormat.JSON, (HEAD + "\"x\", \"budget\": {\"total\": {\"amount\": " + n
          + ", \"currency\": \"USD\"}}}").getBytes(StandardCharsets.UTF_8), io.kehoach.InvalidDataException.class,
          "digits before the decimal point"));
      c.add(new Case("YAML amount " + n, PlanFormat.YAML, ("formatVersion: '1.0'\nissuer: {name: U}\nsubject: x\nbudget:\n"
          + "  total: " + n + "\n").getBytes(StandardCharsets.UTF_8), io.kehoach.InvalidDataException.class,
          n.contains("e") || n.contains("E") ? "An amount must be a number" : "digits before the decimal point"));
      c.add(new Case("target value " + n, PlanFormat.JSON, (HEAD + "\"x\", \"objectives\": [{\"id\": \"a\", \"statement\":"
          + " \"s\", \"targets\": [{\"indicator\": \"SIPAS\", \"targetValue\": " + n + "}]}]}")
          .getBytes(StandardCharsets.UTF_8), io.kehoach.InvalidDataException.class, "digits before the decimal point"));
    }
    // Issue 16, defect 3: text that is not Unicode (a lone surrogate, an overlong UTF-8 sequence) is refused.
    c.add(new Case("lone surrogate escape", PlanFormat.JSON, (HEAD + "\"a\\ud800b\"}").getBytes(StandardCharsets.UTF_8),
        io.kehoach.InvalidDataException.class, "lone surrogate"));
    c.add(new Case("lone low surrogate escape", PlanFormat.JSON, (HEAD + "\"x\", \"place\": \"a\\udc00\"}")
        .getBytes(StandardCharsets.UTF_8), io.kehoach.InvalidDataException.class, "lone surrogate"));
    c.add(new Case("reversed surrogates", PlanFormat.JSON, (HEAD + "\"\\udc00\\ud800\"}").getBytes(StandardCharsets.UTF_8),
        io.kehoach.InvalidDataException.class, "lone surrogate"));
    c.add(new Case("YAML lone surrogate escape", PlanFormat.YAML, "formatVersion: '1.0'\nissuer: {name: U}\nsubject: \"a\\ud800b\"\n"
        .getBytes(StandardCharsets.UTF_8), io.kehoach.InvalidDataException.class, "lone surrogate"));
    c.add(new Case("encoded surrogate", PlanFormat.JSON, concat(HEAD + "\"a", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        "b\"}"), MalformedInputException.class, "UTF-8"));
    c.add(new Case("overlong slash", PlanFormat.JSON, concat(HEAD + "\"a", new byte[] {(byte) 0xC0, (byte) 0xAF}, "b\"}"),
        MalformedInputException.class, "UTF-8"));
    c.add(new Case("overlong three bytes", PlanFormat.JSON, concat(HEAD + "\"a", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        "b\"}"), MalformedInputException.class, "UTF-8"));
    c.add(new Case("overlong YAML", PlanFormat.YAML, concat("formatVersion: '1.0'\nsubject: a", new byte[] {(byte) 0xC0, (byte) 0xAF},
        "b\n"), MalformedInputException.class, "UTF-8"));
    return c;
  }

  private static byte[] concat(String a, byte[] b, String c) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] z = c.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[x.length + b.length + z.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(b, 0, out, x.length, b.length);
    System.arraycopy(z, 0, out, x.length + b.length, z.length);
    return out;
  }

  @TestFactory
  Stream<DynamicTest> eachHostileInput_givesATypedErrorWithinOneSecond() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
        try {
          MAPPER.read(c.format(), c.input(), "hostile");
          return null;
        } catch (Throwable t) {
          return t;
        }
      });
      assertThat(thrown).as(c.name()).isInstanceOf(c.type());
      assertThat(thrown.getMessage()).as(c.name()).containsIgnoringCase(c.message());
    }));
  }

  @TestFactory
  Stream<DynamicTest> tighterLimits_areEnforcedForBothFormats() {
    PlanMapper tight = PlanMapper.builder().limits(ReadLimits.builder().maxTokenCount(50).maxDocumentBytes(10_000)
        .maxStringLength(100).build()).build();
    String many = "formatVersion: '1.0'\nsubject: x\nlegalBases:\n" + "- citation: a\n".repeat(100);
    return Stream.of(
        DynamicTest.dynamicTest("token count, YAML", () -> assertRejected(tight, PlanFormat.YAML, many, "token count")),
        DynamicTest.dynamicTest("document size", () -> assertRejected(tight, PlanFormat.JSON,
            HEAD + "\"" + "x".repeat(20_000) + "\"}", "larger than the limit")),
        DynamicTest.dynamicTest("string length, YAML", () -> assertRejected(tight, PlanFormat.YAML,
            "subject: " + "x".repeat(200) + "\n", "string length")));
  }

  private static void assertRejected(PlanMapper m, PlanFormat f, String input, String message) {
    Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
      try {
        m.read(f, input);
        return null;
      } catch (Throwable e) {
        return e;
      }
    });
    assertThat(t).isInstanceOf(MalformedInputException.class).hasMessageContaining(message);
  }
}
