package io.kehoach.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kehoach.benchmarks.PlanCorpus.Size;
import io.kehoach.benchmarks.baseline.PlainPlan;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.Plan;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.ValidationReport;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every steady-state measure of the performance issue, over the same bytes in one run: the floor (Jackson
 * tokens only), the baseline R (plain databind into {@link PlainPlan}, reading and writing), and kehoach's
 * reading, writing, validation, text import and rendering. {@code benchmarks/run} turns the results into
 * ratios to R. Each benchmark sets up only the forms of the plan it uses; {@code PlanCorpusTest} checks
 * that every side reads the corpus whole, so that no benchmark measures a failure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanBenchmarks {

  /** The size of the plan; each input state below builds only its own form of it. */
  @State(Scope.Benchmark)
  public static class Corpus {
    @Param({"SMALL", "TYPICAL", "LARGE"})
    public Size size;
  }

  /** The plan as compact JSON, with the readers of both sides. */
  @State(Scope.Benchmark)
  public static class Json {
    final JsonFactory factory = new JsonFactory();
    final ObjectMapper plainMapper = new ObjectMapper();
    // R with the one safety check kehoach's reader shares with Jackson: duplicate keys are rejected.
    final ObjectMapper strictMapper = new ObjectMapper(JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    final PlanMapper mapper = PlanMapper.builder().prettyJson(false).build();
    byte[] bytes;

    @Setup(Level.Trial)
    public void setUp(Corpus corpus) {
      bytes = PlanCorpus.bytes(corpus.size, PlanFormat.JSON);
    }
  }

  /** The plan as YAML. */
  @State(Scope.Benchmark)
  public static class Yaml {
    final YAMLFactory factory = new YAMLFactory();
    final PlanMapper mapper = PlanMapper.create();
    byte[] bytes;

    @Setup(Level.Trial)
    public void setUp(Corpus corpus) {
      bytes = PlanCorpus.bytes(corpus.size, PlanFormat.YAML);
    }
  }

  /** The plan as official text. */
  @State(Scope.Benchmark)
  public static class Text {
    final PlanTextImporter importer = PlanTextImporter.create();
    String text;

    @Setup(Level.Trial)
    public void setUp(Corpus corpus) {
      text = PlanCorpus.text(corpus.size);
    }
  }

  /** The plan in memory, in the model and as the baseline's plain classes. */
  @State(Scope.Benchmark)
  public static class Model {
    final ObjectMapper plainMapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    final PlanMapper mapper = PlanMapper.builder().prettyJson(false).build();
    final PlanTextRenderer renderer = PlanTextRenderer.create();
    Plan plan;
    PlainPlan plain;

    @Setup(Level.Trial)
    public void setUp(Corpus corpus) throws IOException {
      plan = PlanCorpus.plan(corpus.size);
      plain = plainMapper.readValue(PlanCorpus.bytes(corpus.size, PlanFormat.JSON), PlainPlan.class);
    }
  }

  /** The validator, built once as applications do. */
  @State(Scope.Benchmark)
  public static class Validation {
    final PlanValidator validator = PlanValidator.create();
  }

  /** The floor: Jackson's streaming parser, tokens only. */
  @Benchmark
  public int floorTokens(Json in) throws IOException {
    return countTokens(in.factory, in.bytes);
  }

  /** The YAML floor: SnakeYAML through Jackson's YAML parser, tokens only; what no YAML reader can beat. */
  @Benchmark
  public int yamlFloorTokens(Yaml in) throws IOException {
    return countTokens(in.factory, in.bytes);
  }

  private static int countTokens(JsonFactory factory, byte[] bytes) throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(bytes)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Baseline R for reading: plain Jackson databind into plain mutable classes. */
  @Benchmark
  public PlainPlan baselineRead(Json in) throws IOException {
    return in.plainMapper.readValue(in.bytes, PlainPlan.class);
  }

  /**
   * R with duplicate-key detection, which kehoach's reader must do (a duplicate would otherwise lose
   * a value silently): not a target, a measure of what that check alone costs.
   */
  @Benchmark
  public PlainPlan baselineReadStrict(Json in) throws IOException {
    return in.strictMapper.readValue(in.bytes, PlainPlan.class);
  }

  /** Baseline R for writing: plain Jackson databind from plain mutable classes. */
  @Benchmark
  public String baselineWrite(Model in) throws IOException {
    return in.plainMapper.writeValueAsString(in.plain);
  }

  @Benchmark
  public Plan jsonRead(Json in) {
    return in.mapper.read(PlanFormat.JSON, in.bytes, null).getPlan();
  }

  @Benchmark
  public Plan yamlRead(Yaml in) {
    return in.mapper.read(PlanFormat.YAML, in.bytes, null).getPlan();
  }

  @Benchmark
  public String jsonWrite(Model in) {
    return in.mapper.write(PlanFormat.JSON, in.plan);
  }

  @Benchmark
  public String yamlWrite(Model in) {
    return in.mapper.write(PlanFormat.YAML, in.plan);
  }

  /** Validation alone, every rule of the issued profile. */
  @Benchmark
  public ValidationReport validate(Model in, Validation v) {
    return v.validator.validate(in.plan);
  }

  @Benchmark
  public ValidationReport readValidate(Json in, Validation v) {
    return v.validator.validate(in.mapper.read(PlanFormat.JSON, in.bytes, null).getPlan());
  }

  @Benchmark
  public TextImport textImport(Text in) {
    return in.importer.read(in.text, null);
  }

  @Benchmark
  public String textRender(Model in) {
    return in.renderer.render(in.plan);
  }
}
