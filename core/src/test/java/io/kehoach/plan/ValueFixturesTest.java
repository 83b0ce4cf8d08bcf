package io.kehoach.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the fixtures under {@code fixtures/<parser>/{valid,invalid}-*.txt} (see their README). */
class ValueFixturesTest {

  private static final Map<String, Function<String, Object>> PARSERS = Map.of(
      "document-number", DocumentNumber::parse,
      "place-and-date", PlaceAndDate::parse,
      "money", Money::parse,
      "period", Period::parse,
      "timing", Timing::parse);

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getResource("/fixtures").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Function<String, Object>> parser : PARSERS.entrySet()) {
      List<Path> files;
      try (Stream<Path> s = Files.list(root.resolve(parser.getKey()))) {
        files = s.sorted().collect(Collectors.toList());
      }
      assertThat(files).as("fixtures of " + parser.getKey()).isNotEmpty();
      for (Path file : files) {
        tests.add(DynamicTest.dynamicTest(parser.getKey() + "/" + file.getFileName(), file.toUri(),
            () -> run(parser.getValue(), file)));
      }
    }
    return tests.stream();
  }

  private static void run(Function<String, Object> parser, Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    int sep = lines.indexOf("---");
    assertThat(sep).as("fixture has a '---' line").isPositive();
    String input = String.join("\n", lines.subList(0, sep));
    String expected = String.join("\n", lines.subList(sep + 1, lines.size())).strip();
    String name = file.getFileName().toString();
    if (name.startsWith("valid-")) {
      Object value = parser.apply(input);
      assertThat(value).hasToString(expected);
      assertThat(parser.apply(value.toString())).as("canonical form reads back").isEqualTo(value);
    } else {
      assertThat(name).startsWith("invalid-");
      assertThatThrownBy(() -> parser.apply(input)).isInstanceOf(MalformedInputException.class)
          .hasMessageContaining(expected);
    }
  }
}
