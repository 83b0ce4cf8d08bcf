package io.kehoach.examples;

import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.plan.Plan;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The README's format example: read a plan kept as YAML, validate it, write it as JSON. The YAML
 * file is {@code examples/src/main/resources/plans/binh-phuoc-2017.yaml}, the Bình Phước plan as
 * the library writes it.
 */
public final class ReadValidateWrite {
  private ReadValidateWrite() {}

  /** Prints the report and the start of the JSON. */
  public static void main(String[] args) throws IOException {
    try (InputStream yaml = ReadValidateWrite.class.getResourceAsStream("/plans/binh-phuoc-2017.yaml")) {
      // README:begin
      PlanMapper mapper = PlanMapper.create();                           // build once, share
      Plan plan = mapper.read(PlanFormat.YAML, yaml, "binh-phuoc-2017.yaml").getPlan();
      ValidationReport report = PlanValidator.create().validate(plan);
      System.out.print(report.format(Locale.ENGLISH));
      String json = mapper.write(PlanFormat.JSON, plan);
      // README:end
      System.out.println(json.substring(0, json.indexOf("\"place\"")).strip());
    }
  }
}
