package io.kehoach.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.kehoach.benchmarks.PlanCorpus.Size;
import io.kehoach.json.PlanFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results into the ratios of the performance issue: prints one line per measure,
 * {@code ratio <measure> <value>}, and writes the same as a Markdown table with the targets.
 *
 * <p>Usage: {@code Report OUT.md RESULTS.json...}
 */
public final class Report {

  /** One reported measure: its name, value, target (NaN when none) and how it is computed. */
  record Line(String measure, double value, double target, String how) {
    String verdict() {
      return Double.isNaN(target) ? "" : value <= target ? "met" : "MISSED";
    }
  }

  private final Map<String, JsonNode> results = new HashMap<>();

  Report(List<Path> files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path file : files) {
      for (JsonNode r : json.readTree(file.toFile())) {
        String name = r.get("benchmark").asText();
        name = name.substring(name.lastIndexOf('.') + 1);
        JsonNode size = r.path("params").path("size");
        results.put(size.isMissingNode() ? name : name + "[" + size.asText() + "]", r);
      }
    }
  }

  private double time(String benchmark, Size size) {
    return metric(benchmark + "[" + size + "]").path("score").asDouble(Double.NaN);
  }

  private double alloc(String benchmark, Size size) {
    return results.getOrDefault(benchmark + "[" + size + "]", MissingNode.getInstance())
        .path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
  }

  private JsonNode metric(String key) {
    return results.getOrDefault(key, MissingNode.getInstance()).path("primaryMetric");
  }

  List<Line> lines() {
    List<Line> out = new ArrayList<>();
    Map<Size, Integer> jsonBytes = new HashMap<>();
    Map<Size, Integer> textBytes = new HashMap<>();
    for (Size size : Size.values()) {
      jsonBytes.put(size, PlanCorpus.bytes(size, PlanFormat.JSON).length);
      textBytes.put(size, PlanCorpus.text(size).getBytes(StandardCharsets.UTF_8).length);
    }
    double nan = Double.NaN;
    for (Size size : Size.values()) {
      String s = "[" + size.name().toLowerCase(Locale.ROOT) + "]";
      double read = time("baselineRead", size);
      double write = time("baselineWrite", size);
      out.add(new Line("floor" + s, time("floorTokens", size) / read, nan, "Jackson tokens / R read"));
      out.add(new Line("json-read" + s, time("jsonRead", size) / read, 1.1, "/ R read"));
      out.add(new Line("r-with-duplicate-check" + s, time("baselineReadStrict", size) / read, nan,
          "R read with duplicate-key detection / R read"));
      out.add(new Line("read-validate" + s, time("readValidate", size) / read, 2.0, "/ R read"));
      out.add(new Line("validate" + s, time("validate", size) / read, 1.0, "/ R read"));
      out.add(new Line("json-write" + s, time("jsonWrite", size) / write, 1.0, "/ R write"));
      out.add(new Line("yaml-read" + s, time("yamlRead", size) / read, 10, "/ R read"));
      out.add(new Line("yaml-floor" + s, time("yamlFloorTokens", size) / read, nan, "YAML tokens / R read"));
      out.add(new Line("yaml-write" + s, time("yamlWrite", size) / write, nan, "/ R write"));
      out.add(new Line("text-import-per-byte" + s, (time("textImport", size) / textBytes.get(size))
          / (read / jsonBytes.get(size)), 5, "per text byte / R read per JSON byte"));
      out.add(new Line("text-render" + s, time("textRender", size) / write, nan, "/ R write"));
      out.add(new Line("alloc-read-validate-per-byte" + s, alloc("readValidate", size) / jsonBytes.get(size), 12,
          "allocated bytes / JSON byte (absolute)"));
      out.add(new Line("alloc-baseline-read-per-byte" + s, alloc("baselineRead", size) / jsonBytes.get(size), nan,
          "allocated bytes / JSON byte (absolute)"));
    }
    for (String b : List.of("baselineRead", "baselineWrite", "jsonRead", "yamlRead", "jsonWrite", "yamlWrite",
        "validate", "readValidate", "textImport", "textRender")) {
      double perTaskLarge = time(b, Size.LARGE) / Size.LARGE.tasks();
      double perTaskTypical = time(b, Size.TYPICAL) / Size.TYPICAL.tasks();
      out.add(new Line("per-task-scaling[" + b + "]", perTaskLarge / perTaskTypical, b.startsWith("baseline") ? nan : 1.2,
          "time per task at 5,000 / at 100 tasks"));
    }
    out.add(new Line("docx-import[typical]", time("docxImport", Size.TYPICAL) / time("docxFloor", Size.TYPICAL), 1.5,
        "/ POI opening the file and walking its body"));
    out.add(new Line("pdf-import[typical]", time("pdfImport", Size.TYPICAL) / time("pdfFloor", Size.TYPICAL), 1.5,
        "/ PDFBox's own text extraction"));
    double cold = metric("firstReadValidate").path("score").asDouble(nan);
    double coldBaseline = metric("firstBaselineRead").path("score").asDouble(nan);
    out.add(new Line("cold-start-read-validate-ms", cold, 400, "ms, fresh JVM, mean of forks (absolute)"));
    out.add(new Line("cold-start-baseline-read-ms", coldBaseline, nan, "ms, fresh JVM, plain databind (absolute)"));
    out.add(new Line("cold-start", cold / coldBaseline, nan, "/ R first read"));
    return out;
  }

  /** Prints the ratios and writes the Markdown table to the first argument. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Report OUT.md RESULTS.json...");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    List<Line> lines = new Report(files).lines();
    StringBuilder md = new StringBuilder("| measure | value | target | | computed as |\n|---|---:|---:|---|---|\n");
    for (Line l : lines) {
      System.out.printf(Locale.ROOT, "ratio %s %.3f%n", l.measure(), l.value());
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s | %s |%n", l.measure(), l.value(),
          Double.isNaN(l.target()) ? "" : "≤ " + fmt(l.target()), l.verdict(), l.how()));
    }
    Files.writeString(Path.of(args[0]), md.toString());
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
