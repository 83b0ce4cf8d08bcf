package io.kehoach.legacy.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.tables.AnnexField;
import io.kehoach.legacy.tables.AnnexRow;
import io.kehoach.legacy.tables.AnnexRowKind;
import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.legacy.tables.AnnexTableReader;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Task;
import io.kehoach.plan.Timing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading annex workbooks written for the tests ({@link Workbooks}): layout, cells, sheets, equivalence with CSV. */
class AnnexWorkbookReaderTest {
  private static final AnnexWorkbookReader READER = AnnexWorkbookReader.create();

  @ParameterizedTest(name = "xls = {0}")
  @ValueSource(booleans = {false, true})
  void officeLayout_readsAsItsCsvCopy(boolean xls) {
    AnnexTableImport book = READER.read(Workbooks.office(xls), xls ? "phu-luc.xls" : "phu-luc.xlsx");
    AnnexTableImport csv = AnnexTableReader.create().read(Workbooks.OFFICE_CSV.getBytes(StandardCharsets.UTF_8), "phu-luc.csv");

    assertThat(book.getSheet()).contains("Phụ lục");
    assertThat(book.getParts()).isEmpty();
    assertThat(book.getTitleLines()).containsExactly("PHỤ LỤC", "DANH MỤC NHIỆM VỤ TRUYỀN THÔNG NĂM 2024");
    assertThat(book.getHeaderRow()).isEqualTo(4);
    assertThat(book.getColumns().stream().map(c -> c.getField()).collect(Collectors.toList())).containsExactly(
        AnnexField.NUMBER, AnnexField.CONTENT, AnnexField.LEAD, AnnexField.COORDINATE, AnnexField.TIMING,
        AnnexField.OUTPUT, AnnexField.COST);
    // The same rows (number, kind, text, STT) and tasks as the CSV copy, row numbers included.
    assertThat(rows(book)).isEqualTo(rows(csv)).contains("6 HEADING I TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH");
    assertThat(book.getAssignments()).isEqualTo(csv.getAssignments());
    assertThat(book.getBodies()).isEqualTo(csv.getBodies());
    assertThat(book.getTotal()).isEqualTo(csv.getTotal()).contains(Money.parse("700 triệu"));

    List<Task> tasks = book.tasks().collect(Collectors.toList());
    assertThat(tasks).extracting(Task::getId).containsExactly("phu-luc-1-1", "phu-luc-1-2", "phu-luc-1-3");
    assertThat(tasks.get(0).getTiming()).contains(Timing.on(LocalDate.of(2024, 6, 15)));
    assertThat(tasks.get(0).getCost()).contains(Money.parse("150 triệu"));
    assertThat(tasks.get(2).getDescription()).isEqualTo("Cập nhật thủ tục hành chính lên Cổng thông tin");
    // "Sở Tư pháp" merged down rows 7-8: one assignment of two tasks, no carried-lead warning needed.
    assertThat(book.getAssignments().get(0).getBodyId()).isEqualTo("so-tu-phap");
    assertThat(book.getAssignments().get(0).getTasks()).hasSize(2);
    assertThat(codes(book)).doesNotContain("lead.carried", "total.mismatch", "column.unknown");

    // The other sheets are skipped, named; locations name the sheet.
    List<Diagnostic> skipped = book.getDiagnostics().stream().filter(d -> d.getCode().equals("xlsx.sheet-skipped"))
        .collect(Collectors.toList());
    assertThat(skipped).extracting(d -> d.getLocation().orElseThrow().getSheet().orElseThrow())
        .containsExactly("Ghi chú", "Trống");
    assertThat(skipped.get(0).getSeverity()).isEqualTo(Diagnostic.Severity.INFO);
    assertThat(book.getRecognized()).allSatisfy(p -> assertThat(p.getFrom().getSheet()).contains("Phụ lục"));
    assertThat(book.getRecognized().get(0).getFrom().getRow()).hasValue(7);
    book.getDiagnostics().stream().filter(d -> d.getCode().equals("row.heading"))
        .forEach(d -> assertThat(d.getLocation().orElseThrow().getSheet()).contains("Phụ lục"));
  }

