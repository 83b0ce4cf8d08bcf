package io.kehoach.cli;

import io.kehoach.Location;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.PlanImport;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The native formats (JSON, YAML) seen through the import contract of the legacy readers, so that
 * the tool reads every format one way. A native document is read whole or not at all: it has no
 * diagnostics, and its one recognised part is the whole plan.
 */
final class NativeReader implements PlanReader<PlanImport> {
  private final PlanMapper mapper;
  private final PlanFormat format;
  private final InputLimits limits;

  NativeReader(PlanMapper mapper, PlanFormat format) {
    this.mapper = mapper;
    this.format = format;
    // The mapper enforces its own limits as it reads; the contract's byte limit is the same number,
    // so that a file over it is refused before it is read.
    this.limits = InputLimits.builder().maxBytes(mapper.getLimits().getMaxDocumentBytes()).build();
  }

  @Override
  public InputLimits getLimits() {
    return limits;
  }

  @Override
  public PlanImport read(byte[] bytes, @Nullable String source) {
    return new Read(Optional.ofNullable(source), mapper.read(format, bytes, source).getPlan());
  }

  @Override
  public PlanImport read(String text, @Nullable String source) {
    return read(text.getBytes(StandardCharsets.UTF_8), source);
  }

  private record Read(Optional<String> source, Plan plan) implements PlanImport {
    @Override
    public Optional<String> getSource() {
      return source;
    }

    @Override
    public Optional<Plan> getPlan() {
      return Optional.of(plan);
    }

    @Override
    public List<RecognizedPart> getRecognized() {
      return List.of(RecognizedPart.of("", Location.atLine(1), Location.atLine(1)));
    }

    @Override
    public List<Location> getUnclassified() {
      return List.of();
    }

    @Override
    public List<Diagnostic> getDiagnostics() {
      return List.of();
    }

    @Override
    public Plan planOrThrow() {
      return plan;
    }
  }
}
