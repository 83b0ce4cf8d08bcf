package io.kehoach.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static String result(String benchmark, String size, double score, double alloc) {
    return "{\"benchmark\": \"io.kehoach.benchmarks." + benchmark + "\", "
        + (size == null ? "" : "\"params\": {\"size\": \"" + size + "\"}, ")
        + "\"primaryMetric\": {\"score\": " + score + "}, "
        + "\"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + alloc + "}}}";
  }

  @Test
  void ratios_areTakenToTheBaselineOfTheSameSize(@TempDir Path dir) throws Exception {
    Path steady = dir.resolve("steady.json");
    Files.writeString(steady, "[" + String.join(",",
        result("PlanBenchmarks.baselineRead", "TYPICAL", 10, 0),
        result("PlanBenchmarks.jsonRead", "TYPICAL", 12, 0),
        result("PlanBenchmarks.baselineReadStrict", "TYPICAL", 11, 0),
        result("PlanBenchmarks.readValidate", "TYPICAL", 15, 25332 * 6.0),
        result("PlanBenchmarks.baselineWrite", "TYPICAL", 4, 0),
        result("PlanBenchmarks.jsonWrite", "TYPICAL", 3, 0),
        result("PlanBenchmarks.jsonRead", "LARGE", 12 * 50 * 1.5, 0)) + "]");
    Path cold = dir.resolve("cold.json");
    Files.writeString(cold, "[" + result("ColdStart.firstReadValidate", null, 350, 0) + ","
        + result("ColdStart.firstBaselineRead", null, 70, 0) + "]");
    Map<String, Report.Line> lines = new Report(List.of(steady, cold)).lines().stream()
        .collect(Collectors.toMap(Report.Line::measure, Function.identity()));
    assertThat(lines.get("json-read[typical]").value()).isEqualTo(1.2);
    assertThat(lines.get("json-read[typical]").verdict()).isEqualTo("MISSED");
    assertThat(lines.get("read-validate[typical]").value()).isEqualTo(1.5);
    assertThat(lines.get("r-with-duplicate-check[typical]").value()).isEqualTo(1.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(lines.get("r-with-duplicate-check[typical]").verdict()).isEmpty();
    assertThat(lines.get("read-validate[typical]").verdict()).isEqualTo("met");
    assertThat(lines.get("json-write[typical]").value()).isEqualTo(0.75);
    assertThat(lines.get("alloc-read-validate-per-byte[typical]").value()).isEqualTo(6.0);
    assertThat(lines.get("per-task-scaling[jsonRead]").value()).isEqualTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(lines.get("cold-start-read-validate-ms").value()).isEqualTo(350);
    assertThat(lines.get("cold-start").value()).isEqualTo(5);
    assertThat(lines.get("json-read[small]").value()).isNaN();
  }
}
