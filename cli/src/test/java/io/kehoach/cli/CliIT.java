package io.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code target/kehoach.jar} as a process on files written for the tests. */
class CliIT {

  private static final Path JAR = Path.of("target", "kehoach.jar");
  private static final Path BINH_PHUOC_TEXT = Path.of("..", "examples", "src", "main", "resources", "plans",
      "binh-phuoc-2017.txt");
  private static final Path BINH_PHUOC_YAML = Path.of("..", "examples", "src", "main", "resources", "plans",
      "binh-phuoc-2017.yaml");

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void jarExists() {
    assertThat(JAR).exists();
  }

  /** Runs the jar with {@code stdin} piped in; stderr goes to a file so neither pipe can fill and block. */
  static Run runWithInput(String stdin, String... args) throws IOException, InterruptedException {
    return runJvm(List.of(), stdin, args);
  }

  /** Runs the jar in a JVM with {@code jvmArgs} ({@code -Xmx256m}). */
  static Run runJvm(List<String> jvmArgs, String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvmArgs);
    cmd.addAll(List.of("-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path errFile = Files.createTempFile("kehoach-cli-it", ".err");
    try {
      Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
      if (stdin != null) {
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(errFile));
    } finally {
      Files.deleteIfExists(errFile);
    }
  }

  static Run run(String... args) throws IOException, InterruptedException {
    return runWithInput(null, args);
  }

  private static final String MINIMAL_DRAFT = "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"UBND TỈNH X\"}, "
      + "\"subject\": \"Kế hoạch truyền thông năm 2024\", \"period\": {\"start\": \"2024-01-01\", \"end\": \"2024-12-31\"}}";

  @Test
  void validate_officialText_withCalendar() throws Exception {
    Run r = run("validate", "--lang", "en", "--calendar", BINH_PHUOC_TEXT.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Valid (Issued document): 0 errors")
        .contains("import warning: The text has no issuing body line")
        .contains("Reporting calendar:")
        .contains("2017-06-15  Quarterly   Các cơ quan đơn vị → UBND tỉnh (through Sở Tư pháp)")
        .contains("2017-12-31  Yearly      Sở Tư pháp → UBND tỉnh");
    assertThat(r.err()).doesNotContain("HV000001");
  }

  @Test
  void validate_textTypedInVni_isConvertedWithAWarning(@TempDir Path dir) throws Exception {
    String text = Files.readString(BINH_PHUOC_TEXT);
    Path vni = dir.resolve("36-KH-UBND-vni.txt");
    Files.write(vni, io.kehoach.legacy.encoding.LegacyEncoding.VNI.encode(text));
    Run r = run("validate", "--lang", "en", vni.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Valid (Issued document): 0 errors")
        .contains("import warning: The text was in the pre-Unicode encoding VNI Windows (VNI-Times) and was converted to Unicode (confidence 100 %)");
  }

  @Test
  void convert_toCsvAndBack_intoAnotherPlan(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("annex.csv");
    Run w = run("convert", BINH_PHUOC_TEXT.toString(), "--to", "csv", "-o", csv.toString(), "--lang", "en");
    assertThat(w.exit()).as(w.err()).isZero();
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"STT\",\"Nội dung công việc\",\"Cơ quan chủ trì\"");
    assertThat(w.err()).contains("not in the table: ");

    Run noPlan = run("convert", csv.toString(), "--to", "json", "--lang", "en");
    assertThat(noPlan.exit()).isEqualTo(2);
    assertThat(noPlan.err()).contains("is read into the plan it belongs to").contains("--into PLAN");

    Path draft = dir.resolve("draft.json");
    Files.writeString(draft, MINIMAL_DRAFT);
    Run r = run("convert", csv.toString(), "--into", draft.toString(), "--to", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    var tree = new ObjectMapper().readTree(r.out());
    assertThat(tree.at("/subject").asText()).isEqualTo("Kế hoạch truyền thông năm 2024");
    assertThat(tree.at("/assignments").size()).isPositive();
    var original = new ObjectMapper().readTree(run("convert", BINH_PHUOC_TEXT.toString(), "--to", "json").out());
    List<String> before = new ArrayList<>();
    original.at("/assignments").forEach(a -> a.at("/tasks").forEach(t -> before.add(t.at("/description").asText())));
    List<String> after = new ArrayList<>();
    tree.at("/assignments").forEach(a -> a.at("/tasks").forEach(t -> after.add(t.at("/description").asText())));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void convert_toEdxmlAndBack_keepsThePlan(@TempDir Path dir) throws Exception {
    Path edxml = dir.resolve("36-KH-UBND.edxml");
    Run w = run("convert", BINH_PHUOC_TEXT.toString(), "--to", "edxml", "-o", edxml.toString());
    assertThat(w.exit()).as(w.err()).isZero();
    assertThat(Files.readString(edxml)).contains("<edXML:CodeNumber>36</edXML:CodeNumber>")
        .contains("<edXML:CodeNotation>KH-UBND</edXML:CodeNotation>");
    Run json = run("convert", edxml.toString(), "--to", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out()).isEqualTo(run("convert", BINH_PHUOC_TEXT.toString(), "--to", "json").out());
    Run v = run("validate", "--lang", "en", edxml.toString());
    assertThat(v.exit()).as(v.err()).isZero();
    assertThat(v.out()).contains("(edxml)").contains("Valid (Issued document): 0 errors");
  }

  @Test
  void validate_invalidPlan_exitsOne() throws Exception {
    Path dir = Files.createTempDirectory("kehoach");
    Path f = dir.resolve("draft.json");
    Files.writeString(f, MINIMAL_DRAFT);
    Run r = run("validate", "--lang", "en", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("Not valid (Issued document)").contains("number.missing");
    assertThat(run("validate", "--profile", "draft", f.toString()).exit()).isZero();
  }

  @Test
  void validate_unreadable_exitsTwo() throws Exception {
    Path dir = Files.createTempDirectory("kehoach");
    Path f = dir.resolve("broken.json");
    Files.writeString(f, "{\"formatVersion\": \"1.0\", \"subject\": ");
    Run r = run("validate", "--lang", "en", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("unreadable: Not valid JSON");
  }

  @Test
  void batch_withBadFilesMixedIn_reportsEachAndSummarises(@TempDir Path dir) throws Exception {
    Files.copy(BINH_PHUOC_TEXT, dir.resolve("a-binh-phuoc.txt"));
    Files.copy(BINH_PHUOC_YAML, dir.resolve("b-binh-phuoc.yaml"));
    Files.writeString(dir.resolve("c-draft.json"), MINIMAL_DRAFT);
    Files.writeString(dir.resolve("d-garbage.json"), "not json at all");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("e-news.txt"), "The weather today is sunny with a light breeze.\n");
    Files.writeString(dir.resolve("ignored.csv"), "a,b\n");
    Run r = run("validate", "--lang", "en", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("a-binh-phuoc.txt (text)").contains("b-binh-phuoc.yaml (yaml)")
        .contains("c-draft.json (json)").contains("d-garbage.json: unreadable")
        .contains("e-news.txt: unreadable: The text is not a plan")
        .contains("files: 5, valid: 2, invalid: 1, unreadable: 2, time: ");
    assertThat(r.err()).contains("progress: 5/5");

    Run json = run("validate", "--format", "json", dir.toString());
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.at("/summary/files").asInt()).isEqualTo(5);
    assertThat(report.get("files")).extracting(n -> n.get("status").asText())
        .containsExactly("valid", "valid", "invalid", "unreadable", "unreadable");
    assertThat(report.at("/files/2/findings/0/rule").asText()).isNotEmpty();
  }

  /** Issue 16, defect 4: a JSON array of plans or JSON Lines is a batch, one plan at a time. */
  @Test
  void validate_jsonLinesAndArrays_areBatches_reportedPlanByPlan(@TempDir Path dir) throws Exception {
    String bad = MINIMAL_DRAFT.replace("\"subject\": \"Kế hoạch truyền thông năm 2024\"", "\"subject\": \" \"");
    Files.writeString(dir.resolve("plans.jsonl"), MINIMAL_DRAFT + "\n" + bad + "\n" + MINIMAL_DRAFT + "\n");
    Files.writeString(dir.resolve("plans.json"), "[" + MINIMAL_DRAFT + ",\n" + MINIMAL_DRAFT + ",\n{\"formatVersion\": \"1.0\", \"x\": 1}]");
    Run r = run("validate", "--lang", "en", "--profile", "draft", dir.resolve("plans.jsonl").toString(),
        dir.resolve("plans.json").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).contains("plans.jsonl [1] (json)").contains("plans.jsonl [2] (json)").contains("plans.jsonl [3] (json)")
        .contains("plans.json [1] (json)").contains("plans.json [2] (json)").contains("plans.json [3]: unreadable")
        .contains("Plan 3: Unknown property 'x'")
        .contains("files: 2, plans: 6, valid: 4, invalid: 1, unreadable: 1");

    Run json = run("validate", "--format", "json", "--profile", "draft", dir.resolve("plans.jsonl").toString());
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.at("/summary/plans").asInt()).isEqualTo(3);
    assertThat(report.get("files")).extracting(n -> n.get("status").asText()).containsExactly("valid", "invalid", "valid");
  }

  @Test
  void validate_readsStandardInput() throws Exception {
    Run r = runWithInput(Files.readString(BINH_PHUOC_YAML), "validate", "--lang", "en", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("== <stdin> (yaml)");
  }

  private static final Path WORD_97 = Path.of("..", "legacy", "doc", "src", "test", "resources", "fixtures", "manual.doc");

  @Test
  void officeFiles_areToldByTheirBytes_validatedAndConverted(@TempDir Path dir) throws Exception {
    // A Word 97-2003 file saved under a misleading name: its bytes say what it is.
    Path renamed = Files.copy(WORD_97, dir.resolve("ke-hoach.txt"));
    Run validate = run("validate", "--lang", "en", renamed.toString());
    assertThat(validate.out() + validate.err()).contains("ke-hoach.txt").doesNotContain("Exception")
        .doesNotContain("Log4j");
    Path docx = dir.resolve("36-KH-UBND.docx");
    Run toDocx = run("convert", WORD_97.toString(), "--to", "docx", "-o", docx.toString());
    assertThat(toDocx.exit()).as(toDocx.err()).isZero();
    Run back = run("convert", docx.toString(), "--to", "yaml");
    assertThat(back.exit()).as(back.err()).isZero();
    assertThat(back.out()).contains("number: 36/KH-UBND").contains("Nguyễn Văn Trâm");
    Run toStdout = run("convert", WORD_97.toString(), "--to", "docx", "--lang", "en");
    assertThat(toStdout.exit()).isEqualTo(2);
    assertThat(toStdout.err()).contains("add -o FILE.docx");
  }

  @Test
  void convert_textToYaml_andBackToText(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("out").resolve("plan.yaml");
    Run r = run("convert", BINH_PHUOC_TEXT.toString(), "--to", "yaml", "-o", yaml.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(yaml)).startsWith("formatVersion: '1.0'\n").contains("number: 36 /KH-UBND");
    Run text = run("convert", yaml.toString(), "--to", "text");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("Số: 36/KH-UBND").contains("KẾ HOẠCH").contains("Nguyễn Văn Trâm");
    Run empty = runWithInput("", "convert", "-", "--from", "yaml", "--to", "json", "--lang", "en");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("<stdin>").doesNotContain("Exception");
    Run json = runWithInput(Files.readString(yaml), "convert", "-", "--from", "yaml", "--to", "json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(new ObjectMapper().readTree(json.out()).at("/number").asText()).isEqualTo("36 /KH-UBND");
  }

  @Test
  void convert_folder_writesNothingPartialForBadFiles(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(BINH_PHUOC_TEXT, in.resolve("good.txt"));
    Files.writeString(in.resolve("bad.json"), "{");
    Path out = dir.resolve("out");
    Run r = run("convert", in.toString(), "--to", "json", "-o", out.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("converted 1/2");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).collect(Collectors.toList())).containsExactly("good.json");
    }
  }

  @Test
  void readme_mainCommand_printsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String command = "./kehoach validate --calendar examples/src/main/resources/plans/binh-phuoc-2017.txt";
    assertThat(readme).contains("./mvnw -q -B -ntp package -DskipTests && " + command);
    Run r = run("validate", "--calendar", BINH_PHUOC_TEXT.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String shown = r.out().replace(BINH_PHUOC_TEXT.toString(), "examples/src/main/resources/plans/binh-phuoc-2017.txt");
    assertThat(readme).contains("```text\n" + shown + "```\n");
  }

  @Test
  void convert_folder_refusesTwoInputsForOneOutput(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(BINH_PHUOC_TEXT, in.resolve("plan.txt"));
    Files.copy(BINH_PHUOC_YAML, in.resolve("plan.yaml"));
    Path out = dir.resolve("out");
    Run r = run("convert", in.toString(), "--to", "json", "-o", out.toString(), "--lang", "en");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("converted 1/2");
    assertThat(r.err()).contains("plan.yaml: not written").contains("plan.txt is converted to");
    assertThat(new ObjectMapper().readTree(out.resolve("plan.json").toFile()).at("/number").asText())
        .isEqualTo("36 /KH-UBND");
  }

  @Test
  void schema_rules_calendar_help() throws Exception {
    Run schema = run("schema");
    assertThat(schema.exit()).isZero();
    assertThat(new ObjectMapper().readTree(schema.out()).get("$schema").asText()).contains("2020-12");

    Run rules = run("rules", "--lang", "en");
    assertThat(rules.out()).contains("ref.body").contains("E-W").contains("The body id is not declared");

    Run ics = run("calendar", "--format", "ics", BINH_PHUOC_TEXT.toString());
    assertThat(ics.exit()).isZero();
    assertThat(ics.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20170615\r\n")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(ics.out().split("BEGIN:VEVENT", -1)).hasSize(6);
    assertThat(ics.out().lines().mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElse(0))
        .isLessThanOrEqualTo(75);

    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: kehoach").contains("validate").contains("convert").contains("calendar");
    assertThat(run("validate", "--help").out()).contains("--profile").contains("Exit status");
    assertThat(run("validate", "--no-such-option", "x").exit()).isEqualTo(2);
    Run badLanguage = run("rules", "--lang", "fr");
    assertThat(badLanguage.exit()).isEqualTo(2);
    assertThat(badLanguage.err()).contains("expected one of [vi, en]");
  }

  /**
   * Issue 16, defect 4: merging a 99,990-row CSV (inside every limit) into a plan died with
   * OutOfMemoryError at -Xmx256m, the YAML written as maps, a node graph and a string before a byte
   * reached the file. It is streamed now.
   */
  @Test
  void convert_aHundredThousandRowAnnex_intoAPlan_inASmallHeap(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("phu-luc.csv");
    try (java.io.Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("\"STT\",\"Nội dung công việc\",\"Cơ quan chủ trì\",\"Cơ quan phối hợp\",\"Thời gian thực hiện\",\"Sản phẩm\","
          + "\"Kinh phí\"\r\n");
      for (int i = 1; i <= 99_990; i++) {
        w.write("\"" + i + "\",\"Tuyên truyền kiểm soát thủ tục hành chính, đợt " + i + "\",\"Sở Tư pháp\",\"Báo Bình Phước\","
            + "\"Quý " + (i % 4 + 1) + "\",\"\",\"\"\r\n");
      }
    }
    assertThat(Files.size(csv)).isBetween(12L << 20, 16L << 20);
    for (String to : new String[] {"yaml", "json"}) {
      Path out = dir.resolve("plan." + to);
      Run r = runJvm(List.of("-Xmx256m"), null, "convert", csv.toString(), "--into", BINH_PHUOC_YAML.toString(),
          "--to", to, "-o", out.toString());
      assertThat(r.exit()).as(to + ": " + r.err()).isZero();
      assertThat(r.err()).doesNotContain("OutOfMemoryError");
      assertThat(Files.size(out)).as(to).isGreaterThan(15L << 20);
      String tail = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
      assertThat(tail).as(to).contains("Tuyên truyền kiểm soát thủ tục hành chính, đợt 99990");
    }
  }

  @Test
  void validate_aHundredMegabyteText_inASmallHeap_endsFastNamingTheLimit(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] line = "- Tuyên truyền về cải cách thủ tục hành chính trên địa bàn tỉnh.\n".getBytes(StandardCharsets.UTF_8);
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
      for (long written = 0; written < 100L << 20; written += line.length) {
        out.write(line);
      }
    }
    long start = System.nanoTime();
    Run r = runJvm(List.of("-Xmx256m"), null, "validate", "--lang", "en", big.toString());
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.out()).contains("big.txt").contains("over the limit maxBytes = 16,777,216 bytes");
    assertThat(seconds).as("wall time, JVM start included").isLessThan(5.0);
    Run vi = runJvm(List.of("-Xmx256m"), null, "validate", big.toString());
    assertThat(vi.out()).contains("vượt giới hạn maxBytes = 16.777.216 byte");
  }

  @Test
  void validate_aMissingFileOrAFolder_saysWhich(@TempDir Path dir) throws Exception {
    Run missing = run("validate", "--lang", "en", dir.resolve("nowhere.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.out()).contains("File not found");
    Run vi = run("validate", dir.resolve("nowhere.txt").toString());
    assertThat(vi.out()).contains("Không tìm thấy tệp");
  }
}
