package io.kehoach.legacy.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.legacy.tables.AnnexTableReader;
import io.kehoach.legacy.tables.AnnexTableWriter;
import io.kehoach.legacy.testing.GeneratedPlans;
import io.kehoach.legacy.testing.Seeds;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Task;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Plans written as workbooks and read back: seed 003 (a real plan) and generated plans, against the CSV path. */
class AnnexWorkbookRoundTripTest {
  private static final AnnexWorkbookWriter WRITER = AnnexWorkbookWriter.create();

  @Test
  void seed003_readsBackAsItsCsvTable_andTheLayoutIsAnOfficeOne() throws IOException {
    Plan seed = PlanTextImporter.create().read(Seeds.text("003"), "003.txt").planOrThrow();
    byte[] xlsx = WRITER.write(seed);
    AnnexTableImport book = AnnexWorkbookReader.create().read(xlsx, "003.xlsx");
    AnnexTableImport csv = AnnexTableReader.create().read(AnnexTableWriter.create().writeBytes(seed), "003.csv");

    assertThat(book.getDiagnostics()).isEmpty();
    assertThat(book.getAssignments()).isEqualTo(csv.getAssignments()).isNotEmpty();
    assertThat(book.getBodies()).isEqualTo(csv.getBodies());
    assertThat(book.tasks().map(Task::getDescription))
        .containsExactlyElementsOf(seed.getAssignments().stream().flatMap(a -> a.getTasks().stream())
            .map(Task::getDescription).collect(java.util.stream.Collectors.toList()));
    Plan empty = seed.withAssignments().withBodies();
    assertThat(book.applyTo(empty).getAssignments()).isEqualTo(csv.applyTo(empty).getAssignments());
    assertThat(book.applyTo(seed.withAssignments()).getBodies()).isEqualTo(seed.getBodies());
    assertThat(WRITER.describeLosses(seed)).isEqualTo(AnnexTableWriter.create().describeLosses(seed));
    assertThat(book.getTitleLines()).containsExactly("PHỤ LỤC", seed.getSubject());

    try (XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = b.getSheetAt(0);
      Row header = s.getRow(book.getHeaderRow() - 1);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Nội dung công việc");
      assertThat(b.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(b.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
      Cell description = s.getRow(book.getHeaderRow()).getCell(1);
      assertThat(description.getCellStyle().getWrapText()).isTrue();
      assertThat(s.getColumnWidth(1)).isGreaterThan(s.getColumnWidth(0) * 5);
      assertThat(s.getRow(book.getHeaderRow()).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
    }
  }

  @Test
  void formulaTriggers_areTextCells_andComeBack() throws IOException {
    Plan plan = GeneratedPlans.generate(new Random(3));
    plan = withFirstDescription(plan, "=HYPERLINK(\"http://x\",\"bấm\")");
    byte[] xlsx = WRITER.write(plan);
    try (XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row r : b.getSheetAt(0)) {
        for (Cell c : r) {
          assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
        }
      }
      Cell first = b.getSheetAt(0).getRow(4).getCell(1);
      assertThat(first.getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(first.getCellStyle().getQuotePrefixed()).isTrue();
    }
    assertThat(AnnexWorkbookReader.create().read(xlsx, "f.xlsx").tasks().findFirst().orElseThrow().getDescription())
        .isEqualTo("=HYPERLINK(\"http://x\",\"bấm\")");
  }

  @Provide
  Arbitrary<String> awkward() {
    Arbitrary<String> body = Arbitraries.strings().withChars("aăâbcdđeêôơưàáảãạ0123456789 ,;\"'\n\t=+-@.()/:").ofMinLength(1)
        .ofMaxLength(40);
    Arbitrary<String> start = Arbitraries.of("", "=", "-", "+", "@", "'", "''", " ", "\n", "\t", "\r", "=cmd|' /C calc'!A0");
    return Combinators.combine(start, body).as(String::concat).filter(s -> !s.isBlank());
  }

  /** Written and read back: the tasks, bodies and assignments of the CSV path, and the descriptions as written. */
  @Property(tries = 40)
  void generatedPlans_roundTrip(@ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll("awkward") String description) {
    Plan plan = GeneratedPlans.generate(new Random(seed));
    if (plan.getAssignments().stream().allMatch(a -> a.getTasks().isEmpty())) {
      return;
    }
    plan = withFirstDescription(plan, description);
    AnnexTableImport book = AnnexWorkbookReader.create().read(WRITER.write(plan), "p.xlsx");
    AnnexTableImport csv = AnnexTableReader.create().read(AnnexTableWriter.create().writeBytes(plan), "p.csv");
    assertThat(book.getAssignments()).isEqualTo(csv.getAssignments());
    assertThat(book.getBodies()).isEqualTo(csv.getBodies());
    assertThat(book.tasks().map(Task::getDescription)).containsExactlyElementsOf(
        plan.getAssignments().stream().flatMap(a -> a.getTasks().stream()).map(Task::getDescription)
            .collect(java.util.stream.Collectors.toList()));
    assertThat(book.getDiagnostics()).extracting(d -> d.getCode())
        .isEqualTo(csv.getDiagnostics().stream().map(d -> d.getCode()).collect(java.util.stream.Collectors.toList()));
  }

  private static Plan withFirstDescription(Plan plan, String description) {
    List<Assignment> as = new ArrayList<>(plan.getAssignments());
    for (int i = 0; i < as.size(); i++) {
      Assignment a = as.get(i);
      if (!a.getTasks().isEmpty()) {
        List<Task> ts = new ArrayList<>(a.getTasks());
        ts.set(0, Task.builder().from(ts.get(0)).description(description).build());
        as.set(i, Assignment.builder().from(a).tasks(ts).build());
        break;
      }
    }
    return Plan.builder().from(plan).assignments(as).build();
  }
}