  @Test
  void cells_numbersWithoutPointZero_datesFormulasBooleansErrors() throws Exception {
    try (XSSFWorkbook b = new XSSFWorkbook()) {
      Sheet s = b.createSheet("Bảng");
      Workbooks.row(s, 0, "STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian", "Kinh phí", "Ghi chú");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue(1.0);
      r.createCell(1).setCellValue("Việc có công thức chưa tính");
      r.createCell(2).setCellValue("Sở Tư pháp");
      r.createCell(3).setCellFormula("DATE(2024,6,15)"); // no cached value: kept as its text
      r.createCell(4).setCellValue(1500000.0);
      r.createCell(5).setCellValue(true);
      Row r2 = s.createRow(2);
      r2.createCell(0).setCellFormula("A2+1");
      r2.createCell(1).setCellValue("Việc thứ hai");
      r2.createCell(2).setCellValue("Sở Nội vụ");
      r2.createCell(4).setCellValue(0.1 + 0.2);
      r2.createCell(5).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
      b.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(r2.getCell(0));
      AnnexTableImport t = READER.read(Workbooks.bytes(b), "cells.xlsx");

      assertThat(t.getRows()).extracting(AnnexRow::getNumber).containsExactly("1", "2");
      assertThat(t.getRows().get(0).getExtraCells()).containsEntry(6, "TRUE");
      assertThat(t.getRows().get(1).getExtraCells()).containsEntry(6, "#REF!");
      assertThat(t.getRows().get(0).getUnreadCells()).containsEntry(4, "=DATE(2024,6,15)");
      List<Task> tasks = t.tasks().collect(Collectors.toList());
      assertThat(tasks.get(0).getCost()).contains(Money.vnd(1_500_000));
      assertThat(tasks.get(1).getCost()).contains(Money.parse("0,3"));
      Diagnostic uncached = t.getDiagnostics().stream().filter(d -> d.getCode().equals("xlsx.formula-uncached"))
          .findFirst().orElseThrow();
      assertThat(uncached.getSeverity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(uncached.getLocation().orElseThrow().getSheet()).contains("Bảng");
      assertThat(uncached.getLocation().orElseThrow().getRow()).hasValue(2);
      assertThat(uncached.getLocation().orElseThrow().getColumn()).hasValue(4);
    }
  }

  @ParameterizedTest(name = "xls = {0}")
  @ValueSource(booleans = {false, true})
  void twoAnnexSheetsAndNotes_eachGivesItsTasks_idsUnique_mergedInTurn(boolean xls) {
    List<List<String>> annex1 = List.of(List.of("PHỤ LỤC I"), List.of("STT", "Nội dung công việc", "Cơ quan chủ trì"),
        List.of("1", "Việc một", "Sở Tư pháp"), List.of("2", "Việc hai", "Sở Nội vụ"));
    List<List<String>> notes = List.of(List.of("Ghi chú: số liệu tạm tính"));
    List<List<String>> annex2 = List.of(List.of("No.", "Task", "Lead agency", "Deadline"),
        List.of("1", "Việc ba", "Sở Tư pháp", "Quý II/2024"));
    byte[] bytes = Workbooks.sheets(xls, List.of("PL1", "Ghi chú", "PL2"), List.of(annex1, notes, annex2));
    Plan plan = io.kehoach.legacy.testing.GeneratedPlans.generate(new java.util.Random(7)).withAssignments().withBodies();

    AnnexTableImport t = AnnexWorkbookReader.builder().into(plan).build().read(bytes, "two.xlsx");
    assertThat(t.getParts()).hasSize(2);
    assertThat(t.getParts()).extracting(p -> p.getSheet().orElseThrow()).containsExactly("PL1", "PL2");
    assertThat(t.getParts()).extracting(AnnexTableImport::getIdPrefix).containsExactly("phu-luc-1", "phu-luc-2");
    assertThat(t.tasks().map(Task::getId)).containsExactly("phu-luc-1-1", "phu-luc-1-2", "phu-luc-2-1");
    assertThat(t.getBodies()).extracting(b -> b.getId()).containsExactly("so-tu-phap", "so-noi-vu");
    assertThat(codes(t)).containsOnlyOnce("xlsx.sheet-skipped");
    Plan merged = t.planOrThrow();
    assertThat(merged.getAssignments().stream().flatMap(a -> a.getTasks().stream()).map(Task::getId))
        .containsExactly("phu-luc-1-1", "phu-luc-1-2", "phu-luc-2-1");
    assertThat(merged.getAnnexes()).extracting(a -> a.getId()).containsExactly("phu-luc-1");
    assertThat(t.applyTo(plan)).isEqualTo(merged);
    assertThat(t.getRecognized()).extracting(p -> p.getPart() + "@" + p.getFrom().getSheet().orElseThrow())
        .containsExactly("/assignments/0/tasks/0@PL1", "/assignments/1/tasks/0@PL1", "/assignments/2/tasks/0@PL2");

    // Without a plan, the pointers are into the gathered assignments.
    AnnexTableImport alone = READER.read(bytes, "two.xlsx");
    assertThat(alone.getRecognized()).extracting(p -> p.getPart())
        .containsExactly("/assignments/0/tasks/0", "/assignments/1/tasks/0", "/assignments/2/tasks/0");
  }

  @Test
  void headingsMergedDownWithoutAGroup_nameColumnsOnly() throws Exception {
    try (XSSFWorkbook b = new XSSFWorkbook()) {
      Sheet s = b.createSheet("PL");
      Workbooks.row(s, 0, "STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian");
      Workbooks.row(s, 1, "", "", "", "(năm 2024)");
      s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 0, 0));
      s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 1, 1));
      s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 2, 2));
      Workbooks.row(s, 2, "1", "Việc một", "Sở Tư pháp", "Quý I/2024");
      AnnexTableImport t = READER.read(Workbooks.bytes(b), "pl.xlsx");
      assertThat(t.tasks().map(Task::getDescription)).containsExactly("Việc một");
      assertThat(t.getRows()).extracting(AnnexRow::getKind).containsExactly(AnnexRowKind.NOTE, AnnexRowKind.TASK);
      assertThat(t.getRows().get(0).getText()).isEqualTo("(năm 2024)");
    }
  }

  @Test
  void noAnnexSheet_isTheTableReadersError_atTheSheet() {
    byte[] bytes = Workbooks.sheets(false, List.of("Trống", "Sai"), List.of(List.of(),
        List.of(List.of("STT", "Nội dung công việc", "Thời gian"), List.of("1", "Việc", "2024"))));
    assertThatThrownBy(() -> READER.read(bytes, "sai.xlsx")).isInstanceOfSatisfying(MalformedInputException.class, e -> {
      assertThat(e.getMessage()).contains("Cơ quan chủ trì");
      assertThat(e.getLocation().orElseThrow().getSheet()).contains("Sai");
      assertThat(e.getLocation().orElseThrow().getRow()).hasValue(1);
    });
    byte[] empty = Workbooks.sheets(false, List.of("A"), List.of(List.of()));
    assertThatThrownBy(() -> READER.read(empty, "empty.xlsx")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void strictErrors_nameSheetRowAndColumn() {
    byte[] bytes = Workbooks.sheets(false, List.of("Phụ lục 2"), List.of(List.of(
        List.of("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"), List.of("1", "Việc", "Sở Tư pháp", "Theo chỉ đạo"))));
    assertThatThrownBy(() -> AnnexWorkbookReader.builder().strict(true).build().read(bytes, "s.xlsx"))
        .isInstanceOfSatisfying(MalformedInputException.class, e -> {
          assertThat(e.getLocation().orElseThrow().getSheet()).contains("Phụ lục 2");
          assertThat(e.getLocation().orElseThrow().getRow()).hasValue(2);
          assertThat(e.getLocation().orElseThrow().getColumn()).hasValue(4);
          assertThat(e.getLocation().orElseThrow().getSource()).contains("s.xlsx");
        });
  }

  private static List<String> rows(AnnexTableImport t) {
    return t.getRows().stream().filter(r -> r.getKind() != AnnexRowKind.NOTE)
        .map(r -> r.getRow() + " " + r.getKind() + " " + r.getNumber() + " " + r.getText()).collect(Collectors.toList());
  }

  private static List<String> codes(AnnexTableImport t) {
    return t.getDiagnostics().stream().map(Diagnostic::getCode).collect(Collectors.toList());
  }
}
