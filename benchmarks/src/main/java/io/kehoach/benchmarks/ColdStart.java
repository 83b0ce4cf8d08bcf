package io.kehoach.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kehoach.benchmarks.baseline.PlainPlan;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the first read and validation of the typical plan in a fresh JVM, mapper and validator
 * created inside the measured call, as a command-line tool or a serverless function meets them. One shot
 * per fork, many forks. The set-up only loads the bytes (a resource written by {@link PlanCorpus}), so
 * no kehoach, Jackson or Hibernate Validator class is loaded before the measured call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 20, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStart {

  /** The resource holding the typical plan as compact JSON. */
  static final String TYPICAL_JSON = "typical.json";

  private byte[] json;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    try (InputStream in = ColdStart.class.getResourceAsStream(TYPICAL_JSON)) {
      json = in.readAllBytes();
    }
  }

  @Benchmark
  public ValidationReport firstReadValidate() {
    return PlanValidator.create().validate(PlanMapper.create().read(PlanFormat.JSON, json, null).getPlan());
  }

  /** The same first call for the baseline: plain databind, which loads Jackson only. */
  @Benchmark
  public PlainPlan firstBaselineRead() throws IOException {
    return new ObjectMapper().readValue(json, PlainPlan.class);
  }
}
