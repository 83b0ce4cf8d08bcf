package io.kehoach.legacy.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kehoach.InvalidDataException;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.Timing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnnexTableReaderTest {

  private static final AnnexTableReader READER = AnnexTableReader.create();
  private static final String HEADER = "STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện,Sản phẩm,Kinh phí\n";

  private static List<Task> tasks(AnnexTableImport r) {
    return r.tasks().collect(Collectors.toList());
  }

  private static Task only(String csv) {
    List<Task> t = tasks(READER.read(csv));
    assertThat(t).hasSize(1);
    return t.get(0);
  }

  private static MalformedInputException error(ThrowingCallable read) {
    MalformedInputException e = catchThrowableOfType(MalformedInputException.class, read);
    assertThat(e).as("a MalformedInputException").isNotNull();
    assertThat(e.getText().en()).isNotBlank();
    assertThat(e.getText().vi()).isNotBlank().isNotEqualTo(e.getText().en());
    return e;
  }

  /**
   * A hostile-input error as the API promises it: the type, both languages, a location in the named
   * source, with the row (and the column) where the problem is at one; an error about the whole
   * input (its size, no header row) names only the source.
   */
  private static MalformedInputException error(ThrowingCallable read, String source, int row, int column) {
    MalformedInputException e = error(read);
    assertThat(e.getLocation()).as("a location").isPresent();
    assertThat(e.getLocation().get().getSource()).contains(source);
    if (row > 0) {
      assertThat(e.getLocation().get().getRow()).as("row").hasValue(row);
    } else {
      assertThat(e.getLocation().get().getRow()).as("row").isEmpty();
    }
    if (column > 0) {
      assertThat(e.getLocation().get().getColumn()).as("column").hasValue(column);
    } else {
      assertThat(e.getLocation().get().getColumn()).as("column").isEmpty();
    }
    return e;
  }

  // == CSV grammar ================================================================================

  @Test
  void quotedCells_holdSeparatorsDoubledQuotesAndLineBreaks() {
    Task t = only(HEADER + "1,\"Phát hành bản tin \"\"Một cửa\"\", số 1\nin 2 màu\",Sở Tư pháp,,,,\n");
    assertThat(t.getDescription()).isEqualTo("Phát hành bản tin \"Một cửa\", số 1\nin 2 màu");
  }

  @Test
  void recordEnds_crlfLfAndCr_areAllRecordEnds_andAFinalLineBreakMakesNoRow() {
    String body = "1,Việc một,Sở Tư pháp\n2,Việc hai,Sở Nội vụ\n3,Việc ba,Sở Tài chính\n";
    for (String nl : new String[] {"\r\n", "\n", "\r"}) {
      AnnexTableImport r = READER.read(("STT,Nội dung,Chủ trì\n" + body).replace("\n", nl));
      assertThat(tasks(r)).extracting(Task::getDescription).as(nl).containsExactly("Việc một", "Việc hai", "Việc ba");
      assertThat(r.getRows()).extracting(AnnexRow::getRow).containsExactly(2, 3, 4);
    }
  }

  @Test
  void rowsAreRecords_notTextLines_soAQuotedLineBreakKeepsTheNumbering() {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì,Thời gian\n1,\"hai\ndòng\",Sở Tư pháp,abc\n2,Việc,Sở Tư pháp,def\n");
    assertThat(r.getDiagnostics()).extracting(w -> w.getLocation().get().getRow().getAsInt()).containsExactly(2, 3);
    assertThat(r.getDiagnostics()).extracting(w -> w.getLocation().get().getColumn().getAsInt()).containsExactly(4, 4);
  }

  @Test
  void aQuoteInsideAnUnquotedCell_isLiteral_andTextAfterAClosingQuoteIsKeptWithAWarning() {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì\n1,Chuyên mục \"CCHC\" trên báo,Sở Tư pháp\n2,\"Tin\" bài,Sở Tư pháp\n");
    assertThat(tasks(r)).extracting(Task::getDescription).containsExactly("Chuyên mục \"CCHC\" trên báo", "Tin bài");
    assertThat(r.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("csv.stray-quote");
    assertThat(r.getDiagnostics().get(0).getLocation().get().getRow()).hasValue(3);
  }

  @Test
  void spacesAroundAQuotedCell_areDropped() {
    Task t = only("STT,Nội dung,Chủ trì,Phối hợp\n1,  \"Việc, có dấu phẩy\"  ,Sở Tư pháp, \"Sở Nội vụ\" \n");
    assertThat(t.getDescription()).isEqualTo("Việc, có dấu phẩy");
    assertThat(t.bodyIds(AssignmentRole.COORDINATE)).containsExactly("so-noi-vu");
  }

  @Test
  void emptyCells_emptyQuotedCells_andATrailingSeparator() {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì,Phối hợp,\n1,\"Việc\",\"Sở Tư pháp\",\"\",\n");
    assertThat(tasks(r)).singleElement().satisfies(t -> assertThat(t.getParticipants()).isEmpty());
    assertThat(r.getColumns()).hasSize(5);
    assertThat(r.getColumns().get(4).getField()).isEqualTo(AnnexField.OTHER);
    assertThat(r.getDiagnostics()).isEmpty();
  }

  @Test
  void raggedRows_shortRowsAreEmptyCells_longRowsKeepTheirExtraCells() {
    AnnexTableImport r = READER.read(HEADER + "1,Việc ngắn,Sở Tư pháp\n2,Việc dài,Sở Tư pháp,,,,,thừa 1,thừa 2\n");
    assertThat(tasks(r)).hasSize(2);
    assertThat(r.getRows().get(1).getExtraCells()).containsEntry(8, "thừa 1").containsEntry(9, "thừa 2");
    assertThat(r.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("row.long", "row.long");
    assertThat(r.getDiagnostics().get(1).getLocation().get().getColumn()).hasValue(9);
  }

  @Test
  void blankRows_areSkipped_butStillCounted() {
    AnnexTableImport r = READER.read("\n\nSTT,Nội dung,Chủ trì\n\n,,\n1,Việc,Sở Tư pháp\n");
    assertThat(r.getHeaderRow()).isEqualTo(3);
    assertThat(r.getRows()).singleElement().satisfies(row -> assertThat(row.getRow()).isEqualTo(6));
  }

  // == separators, BOM, title rows ================================================================

  @ParameterizedTest
  @ValueSource(chars = {',', ';', '\t'})
  void theSeparator_isDetectedFromTheHeaderRow(char sep) {
    String csv = String.join(String.valueOf(sep), "STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp") + "\n"
        + String.join(String.valueOf(sep), "1", "\"Tuyên truyền, phổ biến; in ấn\"", "Sở Tư pháp", "\"Sở Nội vụ, Sở Tài chính\"") + "\n";
    AnnexTableImport r = READER.read(csv);
    assertThat(r.getSeparator()).isEqualTo(sep);
    assertThat(tasks(r).get(0).getDescription()).isEqualTo("Tuyên truyền, phổ biến; in ấn");
    assertThat(tasks(r).get(0).bodyIds(AssignmentRole.COORDINATE)).containsExactly("so-noi-vu", "so-tai-chinh");
  }

  @Test
  void semicolonHeaderWithCommasInsideHeaders_isReadAsSemicolon() {
    AnnexTableImport r = READER.read("STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp (sở, ngành)\n1;Việc;Sở Tư pháp;Sở Nội vụ\n");
    assertThat(r.getSeparator()).isEqualTo(';');
    assertThat(r.column(AnnexField.COORDINATE)).get().extracting(AnnexColumn::getIndex).isEqualTo(4);
  }

  @Test
  void aByteOrderMark_isIgnored_inBytesAndInText() {
    byte[] plain = (HEADER + "1,Việc,Sở Tư pháp\n").getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    AnnexTableImport a = READER.read(plain);
    AnnexTableImport b = READER.read(bom);
    AnnexTableImport c = READER.read("\uFEFF" + HEADER + "1,Việc,Sở Tư pháp\n");
    assertThat(b.getColumns()).isEqualTo(a.getColumns()).isEqualTo(c.getColumns());
    assertThat(b.getColumns().get(0).getField()).isEqualTo(AnnexField.NUMBER);
    assertThat(b.getColumns().get(0).getHeader()).isEqualTo("STT");
    assertThat(b.getAssignments()).isEqualTo(a.getAssignments()).isEqualTo(c.getAssignments());
    assertThat(b.getAssignments()).singleElement().satisfies(x -> {
      assertThat(x.getBodyId()).isEqualTo("so-tu-phap");
      assertThat(x.getTasks()).extracting(Task::getDescription).containsExactly("Việc");
    });
  }

  @Test
  void utf16WithItsByteOrderMark_isRead() {
    byte[] text = (HEADER + "1,Việc,Sở Tư pháp\n").getBytes(StandardCharsets.UTF_16BE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFE;
    bytes[1] = (byte) 0xFF;
    System.arraycopy(text, 0, bytes, 2, text.length);
    assertThat(tasks(READER.read(bytes))).extracting(Task::getDescription).containsExactly("Việc");
  }

  @Test
  void titleRowsAboveTheHeader_areSkippedAndKept_withinTheSearchLimit() {
    String csv = "PHỤ LỤC,,\nDANH MỤC NHIỆM VỤ,,\n\nSTT,Nội dung,Chủ trì\n1,Việc,Sở Tư pháp\n";
    AnnexTableImport r = READER.read(csv);
    assertThat(r.getHeaderRow()).isEqualTo(4);
    assertThat(r.getTitleLines()).containsExactly("PHỤ LỤC", "DANH MỤC NHIỆM VỤ");
    MalformedInputException e = error(() -> AnnexTableReader.builder().headerSearchRows(3).build().read(csv, "t.csv"),
        "t.csv", 0, 0);
    assertThat(e.getMessage()).contains("No header row").contains("first 3 rows");
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("Không thấy hàng tiêu đề", "3 hàng đầu");
  }

  // == headers ====================================================================================

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "STT|number", "TT|number", "T.T|number", "Số TT|number", "No.|number", "#|number",
      "Nội dung công việc|content", "NỘI DUNG NHIỆM VỤ|content", "Nhiệm vụ|content", "Tên nhiệm vụ|content", "Task|content",
      "Tasks|content", "Activity|content", "Nội dung|content",
      "Cơ quan chủ trì|lead", "Đơn vị chủ trì|lead", "Cơ quan thực hiện|lead", "Đơn vị thực hiện|lead", "Chủ trì|lead",
      "Lead|lead", "Lead agency|lead", "Responsible agency|lead", "co quan chu tri|lead",
      "Cơ quan phối hợp|coordinate", "Đơn vị phối hợp|coordinate", "Phối hợp|coordinate", "Coordinating|coordinate",
      "Coordinating agencies|coordinate", "Co-ordinating bodies|coordinate",
      "Thời gian|timing", "Thời gian thực hiện|timing", "Thời hạn|timing", "Thời hạn hoàn thành|timing", "Tiến độ|timing",
      "Timeline|timing", "Deadline|timing",
      "Sản phẩm|output", "Sản phẩm dự kiến|output", "Kết quả|output", "Kết quả dự kiến|output", "Output|output",
      "Outputs|output", "Deliverables|output",
      "Kinh phí|cost", "Kinh phí (đồng)|cost", "Kinh phí dự kiến|cost", "Dự toán|cost", "Budget|cost", "Cost|cost",
      "Ghi chú|other", "Nguồn kinh phí|other", "Notes|other"})
  void headers_areRecognisedLoosely(String header, String field) {
    String loose = "  " + header.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ") + " ";
    assertThat(io.kehoach.legacy.tables.internal.Headers.field(header).getCode()).isEqualTo(field);
    assertThat(io.kehoach.legacy.tables.internal.Headers.field(loose).getCode()).as(loose).isEqualTo(field);
  }

  @Test
  void headers_inAnyOrder_andInEnglish() {
    AnnexTableImport r = READER.read("Budget,Timeline,Coordinating,Lead agency,Task,No.\n"
        + "\"1.000.000\",Quý I/2024,Sở Nội vụ,Sở Tư pháp,Việc,1\n");
    Task t = tasks(r).get(0);
    assertThat(t.getDescription()).isEqualTo("Việc");
    assertThat(t.getCost()).contains(Money.vnd(1_000_000));
    assertThat(t.getTiming()).contains(Timing.quarter(2024, 1));
    assertThat(r.getAssignments().get(0).getBodyId()).isEqualTo("so-tu-phap");
    assertThat(r.getRows().get(0).getNumber()).isEqualTo("1");
  }

  @Test
  void unknownAndDuplicateColumns_areKeptAndReported() {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì,Ghi chú,Nội dung\n1,Việc,Sở Tư pháp,Ưu tiên,Nữa\n");
    assertThat(r.getRows().get(0).getExtraCells()).containsEntry(4, "Ưu tiên").containsEntry(5, "Nữa");
    assertThat(r.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("column.unknown", "column.duplicate");
    assertThat(r.getDiagnostics().get(1).getLocation().get().getColumn()).hasValue(5);
  }

  @Test
  void aMissingRequiredColumn_isATypedErrorNamingTheHeaderRow() {
    MalformedInputException e = error(() -> READER.read("PHỤ LỤC\nSTT,Nội dung,Thời gian\n1,Việc,Quý I/2024\n", "pl.csv"));
    assertThat(e.getLocation().get().getRow()).hasValue(2);
    assertThat(e.getLocation().get().getSource()).contains("pl.csv");
    assertThat(e.getMessage()).contains("row 2").contains("Lead agency");
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("hàng 2").contains("Cơ quan chủ trì");
  }

  // == bodies =====================================================================================

  @Test
  void severalCoordinatingBodiesInOneCell_byLinesSemicolonsBulletsAndCommas() {
    String csv = "STT,Nội dung,Chủ trì,Phối hợp\n"
        + "1,a,Sở Tư pháp,\"Sở Nội vụ\nSở Tài chính\"\n"
        + "2,b,Sở Tư pháp,Sở Nội vụ; Sở Tài chính\n"
        + "3,c,Sở Tư pháp,\"- Sở Nội vụ\n+ Sở Tài chính\"\n"
        + "4,d,Sở Tư pháp,\"Sở Nội vụ, Sở Tài chính\"\n"
        + "5,e,Sở Tư pháp,\"Sở Văn hóa, Thể thao và Du lịch\"\n"
        + "6,f,Sở Tư pháp,\"UBND các huyện, thị xã, thành phố\"\n"
        + "7,g,Sở Tư pháp,\"Văn phòng UBND tỉnh, các sở, ban, ngành\"\n"
        + "8,h,Sở Tư pháp,-\n";
    List<Task> t = tasks(READER.read(csv));
    for (int i = 0; i < 4; i++) {
      assertThat(t.get(i).bodyIds(AssignmentRole.COORDINATE)).as("row " + (i + 1)).containsExactly("so-noi-vu", "so-tai-chinh");
    }
    assertThat(t.get(4).bodyIds(AssignmentRole.COORDINATE)).containsExactly("so-van-hoa-the-thao-va-du-lich");
    assertThat(t.get(5).bodyIds(AssignmentRole.COORDINATE)).containsExactly("ubnd-cac-huyen-thi-xa-thanh-pho");
    assertThat(t.get(6).bodyIds(AssignmentRole.COORDINATE)).containsExactly("van-phong-ubnd-tinh", "cac-so-ban-nganh");
    assertThat(t.get(7).getParticipants()).isEmpty();
  }

  @Test
  void bodies_getTheIdsTheTextImporterGives_forTheSameNames() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/text/10-annex-task-table.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Plan fromText = PlanTextImporter.create().read(text).planOrThrow();
    AnnexTableImport csv = READER.read("STT,Nội dung,Chủ trì\n"
        + "1,a,Văn phòng UBND tỉnh\n2,b,\"Thủ trưởng các sở, ban, ngành\"\n3,c,Chủ tịch UBND các huyện\n4,d,Báo Vĩnh Long\n"
        + "5,e,\"Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố\"\n6,f,Ủy ban nhân dân tỉnh\n");
    List<String> textIds = fromText.getBodies().stream().map(ResponsibleBody::getId).collect(Collectors.toList());
    assertThat(textIds).contains("van-phong-ubnd-tinh", "bao-vinh-long", "cac-so-ban-nganh-tinh-ubnd-cac-huyen-thi-xa-thanh-pho");
    assertThat(csv.getBodies()).extracting(ResponsibleBody::getId).containsExactly("van-phong-ubnd-tinh", "cac-so-ban-nganh",
        "ubnd-cac-huyen", "bao-vinh-long", "cac-so-ban-nganh-tinh-ubnd-cac-huyen-thi-xa-thanh-pho", "ubnd-tinh");
    for (ResponsibleBody b : csv.getBodies()) {
      fromText.findBody(b.getId()).ifPresent(t -> assertThat(b.withName(t.getName())).as(b.getId()).isEqualTo(t));
    }
    ResponsibleBody heads = csv.getBodies().get(1);
    assertThat(heads.getName()).isEqualTo("Các sở, ban, ngành");
    assertThat(heads.getHeadTitle()).contains("Thủ trưởng");
    assertThat(heads.isGroup()).isTrue();
    assertThat(heads.getKind()).isEqualTo(BodyKind.DEPARTMENT);
    assertThat(csv.getBodies().get(5).getKind()).isEqualTo(BodyKind.PROVINCIAL_COMMITTEE);
  }

  @Test
  void mergedLeadCells_continueTheLeadAbove_withAWarning_andConsecutiveRowsMakeOneAssignment() {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì\n1,a,Sở Tư pháp\n2,b,\n3,c,Sở Nội vụ\n4,d,Sở Tư pháp\n");
    assertThat(r.getAssignments()).extracting(a -> a.getId() + ":" + a.getTasks().size())
        .containsExactly("phu-luc-1-so-tu-phap:2", "phu-luc-1-so-noi-vu:1", "phu-luc-1-so-tu-phap-2:1");
    assertThat(r.getDiagnostics()).extracting(Diagnostic::getCode).containsExactly("lead.carried");
    assertThat(r.getDiagnostics().get(0).getLocation().get().getRow()).hasValue(3);
    assertThat(r.getDiagnostics().get(0).getLocation().get().getColumn()).hasValue(3);
  }

  @Test
  void mergedDescriptionCells_continueTheDescriptionAbove() {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì\n1,Hội nghị tập huấn,Sở Tư pháp\n2,,Sở Nội vụ\n");
    assertThat(tasks(r)).extracting(Task::getDescription).containsExactly("Hội nghị tập huấn", "Hội nghị tập huấn");
    assertThat(r.getAssignments()).extracting(a -> a.getBodyId()).containsExactly("so-tu-phap", "so-noi-vu");
    assertThat(r.hasDiagnostic("content.carried")).isTrue();
  }

  @Test
  void aFirstRowWithoutLead_getsThePlaceholderBody_orIsAnErrorWhenStrict() {
    String csv = "STT,Nội dung,Chủ trì\n1,Việc,\n";
    AnnexTableImport r = READER.read(csv);
    assertThat(r.getAssignments().get(0).getBodyId()).isEqualTo("chua-ro-co-quan-chu-tri");
    assertThat(r.hasDiagnostic("lead.missing")).isTrue();
    MalformedInputException e = error(() -> AnnexTableReader.builder().strict(true).build().read(csv));
    assertThat(e.getLocation().get().getRow()).hasValue(2);
    assertThat(e.getLocation().get().getColumn()).hasValue(3);
  }

  @Test
  void aLeadCellThatNamesNoBody_isNoLead_notABodyNamedDash_norTheLeadAbove() {
    // Regression: "-" became a body named "-" with id "x", and "!!!" was merged into it.
    String csv = "STT,Nội dung,Chủ trì\n1,Việc một,Sở Tư pháp\n2,Việc hai,-\n3,Việc ba,!!!\n4,Việc bốn,Không\n";
    AnnexTableImport r = READER.read(csv);
    assertThat(r.getBodies()).extracting(ResponsibleBody::getId)
        .containsExactly("so-tu-phap", "chua-ro-co-quan-chu-tri");
    assertThat(r.getAssignments()).extracting(a -> a.getBodyId())
        .containsExactly("so-tu-phap", "chua-ro-co-quan-chu-tri");
    assertThat(r.getAssignments().get(1).getTasks()).extracting(Task::getDescription)
        .containsExactly("Việc hai", "Việc ba", "Việc bốn");
    assertThat(r.getDiagnostics()).filteredOn(w -> w.getCode().equals("lead.missing")).hasSize(3);
    assertThat(r.hasDiagnostic("lead.carried")).isFalse();
    assertThat(r.hasDiagnostic("body.spelling")).isFalse();
    MalformedInputException e = error(() -> AnnexTableReader.builder().strict(true).build().read(csv));
    assertThat(e.getLocation().get().getRow()).hasValue(3);
    assertThat(e.getText().vi()).contains("'-'");
    assertThat(e.getText().en()).contains("'-'");
  }

  // == headings, totals, notes ====================================================================

  @Test
  void headingRows_areKeptAsRows_notTasks() {
    AnnexTableImport r = READER.read(HEADER + "I,NHIỆM VỤ CHUNG,,,,,\n1,Việc,Sở Tư pháp\nB.,Nhóm khác,,,,,\n,TUYÊN TRUYỀN,,,,,\n2,Việc hai,Sở Tư pháp\n");
    assertThat(r.getRows()).extracting(AnnexRow::getKind).containsExactly(AnnexRowKind.HEADING, AnnexRowKind.TASK,
        AnnexRowKind.HEADING, AnnexRowKind.HEADING, AnnexRowKind.TASK);
    assertThat(r.getRows().get(2).getNumber()).isEqualTo("B.");
    assertThat(r.getRows().get(2).getText()).isEqualTo("Nhóm khác");
    assertThat(r.getRows()).filteredOn(x -> x.getKind() == AnnexRowKind.HEADING).extracting(AnnexRow::getRow, AnnexRow::getText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "NHIỆM VỤ CHUNG"), org.assertj.core.groups.Tuple.tuple(4, "Nhóm khác"),
            org.assertj.core.groups.Tuple.tuple(5, "TUYÊN TRUYỀN"));
    assertThat(tasks(r)).extracting(Task::getDescription).containsExactly("Việc", "Việc hai");
    assertThat(r.getAssignments()).singleElement().satisfies(a -> assertThat(a.getBodyId()).isEqualTo("so-tu-phap"));
  }

  @Test
  void aTotalRow_isTheTotal_andAMismatchIsWarned() {
    AnnexTableImport ok = READER.read(HEADER + "1,a,Sở Tư pháp,,,,100\n2,b,Sở Tư pháp,,,,50\n,Tổng cộng:,,,,,150\n");
    assertThat(ok.getTotal()).contains(Money.vnd(150));
    assertThat(ok.getDiagnostics()).isEmpty();
    AnnexTableImport bad = READER.read(HEADER + "1,a,Sở Tư pháp,,,,100\n,Tổng,,,,,120\n");
    assertThat(bad.hasDiagnostic("total.mismatch")).isTrue();
    assertThat(bad.getDiagnostics().get(0).getLocation().get().getRow()).hasValue(3);
  }

  @Test
  void aRowWithNoDescriptionAndNothingToContinue_isKeptAsANote() {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì,Ghi chú\n5,,,Xem phụ lục 2\n1,Việc,Sở Tư pháp,\n");
    assertThat(r.getRows().get(0).getKind()).isEqualTo(AnnexRowKind.NOTE);
    assertThat(r.getRows().get(0).getText()).isEqualTo("5 | Xem phụ lục 2");
    assertThat(r.hasDiagnostic("row.note")).isTrue();
    assertThat(tasks(r)).hasSize(1);
  }

  // == values =====================================================================================

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "30/06/2024|2024-06-30|2024-06-30|date",
      "Trước ngày 30/6/2024|2024-06-30|2024-06-30|date",
      "Tháng 6/2024|2024-06-01|2024-06-30|month",
      "tháng 6 năm 2024|2024-06-01|2024-06-30|month",
      "Quý II/2024|2024-04-01|2024-06-30|quarter",
      "Quý 2/2024|2024-04-01|2024-06-30|quarter",
      "Năm 2024|2024-01-01|2024-12-31|year",
      "Trong năm 2024|2024-01-01|2024-12-31|year",
      "01/03/2024 - 30/06/2024|2024-03-01|2024-06-30|range",
      "Tháng 3/2024 đến Tháng 6/2024|2024-03-01|2024-06-30|range",
      "Quý III - Quý IV/2024|2024-07-01|2024-12-31|range",
      "Tháng 6 - 9/2024|2024-06-01|2024-09-30|range",
      "Quý III, IV/2024|2024-07-01|2024-12-31|range",
      "Quý I, III/2024|||",
      "Thường xuyên|||ongoing"})
  void everyTimeForm(String cell, String start, String end, String kind) {
    AnnexTableImport r = READER.read("STT,Nội dung,Chủ trì,Thời gian\n1,Việc,Sở Tư pháp,\"" + cell + "\"\n");
    Task t = tasks(r).get(0);
    if (kind == null) {
      assertThat(t.getTiming()).isEmpty();
      assertThat(r.getRows().get(0).getUnreadCells()).containsEntry(4, cell);
      assertThat(r.hasDiagnostic("timing.unreadable")).isTrue();
      return;
    }
    assertThat(t.getTiming()).isPresent();
    assertThat(t.getTiming().get().getKind().getCode()).isEqualTo(kind);
    if (start != null) {
      assertThat(t.getTiming().get().getStart()).contains(LocalDate.parse(start));
      assertThat(t.getTiming().get().getEnd()).contains(LocalDate.parse(end));
    }
    assertThat(r.getDiagnostics()).isEmpty();
  }

  @Test
  void anUnreadableTime_isAWarningKeepingTheText_orAnErrorNamingRowColumnAndHeaderWhenStrict() {
    String csv = "PHỤ LỤC\nSTT,Nội dung,Chủ trì,Thời hạn\n1,Việc,Sở Tư pháp,Theo chỉ đạo\n";
    AnnexTableImport r = READER.read(csv);
    assertThat(r.getRows().get(0).getUnreadCells()).containsExactly(java.util.Map.entry(4, "Theo chỉ đạo"));
    MalformedInputException e = error(() -> AnnexTableReader.builder().strict(true).build().read(csv, "a.csv"));
    assertThat(e.getLocation().get().getRow()).hasValue(3);
    assertThat(e.getLocation().get().getColumn()).hasValue(4);
    assertThat(e.getMessage()).contains("Row 3, column 4 ('Thời hạn')").contains("'Theo chỉ đạo'").contains("a.csv");
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("Hàng 3, cột 4");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kinh phí|150.000.000|150000000",
      "Kinh phí|150.000.000 đồng|150000000",
      "Kinh phí|150.000.000đ|150000000",
      "Kinh phí|150,000,000 VND|150000000",
      "Kinh phí|150 triệu đồng|150000000",
      "Kinh phí|1,5 tỷ đồng|1500000000",
      "Kinh phí|0|0",
      "Kinh phí (triệu đồng)|150|150000000",
      "Kinh phí (triệu đồng)|1,5|1500000",
      "Kinh phí (nghìn đồng)|2.500|2500000",
      "Kinh phí (đồng)|2.500|2500",
      "Budget|-|",
      "Kinh phí|Không|"})
  void moneyForms(String header, String cell, String amount) {
    Task t = only("STT,Nội dung,Chủ trì,\"" + header + "\"\n1,Việc,Sở Tư pháp,\"" + cell + "\"\n");
    if (amount == null) {
      assertThat(t.getCost()).isEmpty();
    } else {
      assertThat(t.getCost()).contains(Money.of(new BigDecimal(amount), "VND"));
    }
  }

  @Test
  void outputs_oneByLine_bulletsRemoved() {
    Task t = only("STT,Nội dung,Chủ trì,Sản phẩm\n1,Việc,Sở Tư pháp,\"- 02 tin bài\r\n+ 01 phóng sự\n\n• 01 tờ gấp, 2 màu\"\n");
    assertThat(t.getOutputs()).containsExactly("02 tin bài", "01 phóng sự", "01 tờ gấp, 2 màu");
  }

  @Test
  void decomposedText_isNormalisedToNfc() {
    String nfd = java.text.Normalizer.normalize("STT,Nội dung,Chủ trì\n1,Tuyên truyền,Sở Tư pháp\n", java.text.Normalizer.Form.NFD);
    AnnexTableImport r = READER.read(nfd);
    assertThat(tasks(r).get(0).getDescription()).isEqualTo("Tuyên truyền");
    assertThat(r.getBodies().get(0).getName()).isEqualTo("Sở Tư pháp");
    assertThat(r.getBodies().get(0).getId()).isEqualTo("so-tu-phap");
  }

  @Test
  void theFormulaMarker_isRemovedOnce_andTheRestIsVerbatim() {
    List<Task> t = tasks(READER.read("STT,Nội dung,Chủ trì\n1,'=1+1,Sở Tư pháp\n2,''quoted,Sở Tư pháp\n3,\"'  padded \",Sở Tư pháp\n"));
    assertThat(t).extracting(Task::getDescription).containsExactly("=1+1", "'quoted", "  padded ");
  }

  @Test
  void idPrefix_namesTasksAndAssignments() {
    AnnexTableImport r = AnnexTableReader.builder().idPrefix("phu-luc-2").build().read("STT,Nội dung,Chủ trì\n1,Việc,Sở Tư pháp\n");
    assertThat(r.getIdPrefix()).isEqualTo("phu-luc-2");
    assertThat(r.getAssignments().get(0).getId()).isEqualTo("phu-luc-2-so-tu-phap");
    assertThat(tasks(r).get(0).getId()).isEqualTo("phu-luc-2-1");
    assertThatThrownBy(() -> AnnexTableReader.builder().idPrefix("phụ lục")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InputLimits.builder().maxRows(0).build()).isInstanceOf(IllegalArgumentException.class);
  }

  // == sources ====================================================================================

  @Test
  void stringsBytesStreamsAndFiles_readAlike_withTheSourceName(@TempDir Path dir) throws IOException {
    String csv = HEADER + "1,Việc,Sở Tư pháp,,Quý I/2024,,\n";
    Path file = dir.resolve("phu-luc.csv");
    Files.writeString(file, csv);
    AnnexTableImport a = READER.read(csv);
    AnnexTableImport b = READER.read(csv.getBytes(StandardCharsets.UTF_8));
    AnnexTableImport c = READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "s.csv");
    AnnexTableImport d = READER.read(file);
    assertThat(a.getAssignments()).singleElement().satisfies(x -> {
      assertThat(x.getBodyId()).isEqualTo("so-tu-phap");
      assertThat(x.getTasks()).extracting(Task::getDescription, Task::getTiming)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Việc", java.util.Optional.of(Timing.quarter(2024, 1))));
    });
    assertThat(List.of(b, c, d)).allSatisfy(x -> assertThat(x.getAssignments()).isEqualTo(a.getAssignments()));
    assertThat(a.getSource()).isEmpty();
    assertThat(c.getSource()).contains("s.csv");
    assertThat(d.getSource()).contains("phu-luc.csv");
  }

  // == hostile input ==============================================================================

  @Test
  void anUnterminatedQuote_namesWhereItOpened() {
    MalformedInputException e = error(() -> READER.read(HEADER + "1,Việc,Sở Tư pháp\n2,\"Mở mà không đóng,Sở Tư pháp\n3,x,y\n",
        "q.csv"), "q.csv", 3, 2);
    assertThat(e.getMessage()).contains("row 3, column 2").contains("never closed");
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("hàng 3, cột 2", "không được đóng");
  }

  @Test
  void emptyInput_andBlankInput_areErrorsNamingTheSource() {
    for (MalformedInputException e : List.of(error(() -> READER.read("", "e.csv"), "e.csv", 0, 0),
        error(() -> READER.read(new byte[0], "e.csv"), "e.csv", 0, 0),
        error(() -> READER.read(" \r\n\n ", "e.csv"), "e.csv", 0, 0))) {
      assertThat(e.getMessage()).contains("The table is empty");
      assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("Bảng trống");
    }
  }

  @Test
  void onlyAHeader_isAnEmptyImport_withTheWarningTableEmptyAtTheHeaderRow() {
    // Regression: a table with only its header row returned an empty import without a word.
    for (AnnexTableReader reader : List.of(READER, AnnexTableReader.builder().strict(true).build())) {
      AnnexTableImport r = reader.read("PHỤ LỤC\n" + HEADER + "\n,,,\n", "h.csv");
      assertThat(r.getAssignments()).isEmpty();
      assertThat(r.getRows()).isEmpty();
      assertThat(r.getColumns()).extracting(AnnexColumn::getField).containsExactly(AnnexField.NUMBER, AnnexField.CONTENT,
          AnnexField.LEAD, AnnexField.COORDINATE, AnnexField.TIMING, AnnexField.OUTPUT, AnnexField.COST);
      assertThat(r.getDiagnostics()).singleElement().satisfies(w -> {
        assertThat(w.getCode()).isEqualTo("table.empty");
        assertThat(w.getLocation().get().getSource()).contains("h.csv");
        assertThat(w.getLocation().get().getRow()).hasValue(2);
        assertThat(w.getLocation().get().getColumn()).isEmpty();
        assertThat(w.getMessage().en()).contains("only its header row (row 2)");
        assertThat(w.getMessage().vi()).contains("chỉ có hàng tiêu đề (hàng 2)");
      });
    }
    // A heading row is a row: the table is not empty, though it has no task.
    assertThat(READER.read(HEADER + "I,NHIỆM VỤ CHUNG,,,,,\n").hasDiagnostic("table.empty")).isFalse();
  }

  @Test
  void textWithoutAHeader_isATypedError() {
    MalformedInputException e = error(() -> READER.read("a,b,c\n1,2,3\n", "n.csv"), "n.csv", 0, 0);
    assertThat(e.getMessage()).contains("No header row");
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("Không thấy hàng tiêu đề");
  }

  @Test
  void aTwentyMegabyteCell_breaksALimit_withoutRunningOutOfMemory() {
    StringBuilder big = new StringBuilder(20_000_100).append(HEADER).append("1,\"");
    for (int i = 0; i < 20_000_000 / 16; i++) {
      big.append("abcdefghijklmnop");
    }
    String text = big.append("\",Sở Tư pháp\n").toString();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      MalformedInputException b = error(() -> READER.read(bytes, "big.csv"), "big.csv", 0, 0);
      assertThat(b).isInstanceOf(InputLimitException.class);
      assertThat(b.getMessage()).contains("over the limit maxBytes = 16,777,216 bytes");
      assertThat(b.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("vượt giới hạn maxBytes = 16.777.216 byte");
      MalformedInputException t = error(() -> READER.read(text, "big.csv"), "big.csv", 0, 0);
      assertThat(t).isInstanceOf(InputLimitException.class);
      assertThat(t.getMessage()).contains("over the limit maxBytes = 16,777,216 bytes");
      MalformedInputException e = error(() -> AnnexTableReader.builder().limits(InputLimits.builder().maxBytes(64L << 20).build()).build().read(bytes, "big.csv"),
          "big.csv", 2, 2);
      assertThat(e.getMessage()).contains("row 2, column 2").contains("longer than 100000 characters");
      assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("hàng 2, cột 2", "dài quá 100000 ký tự");
      MalformedInputException s = error(() -> READER.read(new ByteArrayInputStream(bytes), "big.csv"), "big.csv", 0, 0);
      assertThat(s.getMessage()).contains("over the limit maxBytes");
    });
  }

  @Test
  void aMillionColumns_breaksTheColumnLimit() {
    StringBuilder b = new StringBuilder(2_000_100).append("STT,Nội dung,Chủ trì");
    for (int i = 0; i < 1_000_000; i++) {
      b.append(",x");
    }
    String csv = b.append('\n').toString();
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      MalformedInputException e = error(() -> READER.read(csv, "wide.csv"), "wide.csv", 1, 257);
      assertThat(e.getMessage()).contains("Row 1 has more than 256 columns");
      assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("Hàng 1 có quá 256 cột");
    });
  }

  @Test
  void tooManyRows_breaksTheRowLimit() {
    String csv = HEADER + "1,a,Sở Tư pháp\n".repeat(20);
    MalformedInputException e = error(() -> AnnexTableReader.builder().limits(InputLimits.builder().maxRows(10).build()).build().read(csv, "long.csv"),
        "long.csv", 11, 0);
    assertThat(e.getMessage()).contains("more than 10 rows");
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("quá 10 hàng");
  }

  @Test
  void nulBytes_areATypedErrorWithRowAndColumn() {
    MalformedInputException e = error(() -> READER.read((HEADER + "1,Vi\u0000ệc,Sở Tư pháp\n").getBytes(StandardCharsets.UTF_8),
        "nul.csv"), "nul.csv", 2, 2);
    assertThat(e.getMessage()).contains("Row 2, column 2 holds the control character").contains("U+0000");
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("Hàng 2, cột 2 có ký tự điều khiển", "U+0000");
  }

  @Test
  void malformedUtf8_namesTheByteOffset() {
    byte[] bytes = (HEADER + "1,Việc,Sở\n").getBytes(StandardCharsets.UTF_8);
    int at = bytes.length - 5;
    assertThat(bytes[at]).isEqualTo((byte) 'S');
    bytes[at] = (byte) 0xC3;
    MalformedInputException e = error(() -> READER.read(bytes, "x.csv"));
    assertThat(e.getMessage()).contains("byte offset " + at);
    assertThat(e.getMessage(io.kehoach.LocalizedText.VIETNAMESE)).contains("chuỗi byte sai ở vị trí " + at);
    assertThat(e.getLocation().get().getLine()).hasValue(2);
    assertThat(e.getLocation().get().getSource()).contains("x.csv");
  }

  @Test
  void binaryJunk_isAlwaysATypedErrorOrAResult_neverAnotherException() {
    Random random = new Random(20240601);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int i = 0; i < 300; i++) {
        byte[] junk = new byte[random.nextInt(4000)];
        random.nextBytes(junk);
        if (i % 3 == 0) {
          byte[] head = HEADER.getBytes(StandardCharsets.UTF_8);
          junk = Arrays.copyOf(head, head.length + junk.length);
          for (int k = head.length; k < junk.length; k++) {
            String alphabet = "ab,;\"\n\r\t'=-x";
            junk[k] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
          }
        }
        try {
          AnnexTableImport r = READER.read(junk);
          assertThat(r.getColumns()).isNotEmpty();
        } catch (MalformedInputException expected) {
          assertThat(expected.getText().en()).isNotBlank();
          assertThat(expected.getText().vi()).isNotBlank().isNotEqualTo(expected.getText().en());
        }
      }
    });
  }

  @Test
  void readers_areReusable_andTheDefaultIsShared() {
    assertThat(AnnexTableReader.create()).isSameAs(READER);
    String csv = "STT,Nội dung,Chủ trì,Thời gian\n1,Việc,Sở Tư pháp,Tháng 6/2024\n";
    assertThat(READER.read(csv)).isEqualTo(READER.read(csv));
    assertThat(tasks(READER.read(csv)).get(0).getTiming()).contains(Timing.month(YearMonth.of(2024, 6)));
  }

  @Test
  void read_intoAPlan_givesThePlanWithTheTable_andPointersIntoIt() {
    Plan base = Plan.builder().issuer(io.kehoach.plan.IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"))
        .subject("Truyền thông về kiểm soát thủ tục hành chính năm 2024").build();
    String csv = HEADER + "I,Tuyên truyền,,,,,\n1,Việc một,Sở Tư pháp,,Quý II/2024,,\n2,Việc hai,Sở Nội vụ,,,,\n";
    AnnexTableImport alone = READER.read(csv, "t.csv");
    assertThat(alone.getPlan()).isEmpty();
    assertThatThrownBy(alone::planOrThrow).isInstanceOf(InvalidDataException.class).hasMessageContaining("t.csv");
    assertThat(alone.getRecognized()).extracting(RecognizedPart::getPart)
        .containsExactly("/assignments/0/tasks/0", "/assignments/1/tasks/0");
    assertThat(alone.getUnclassified()).containsExactly(Location.atRow(2));

    AnnexTableImport into = AnnexTableReader.builder().into(base).build().read(csv, "t.csv");
    assertThat(into.planOrThrow()).isEqualTo(alone.applyTo(base));
    assertThat(into.getRecognized()).extracting(p -> p.getFrom().getRow().getAsInt()).containsExactly(3, 4);
  }

  @Test
  void read_pastTheColumnLimit_isAnInputLimitException_atTheCell() {
    AnnexTableReader narrow = AnnexTableReader.builder().limits(InputLimits.builder().maxColumns(7).build()).build();
    InputLimitException e = catchThrowableOfType(() -> narrow.read(HEADER + "1,a,b,c,d,e,f,g\n", "w.csv"),
        InputLimitException.class);
    assertThat(e.getLimit()).isEqualTo("maxColumns");
    assertThat(e.getLocation().get().getRow()).hasValue(2);
    assertThat(e.getLocation().get().getColumn()).hasValue(8);
  }

  @Test
  void diagnostics_nameTheirRowAndColumn() {
    AnnexTableImport r = READER.read(HEADER + "1,Việc,Sở Tư pháp,,Quý V/2024,,\n", "q.csv");
    Diagnostic d = r.getDiagnostics().stream().filter(x -> x.getCode().equals("timing.unreadable")).findFirst()
        .orElseThrow();
    assertThat(d.describe(java.util.Locale.ENGLISH)).endsWith("(row 2, column 5)");
  }
}
