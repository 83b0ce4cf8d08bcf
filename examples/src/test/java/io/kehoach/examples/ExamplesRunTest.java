package io.kehoach.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs every example program as the README runs it, and checks what it prints. */
class ExamplesRunTest {

  private static String run(ThrowingMain main) throws Exception {
    PrintStream before = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run();
    } finally {
      System.setOut(before);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingMain {
    void run() throws Exception;
  }

  @Test
  void binhPhuocPlan_printsIdentityAndCalendar() throws Exception {
    String out = run(() -> BinhPhuocPlan.main(new String[0]));
    assertThat(out).contains("KẾ HOẠCH 36/KH-UBND")
        .contains("Bình Phước, ngày 16 tháng 02 năm 2017")
        .contains("5 purposes, 3 requirements, 5 contents, 4 channels, 5 assignments, 8 tasks")
        .contains("2017-06-15  quarterly")
        .contains("2017-12-15  quarterly")
        .contains("2017-06-30  six_monthly")
        .contains("2017-12-31  yearly")
        .contains("recipients:   10, archive: VT, NC (KH03)")
        .contains("signed:       CHỦ TỊCH / Nguyễn Văn Trâm");
  }

  @Test
  void allSeedPlans_printsFive() throws Exception {
    String out = run(() -> AllSeedPlans.main(new String[0]));
    assertThat(out.split("== seed ", -1)).hasSize(6);
    assertThat(out).contains("issued by:    3596/QĐ-UBND").contains("period:       2017-2020");
  }

  @Test
  void quickStart_printsWhatItsCommentsSay() throws Exception {
    String out = run(() -> QuickStart.main(new String[0]));
    assertThat(out.lines()).containsExactly("36/KH-UBND", "Bình Phước, ngày 16 tháng 02 năm 2017",
        "2017-06-15", "2017-12-15", "150.000.000 đồng");
  }

  @Test
  void validatePlan_printsTheReport() throws Exception {
    String out = run(() -> ValidatePlan.main(new String[0]));
    assertThat(out).startsWith("Valid (Issued document): 0 errors, 2 warnings, 0 notes")
        .contains("number.leading-zero  /number").contains("number.type-case  /number");
  }

  @Test
  void readValidateWrite_printsReportAndJson() throws Exception {
    String out = run(() -> ReadValidateWrite.main(new String[0]));
    assertThat(out).startsWith("Valid (Issued document): 0 errors, 0 warnings, 0 notes\n")
        .contains("\"formatVersion\" : \"1.0\"").contains("\"number\" : \"36 /KH-UBND\"");
  }

  @Test
  void importOfficialText_printsWarningReportAndYaml() throws Exception {
    String out = run(() -> ImportOfficialText.main(new String[0]));
    assertThat(out).startsWith("issuer.inferred: ").contains("(line 3)\n")
        .contains("Valid (Imported legacy data): 0 errors")
        .contains("number: 36 /KH-UBND");
  }

  @Test
  void validateSeedPlans_printsFiveValidReports() throws Exception {
    String out = run(() -> ValidateSeedPlans.main(new String[0]));
    assertThat(out.lines().filter(l -> l.startsWith("Valid ("))).hasSize(5);
  }

  @Test
  void readme_quotesEveryExampleBlockAsCompiled() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String example : new String[] {"QuickStart", "ValidatePlan", "ReadValidateWrite", "ImportOfficialText",
        "AnnexTable", "EdXmlEnvelope", "LegacyText"}) {
      String source = Files.readString(Path.of("src/main/java/io/kehoach/examples/" + example + ".java"));
      String block = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
          source.indexOf("// README:end"));
      block = block.substring(0, block.lastIndexOf('\n') + 1);
      int indent = block.lines().filter(l -> !l.isBlank())
          .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
      String dedented = block.lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
          .reduce((a, b) -> a + "\n" + b).orElseThrow();
      assertThat(readme).as(example).contains(dedented);
    }
  }

  @Test
  void readme_testCommand_isWhatCiRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String ci = Files.readString(Path.of("..", ".ci", "run"));
    assertThat(readme).contains("./mvnw -B -ntp clean verify");
    assertThat(ci).contains("./mvnw -B -ntp clean verify");
  }

  @Test
  void annexTable_writesReadsBack() throws Exception {
    String out = run(() -> AnnexTable.main(new String[0]));
    assertThat(out).startsWith("\"STT\",\"Nội dung công việc\",\"Cơ quan chủ trì\",\"Cơ quan phối hợp\",\"Thời gian thực hiện\","
        + "\"Sản phẩm\",\"Kinh phí\"\n")
        .contains("things the table does not carry, e.g. plan.other-parts")
        .contains("5 assignments, 8 tasks read back")
        .contains("- Tiếp tục thực hiện có hiệu quả chuyên mục cải cách thủ tục h [Thường xuyên]");
  }

  @Test
  void edXmlEnvelope_readsBackWhole_andDraftsFromTheHeader() throws Exception {
    String out = run(() -> EdXmlEnvelope.main(new String[0]));
    assertThat(out.lines()).containsExactly("Code: 36/KH-UBND", "PromulgationDate: 2017-02-16",
        "Subject: Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 trên địa bàn tỉnh Bình Phước",
        "read back whole: true (ATTACHMENT)", "header only: DRAFT plan 36/KH-UBND, 2 findings, e.g. plan.missing");
  }

  @Test
  void legacyText_detectsConvertsAndImports() throws Exception {
    String out = run(() -> LegacyText.main(new String[0]));
    assertThat(out.lines()).containsExactly("TCVN3 Cộng hoà xã hội chủ nghĩa Việt Nam", "Kế hoạch truyền thông",
        "Keá hoaïch truyeàn thoâng", "VNI: 36/KH-UBND",
        "The text was in the pre-Unicode encoding VNI Windows (VNI-Times) and was converted to Unicode (confidence 100 %)");
  }
}
