package io.kehoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every seed plan written to both formats, read back and compared equal; the bundled files and docs stay current. */
class SeedPlansFormatTest {

  private static final PlanMapper MAPPER = PlanMapper.create();

  @Test
  void everySeedPlan_survivesJsonAndYaml() {
    SeedPlans.all().forEach((seed, plan) -> {
      for (PlanFormat f : PlanFormat.values()) {
        Plan back = MAPPER.read(f, MAPPER.write(f, plan)).getPlan();
        assertThat(back).as(seed + " " + f).isEqualTo(plan);
      }
    });
  }

  @Test
  void bundledFiles_areWhatTheLibraryWritesToday() throws IOException {
    Path dir = Path.of("src/main/resources/plans");
    assertThat(Files.readString(dir.resolve("binh-phuoc-2017.yaml"), StandardCharsets.UTF_8))
        .isEqualTo(MAPPER.write(PlanFormat.YAML, BinhPhuoc2017.plan()));
    assertThat(Files.readString(dir.resolve("binh-phuoc-2017.json"), StandardCharsets.UTF_8))
        .isEqualTo(MAPPER.write(PlanFormat.JSON, BinhPhuoc2017.plan()));
  }

  @Test
  void formatDoc_showsTheCompleteBinhPhuocPlan() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "format.md"), StandardCharsets.UTF_8);
    assertThat(doc).contains("```yaml\n" + MAPPER.write(PlanFormat.YAML, BinhPhuoc2017.plan()) + "```");
  }
}
