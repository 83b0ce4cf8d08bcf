package io.kehoach.legacy.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.tables.internal.GridRecords;
import io.kehoach.legacy.tables.internal.ReaderSettings;
import io.kehoach.legacy.tables.internal.Reports;
import io.kehoach.legacy.tables.internal.TableReader;
import io.kehoach.plan.Assignment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table logic over records that are not CSV (a worksheet's rows): the same results, locations with the sheet. */
class AnnexRecordsTest {
  private static final ReaderSettings LENIENT = new ReaderSettings(InputLimits.defaults(), 20, false, "phu-luc-1", null);

  private static AnnexTableImport grid(List<List<String>> rows, ReaderSettings settings) {
    return TableReader.read(() -> new GridRecords(rows, settings.limits(), "a.xlsx", "Phụ lục"), false, settings,
        "a.xlsx", "Phụ lục");
  }

  @Test
  void rows_readAsTheirCsv_withTheSheetInEveryLocation() {
    List<List<String>> rows = List.of(List.of("PHỤ LỤC"), List.of(), List.of("STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian"),
        List.of("1", "Việc một", "Sở Tư pháp", "Theo chỉ đạo"), List.of("2", "Việc hai", "", "Quý I/2024"));
    String csv = "PHỤ LỤC\n\nSTT,Nội dung công việc,Cơ quan chủ trì,Thời gian\n1,Việc một,Sở Tư pháp,Theo chỉ đạo\n2,Việc hai,,Quý I/2024\n";
    AnnexTableImport g = Reports.finish(grid(rows, LENIENT), null, "Phụ lục");
    AnnexTableImport c = AnnexTableReader.create().read(csv, "a.csv");
    assertThat(g.getAssignments()).isEqualTo(c.getAssignments());
    assertThat(g.getRows()).isEqualTo(c.getRows());
    assertThat(g.getDiagnostics()).extracting(d -> d.getCode()).isEqualTo(c.getDiagnostics().stream()
        .map(d -> d.getCode()).collect(Collectors.toList())).contains("timing.unreadable", "lead.carried");
    assertThat(g.getDiagnostics()).allSatisfy(d -> assertThat(d.getLocation().orElseThrow().getSheet()).contains("Phụ lục"));
    assertThat(c.getDiagnostics()).allSatisfy(d -> assertThat(d.getLocation().orElseThrow().getSheet()).isEmpty());
    assertThat(g.getSheet()).contains("Phụ lục");
    assertThat(g.getRecognized()).allSatisfy(p -> assertThat(p.getFrom().getSheet()).contains("Phụ lục"));

    ReaderSettings strict = new ReaderSettings(InputLimits.defaults(), 20, true, "phu-luc-1", null);
    assertThatThrownBy(() -> grid(rows, strict)).isInstanceOfSatisfying(MalformedInputException.class, e -> {
      assertThat(e.getLocation().orElseThrow().getSheet()).contains("Phụ lục");
      assertThat(e.getLocation().orElseThrow().getRow()).hasValue(4);
      assertThat(e.getLocation().orElseThrow().getColumn()).hasValue(4);
    });
    ReaderSettings narrow = new ReaderSettings(InputLimits.builder().maxColumns(3).build(), 20, false, "phu-luc-1", null);
    assertThatThrownBy(() -> grid(rows, narrow)).isInstanceOfSatisfying(InputLimitException.class, e -> {
      assertThat(e.getLimit()).isEqualTo("maxColumns");
      assertThat(e.getLocation().orElseThrow().getSheet()).contains("Phụ lục");
      assertThat(e.getLocation().orElseThrow().getRow()).hasValue(3);
    });
  }

  @Test
  void leadsChangingOnEveryRow_getTheSameSuffixedIdsAsBefore() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("STT", "Nội dung công việc", "Cơ quan chủ trì"));
    for (int i = 1; i <= 7; i++) {
      rows.add(List.of(Integer.toString(i), "Việc " + i, i % 2 == 0 ? "Sở Nội vụ" : "Sở Tư pháp"));
    }
    assertThat(grid(rows, LENIENT).getAssignments()).extracting(Assignment::getId).containsExactly(
        "phu-luc-1-so-tu-phap", "phu-luc-1-so-noi-vu", "phu-luc-1-so-tu-phap-2", "phu-luc-1-so-noi-vu-2",
        "phu-luc-1-so-tu-phap-3", "phu-luc-1-so-noi-vu-3", "phu-luc-1-so-tu-phap-4");
  }
}
