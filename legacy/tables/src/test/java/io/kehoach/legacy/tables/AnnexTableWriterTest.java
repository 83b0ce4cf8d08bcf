package io.kehoach.legacy.tables;

import io.kehoach.legacy.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.InvalidDataException;
import io.kehoach.legacy.tables.internal.CsvParser;
import io.kehoach.legacy.tables.internal.ReaderSettings;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnexTableWriterTest {

  private static final AnnexTableWriter WRITER = AnnexTableWriter.create();
  private static final ResponsibleBody STP = ResponsibleBody.of("so-tu-phap", "Sở Tư pháp", BodyKind.DEPARTMENT);
  private static final ResponsibleBody SNV = ResponsibleBody.of("so-noi-vu", "Sở Nội vụ", BodyKind.DEPARTMENT);

  static Plan plan(Task... tasks) {
    return Plan.builder().issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC")).subject("Kế hoạch thử")
        .addBodies(STP, SNV)
        .addAssignment(Assignment.builder().id("phu-luc-1-so-tu-phap").bodyId("so-tu-phap").addTasks(tasks).build())
        .build();
  }

  static Task task(int n, String description) {
    return Task.of("phu-luc-1-" + n, description);
  }

  private static List<List<String>> records(String text, char sep) {
    CsvParser p = new CsvParser(text, sep, new ReaderSettings(io.kehoach.legacy.InputLimits.builder().maxRows(1000).maxColumns(100).build(), 20, false, "x", null), null);
    List<List<String>> out = new ArrayList<>();
    for (CsvParser.Record r = p.next(); r != null; r = p.next()) {
      out.add(r.cells());
    }
    return out;
  }

  @Test
  void bytes_areUtf8WithAByteOrderMark_crlf_andEveryCellQuoted() {
    Plan p = plan(Task.builder().id("phu-luc-1-1").description("Tuyên truyền \"CCHC\", số 1").addParticipant(
        TaskParticipant.coordinate("so-noi-vu")).timing(Timing.quarter(2024, 2)).addOutput("12 kỳ").cost(Money.vnd(50_000_000))
        .build());
    byte[] bytes = WRITER.writeBytes(p);
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(WRITER.writeString(p));
    assertThat(text).isEqualTo(
        "\"STT\",\"Nội dung công việc\",\"Cơ quan chủ trì\",\"Cơ quan phối hợp\",\"Thời gian thực hiện\",\"Sản phẩm\",\"Kinh phí\"\r\n"
            + "\"1\",\"Tuyên truyền \"\"CCHC\"\", số 1\",\"Sở Tư pháp\",\"Sở Nội vụ\",\"Quý II/2024\",\"12 kỳ\",\"50.000.000 đồng\"\r\n");
  }

  @Test
  void separatorAndEnglishHeaders_areOptions_andReadBack() {
    Plan p = plan(task(1, "Việc một"), task(2, "Việc hai"));
    for (char sep : new char[] {',', ';', '\t'}) {
      AnnexTableWriter w = AnnexTableWriter.builder().separator(sep).englishHeaders(true).build();
      String text = w.writeString(p);
      assertThat(text).startsWith("\"No.\"" + sep + "\"Task\"" + sep + "\"Lead agency\"");
      AnnexTableImport r = AnnexTableReader.create().read(text);
      assertThat(r.getSeparator()).isEqualTo(sep);
      assertThat(r.getColumns()).extracting(AnnexColumn::getField).containsExactly(AnnexField.NUMBER, AnnexField.CONTENT,
          AnnexField.LEAD, AnnexField.COORDINATE, AnnexField.TIMING, AnnexField.OUTPUT, AnnexField.COST);
      assertThat(r.tasks().map(Task::getDescription)).containsExactly("Việc một", "Việc hai");
    }
    assertThatThrownBy(() -> AnnexTableWriter.builder().separator('|')).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "'", "''", "'="})
  void formulaTriggers_areNeutralised_andReadBackExactly(String trigger) {
    String description = trigger + "HYPERLINK(\"http://example.invalid\";\"bấm\")";
    Plan p = plan(Task.builder().id("phu-luc-1-1").description(description).addOutput(trigger + "SUM(A1:A9)")
        .cost(Money.vnd(-5_000)).build());
    String text = WRITER.writeString(p);
    List<List<String>> rows = records(text, ',');
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as("cell %s", cell).isTrue();
      }
    }
    assertThat(rows.get(1).get(1)).isEqualTo("'" + description);
    assertThat(rows.get(1).get(6)).isEqualTo("'-5.000 đồng");
    Task back = AnnexTableReader.create().read(text).tasks().findFirst().orElseThrow();
    assertThat(back.getDescription()).isEqualTo(description);
    assertThat(back.getCost()).contains(Money.vnd(-5_000));
    if (!trigger.equals("\t") && !trigger.equals("\r")) {
      assertThat(back.getOutputs()).containsExactly(trigger + "SUM(A1:A9)");
    } else {
      // An output beginning with white space does not come back as written (outputs are trimmed): it is reported.
      assertThat(back.getOutputs()).doesNotContain(trigger + "SUM(A1:A9)");
      assertThat(WRITER.describeLosses(p)).extracting(l -> l.getCode() + " " + l.getPointer())
          .contains("task.output /assignments/0/tasks/0/outputs");
    }
  }

  @Test
  void textThatAPlainCellWouldChange_isMarked_andComesBackVerbatim() {
    String description = "  dòng một\r\ndòng hai\t ";
    Task back = AnnexTableReader.create().read(WRITER.writeString(plan(task(1, description)))).tasks().findFirst().get();
    assertThat(back.getDescription()).isEqualTo(description);
  }

  @Test
  void headTitles_severalCoordinators_andNamesWithCommas_readBack() {
    ResponsibleBody heads = ResponsibleBody.builder().id("cac-so-ban-nganh").name("Các sở, ban, ngành").kind(BodyKind.DEPARTMENT)
        .group(true).headTitle("Thủ trưởng").build();
    ResponsibleBody press = ResponsibleBody.builder().id("dai-phat-thanh-va-truyen-hinh-binh-phuoc-bao-binh-phuoc")
        .name("Đài Phát thanh và Truyền hình Bình Phước, Báo Bình Phước").kind(BodyKind.PRESS).group(true).build();
    Plan p = Plan.builder().issuer(IssuingBody.of("UBND TỈNH")).subject("x").addBodies(STP, SNV, heads, press)
        .addAssignment(Assignment.builder().id("a").bodyId("cac-so-ban-nganh").addTask(Task.builder().id("t1")
            .description("Một").addParticipant(TaskParticipant.coordinate(press.getId())).build())
            .build())
        .addAssignment(Assignment.builder().id("b").bodyId("so-tu-phap").addTask(Task.builder().id("t2").description("Hai")
            .addParticipant(TaskParticipant.coordinate("so-noi-vu")).addParticipant(TaskParticipant.coordinate(press.getId()))
            .build()).build())
        .build();
    String text = WRITER.writeString(p);
    assertThat(text).contains("\"Thủ trưởng các sở, ban, ngành\"").contains("\"'- Đài Phát thanh và Truyền hình Bình Phước, Báo Bình Phước\"");
    Plan back = AnnexTableReader.create().read(text).applyTo(p.withAssignments().withBodies());
    assertThat(back.getBodies()).containsExactlyInAnyOrder(heads, press, STP, SNV);
    assertThat(back.getAssignments().get(0).getTasks().get(0).bodyIds(AssignmentRole.COORDINATE)).containsExactly(press.getId());
    assertThat(back.getAssignments().get(1).getTasks().get(0).bodyIds(AssignmentRole.COORDINATE))
        .containsExactly("so-noi-vu", press.getId());
    assertThat(WRITER.describeLosses(p)).extracting(TableLoss::getCode).doesNotContain("task.coordinator", "body.name",
        "body.id", "body.kind", "body.group", "body.head-title");
  }

  @Test
  void whatATableCannotCarry_isReported_withPointers() {
    ResponsibleBody stp = ResponsibleBody.builder().from(STP).abbreviation("STP").agencyId("000.00.20.H10").build();
    ResponsibleBody odd = ResponsibleBody.of("stp-2", "Sở Tư pháp", BodyKind.OTHER);
    Plan p = Plan.builder().issuer(IssuingBody.of("UBND TỈNH")).subject("x").addBodies(stp, SNV, odd)
        .addAssignment(Assignment.builder().id("phu-luc-1-so-tu-phap").bodyId("so-tu-phap").text("Đoạn văn").addTask(
            Task.builder().id("phu-luc-1-1").description("Việc").addParticipant(TaskParticipant.of("so-noi-vu", AssignmentRole.MONITOR))
                .addContentItemId("noi-dung-1").addChannelId("kenh-1").addParticipant(TaskParticipant.coordinate("khong-co"))
                .addOutput("- gạch đầu dòng").build()).build())
        .addAssignment(Assignment.builder().id("x").bodyId("so-noi-vu").role(AssignmentRole.COORDINATE)
            .addTask(Task.of("phu-luc-1-2", "Phối hợp")).build())
        .addAssignment(Assignment.builder().id("trong").bodyId("so-noi-vu").build())
        .build();
    List<String> losses = WRITER.describeLosses(p).stream().map(l -> l.getCode() + " " + l.getPointer()).collect(Collectors.toList());
    assertThat(losses).containsExactlyInAnyOrder(
        "plan.other-parts ",
        "assignment.text /assignments/0/text",
        "task.monitor /assignments/0/tasks/0/participants",
        "task.output /assignments/0/tasks/0/outputs",
        "task.content-items /assignments/0/tasks/0/contentItemIds",
        "task.channels /assignments/0/tasks/0/channelIds",
        "assignment.role /assignments/1",
        "assignment.id /assignments/1/id",
        "assignment.empty /assignments/2",
        "body.undeclared ",
        "body.abbreviation /bodies/0/abbreviation",
        "body.agency-id /bodies/0/agencyId",
        "body.unreferenced /bodies/2");
    assertThat(WRITER.describeLosses(p)).allSatisfy(l -> {
      assertThat(l.getMessage().vi()).isNotBlank();
      assertThat(l.getMessage().en()).isNotBlank();
    });
  }

  @Test
  void aBodyTheNameDoesNotDescribe_isReported() {
    ResponsibleBody stp = ResponsibleBody.builder().id("stp").name("Sở Tư pháp").kind(BodyKind.OTHER).group(true)
        .addMemberId("so-noi-vu").build();
    Plan p = Plan.builder().issuer(IssuingBody.of("UBND TỈNH")).subject("x").addBodies(stp, SNV)
        .addAssignment(Assignment.builder().id("phu-luc-1-so-tu-phap").bodyId("stp").addTask(task(1, "Việc")).build()).build();
    assertThat(WRITER.describeLosses(p)).extracting(TableLoss::getCode)
        .contains("body.id", "body.kind", "body.group", "body.members").doesNotContain("body.name");
  }

  @Test
  void adjacentAssignmentsOfOneBody_areReportedAsMerged() {
    Plan p = plan(task(1, "a")).withAssignments(
        Assignment.builder().id("phu-luc-1-so-tu-phap").bodyId("so-tu-phap").addTask(task(1, "a")).build(),
        Assignment.builder().id("hai").bodyId("so-tu-phap").addTask(task(2, "b")).build());
    assertThat(WRITER.describeLosses(p)).extracting(l -> l.getCode() + " " + l.getPointer())
        .containsExactlyInAnyOrder("plan.other-parts ", "assignment.merged /assignments/1", "body.unreferenced /bodies/1");
  }

  @Test
  void aTaskWithItsOwnLead_isWrittenUnderThatLead_andReported() {
    Plan p = plan(task(1, "a"), Task.builder().id("phu-luc-1-2").description("b").addParticipant(TaskParticipant.lead("so-noi-vu"))
        .build());
    AnnexTableImport back = AnnexTableReader.create().read(WRITER.writeString(p));
    assertThat(back.getAssignments()).extracting(Assignment::getBodyId).containsExactly("so-tu-phap", "so-noi-vu");
    assertThat(WRITER.describeLosses(p)).extracting(l -> l.getCode() + " " + l.getPointer())
        .contains("task.lead /assignments/0/tasks/1/participants", "assignment.merged /assignments/0");
  }

  @Test
  void aControlCharacter_isInvalidData_withItsPointer() {
    Plan p = plan(task(1, "ok"), task(2, "bad\u0007bell"));
    assertThatThrownBy(() -> WRITER.writeString(p)).isInstanceOfSatisfying(InvalidDataException.class, e -> {
      assertThat(e.getLocation().get().getPointer()).contains("/assignments/0/tasks/1/description");
      assertThat(e.getText().en()).contains("control character", "U+0007");
      assertThat(e.getText().vi()).contains("ký tự điều khiển", "U+0007");
    });
    // The stream gets nothing, not the records before the bad one: the cells are checked before writing.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> WRITER.write(p, out)).isInstanceOf(InvalidDataException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void writeToAStream_writesTheBytes_andReturnsTheLosses() throws IOException {
    Plan p = plan(Task.builder().id("phu-luc-1-1").description("Việc").timing(Timing.on(LocalDate.of(2024, 6, 30)))
        .addChannelId("kenh").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<TableLoss> losses = WRITER.write(p, out);
    assertThat(out.toByteArray()).isEqualTo(WRITER.writeBytes(p));
    assertThat(losses).isEqualTo(WRITER.describeLosses(p));
    assertThat(losses).extracting(TableLoss::getCode).containsExactlyInAnyOrder("plan.other-parts", "task.channels",
        "body.unreferenced");
  }

  @Test
  void aPlanWithoutTasks_isAHeaderOnly() {
    Plan p = plan().withAssignments();
    assertThat(WRITER.writeString(p)).isEqualTo(
        "\"STT\",\"Nội dung công việc\",\"Cơ quan chủ trì\",\"Cơ quan phối hợp\",\"Thời gian thực hiện\",\"Sản phẩm\",\"Kinh phí\"\r\n");
    AnnexTableImport back = AnnexTableReader.create().read(WRITER.writeString(p));
    assertThat(back.getAssignments()).isEmpty();
    assertThat(back.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("table.empty");
  }
}
