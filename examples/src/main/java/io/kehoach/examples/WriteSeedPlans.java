package io.kehoach.examples;

import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Bình Phước plan as YAML and JSON into the folder given (the build keeps
 * {@code examples/src/main/resources/plans/} and {@code docs/} in step with the code through the
 * tests that compare them).
 */
public final class WriteSeedPlans {
  private WriteSeedPlans() {}

  /** Writes {@code binh-phuoc-2017.yaml} and {@code .json} into {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    PlanMapper mapper = PlanMapper.create();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("binh-phuoc-2017.yaml"), mapper.write(PlanFormat.YAML, BinhPhuoc2017.plan()),
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("binh-phuoc-2017.json"), mapper.write(PlanFormat.JSON, BinhPhuoc2017.plan()),
        StandardCharsets.UTF_8);
  }
}
