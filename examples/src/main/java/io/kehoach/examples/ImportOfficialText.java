package io.kehoach.examples;

import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.Plan;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.ValidationProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The README's text example: import the official text of the Bình Phước plan (seed 003, bundled as
 * {@code examples/src/main/resources/plans/binh-phuoc-2017.txt}), validate it, and write it as YAML.
 */
public final class ImportOfficialText {
  private ImportOfficialText() {}

  /** Prints the import warnings, the validation report and the start of the YAML. */
  public static void main(String[] args) throws IOException {
    String text;
    try (InputStream in = ImportOfficialText.class.getResourceAsStream("/plans/binh-phuoc-2017.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // README:begin
    TextImport result = PlanTextImporter.create().read(text, "binh-phuoc-2017.txt");
    result.getDiagnostics().forEach(d -> System.out.println(d.getCode() + ": " + d.describe(Locale.ENGLISH)));
    Plan plan = result.planOrThrow();
    System.out.print(PlanValidator.create().validate(plan, ValidationProfile.IMPORTED).format(Locale.ENGLISH));
    String yaml = PlanMapper.create().write(PlanFormat.YAML, plan);
    // README:end
    System.out.println(yaml.substring(0, yaml.indexOf("documentType")).strip());
  }
}
