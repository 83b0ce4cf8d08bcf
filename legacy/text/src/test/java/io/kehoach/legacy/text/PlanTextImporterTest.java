package io.kehoach.legacy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.legacy.testing.Seeds;
import io.kehoach.InvalidDataException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.DueDate;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Sector;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTextImporterTest {

  private static final PlanTextImporter IMPORTER = PlanTextImporter.create();

  static String seed(String prefix) throws IOException {
    return Seeds.text(prefix);
  }

  /** Found by the benchmarks: items numbered 100 and above were read as text of item 99. */
  @Test
  void itemsNumberedBeyond99_areItems_andAmountsAtLineStartAreNot() throws IOException {
    Plan seed = IMPORTER.read(seed("003"), "003.txt").planOrThrow();
    Plan.Builder many = Plan.builder().from(seed);
    for (int i = 1; i <= 120; i++) {
      many.addAssignment(io.kehoach.plan.Assignment.builder().id("them-" + i).bodyId("so-tu-phap")
          .addTask(io.kehoach.plan.Task.of("them-" + i + "-1", "Nhiệm vụ bổ sung số " + i)).build());
    }
    Plan big = many.build();
    Plan back = IMPORTER.read(PlanTextRenderer.create().render(big), "many.txt").planOrThrow();
    assertThat(back.getAssignments()).hasSize(big.getAssignments().size());
    assertThat(back.getAssignments().get(back.getAssignments().size() - 1).getTasks().get(0).getDescription())
        .isEqualTo("Nhiệm vụ bổ sung số 120");

    String text = seed("003").replace("IV. KINH PHÍ THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO",
        "IV. KINH PHÍ THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO\n150.000.000 đồng từ ngân sách tỉnh.");
    assertThat(IMPORTER.read(text, "money.txt").planOrThrow().toString())
        .contains("150.000.000 đồng từ ngân sách tỉnh");
  }

  @Test
  void seed003_everyField() throws IOException {
    TextImport r = IMPORTER.read(seed("003"), "003.txt");
    assertThat(r.getKind()).isEqualTo(DocumentKind.OFFICIAL_TEXT);
    assertThat(r.getUnclassified()).isEmpty();
    Plan p = r.planOrThrow();
    assertThat(p.getNumber().get().getNumber()).isEqualTo(36);
    assertThat(p.getNumber().get().getSymbol()).isEqualTo("KH-UBND");
    assertThat(p.getNumber().get().getWrittenForm()).contains("36 /KH-UBND");
    assertThat(p.getIssueDate()).contains(LocalDate.of(2017, 2, 16));
    assertThat(p.getPlace()).contains("Bình Phước");
    assertThat(p.getSubject()).isEqualTo(
        "Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 trên địa bàn tỉnh Bình Phước");
    assertThat(p.getPeriod()).contains(Period.ofYear(2017));
    assertThat(p.getTerritory().get().getCode()).contains("70");
    assertThat(p.getStatus()).isEqualTo(PlanStatus.ISSUED);
    // The seed's header block was lost in copying: the issuer is inferred, and the report says so.
    assertThat(p.getIssuer().getName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
    assertThat(r.hasDiagnostic("issuer.inferred")).isTrue();

    assertThat(p.getObjectives()).hasSize(5);
    assertThat(p.getObjectives().get(4).getStatement())
        .isEqualTo("Nâng cao chỉ số cải cách hành chính, cải thiện môi trường kinh doanh và thu hút đầu tư");
    assertThat(p.getRequirements()).hasSize(3);
    assertThat(p.getContentItems()).hasSize(5);
    assertThat(p.getContentItems().get(3).getFocusSectors())
        .contains(Sector.INVESTMENT, Sector.CONSTRUCTION, Sector.LAND, Sector.BUSINESS_REGISTRATION);
    assertThat(p.getChannels()).hasSize(4);
    assertThat(p.getChannels().get(0).getKinds()).contains(ChannelKind.BROADCAST, ChannelKind.PRINT_PRESS,
        ChannelKind.PORTAL);
    assertThat(p.getChannels().get(0).getOutlets()).extracting(o -> o.getName())
        .contains("Đài Phát thanh và Truyền hình Bình Phước", "Báo Bình Phước");
    assertThat(p.getChannels().get(3).getKinds()).contains(ChannelKind.VISUAL_MATERIALS, ChannelKind.LEAFLET);

    assertThat(p.getAssignments()).hasSize(5);
    assertThat(p.getAssignments()).extracting(a -> p.findBody(a.getBodyId()).get().getName()).containsExactly(
        "Các sở, ban, ngành", "Sở Tư pháp", "UBND các huyện, thị xã",
        "Đài Phát thanh và Truyền hình Bình Phước, Báo Bình Phước", "Văn phòng UBND tỉnh");
    assertThat(p.findBody("cac-so-ban-nganh").get().getHeadTitle()).contains("Thủ trưởng");
    assertThat(p.getAssignments().get(1).getTasks()).hasSize(2);
    assertThat(p.getAssignments().get(1).getTasks().get(0).bodyIds(AssignmentRole.COORDINATE))
        .containsExactly("dai-phat-thanh-va-truyen-hinh-binh-phuoc", "bao-binh-phuoc");
    assertThat(p.getAssignments().get(4).getTasks().get(0).bodyIds(AssignmentRole.COORDINATE))
        .containsExactly("so-noi-vu", "so-tu-phap", "cac-co-quan-lien-quan");

    assertThat(p.getBudget().get().bodiesAt(BudgetStage.ESTIMATE)).containsExactly("so-tu-phap");
    assertThat(p.getBudget().get().bodiesAt(BudgetStage.APPRAISE)).containsExactly("so-tai-chinh");
    assertThat(p.getBudget().get().bodiesAt(BudgetStage.DECIDE)).containsExactly("ubnd-tinh");
    assertThat(p.getBudget().get().bodiesAt(BudgetStage.ALLOCATE)).containsExactly("so-tai-chinh");

    assertThat(p.getReportingRules()).hasSize(2);
    ReportingRule summary = p.getReportingRules().get(0);
    assertThat(summary.getReporterIds()).containsExactly("so-tu-phap");
    assertThat(summary.getRecipientId()).isEqualTo("ubnd-tinh");
    assertThat(summary.frequencies()).containsExactly(ReportingFrequency.SIX_MONTHLY, ReportingFrequency.YEARLY);
    ReportingRule section4 = p.getReportingRules().get(1);
    assertThat(section4.getRecipientId()).isEqualTo("ubnd-tinh");
    assertThat(section4.getIntermediaryId()).contains("so-tu-phap");
    assertThat(section4.getReporterIds()).containsExactly("cac-co-quan-don-vi");
    assertThat(section4.dueDates(p.getPeriod().get())).extracting(DueDate::getDate)
        .containsExactly(LocalDate.of(2017, 6, 15), LocalDate.of(2017, 12, 15));

    assertThat(p.getRecipients()).hasSize(10);
    assertThat(p.getRecipients().get(9).isArchive()).isTrue();
    assertThat(p.getRecipients().get(9).getName()).isEqualTo("VT, NC (KH03)");
    assertThat(p.getSignature().get().getName()).isEqualTo("Nguyễn Văn Trâm");
    assertThat(p.getSignature().get().getPosition()).isEqualTo("CHỦ TỊCH");
    assertThat(p.getClosingText().get()).startsWith("Trên đây là Kế hoạch").endsWith("./.");

    assertThat(r.getRecognized()).extracting(RecognizedPart::getPart)
        .contains("/number", "/issueDate", "/subject", "/objectives/0", "/assignments/4", "/reportingRules/1",
            "/recipients/9", "/signature");
    assertThat(r.getRecognized()).filteredOn(x -> x.getPart().equals("/number"))
        .extracting(RecognizedPart::fromLine).containsExactly(java.util.OptionalInt.of(3));
  }

  @Test
  void aBareArchiveEntry_isTheArchiveNamedLuu_notABlankName() throws IOException {
    // Seed 003 with its archive line cut to a bare "Lưu." (written for the test).
    Plan p = IMPORTER.read(seed("003").replace("- Lưu VT, NC (KH03).", "- Lưu.")).planOrThrow();
    Recipient last = p.getRecipients().get(p.getRecipients().size() - 1);
    assertThat(last.isArchive()).isTrue();
    assertThat(last.getName()).isEqualTo("Lưu");
  }

  @Test
  void pressSummaries_becomeDraftsWithWhatTheyState() throws IOException {
    for (String s : new String[] {"000", "001", "002", "004"}) {
      TextImport r = IMPORTER.read(seed(s));
      assertThat(r.getKind()).as(s).isEqualTo(DocumentKind.PRESS_SUMMARY);
      assertThat(r.hasDiagnostic("press-summary")).as(s).isTrue();
      assertThat(r.planOrThrow().getStatus()).as(s).isEqualTo(PlanStatus.DRAFT);
      assertThat(r.planOrThrow().getChannels()).as(s).isNotEmpty();
    }
    Plan socTrang = IMPORTER.read(seed("000")).planOrThrow();
    assertThat(socTrang.getIssuer().getName()).isEqualTo("Ủy ban nhân dân tỉnh Sóc Trăng");
    assertThat(socTrang.getNumber().get()).hasToString("36/KH-UBND");
    assertThat(socTrang.getIssueDate()).contains(LocalDate.of(2017, 3, 21));
    assertThat(socTrang.getPeriod()).contains(Period.ofYears(2017, 2020));
    assertThat(socTrang.getTerritory().get().getCode()).contains("94");
    Set<ChannelKind> kinds = socTrang.getChannels().get(0).getKinds();
    assertThat(kinds).contains(ChannelKind.PORTAL, ChannelKind.SURVEY, ChannelKind.HOTLINE, ChannelKind.NEWSLETTER,
        ChannelKind.PRESS_BRIEFING, ChannelKind.STUDY_VISIT);
    Plan hcm = IMPORTER.read(seed("001")).planOrThrow();
    assertThat(hcm.getPeriod()).contains(Period.ofYear(2017));
    assertThat(hcm.getNumber()).isEmpty();
    Plan province = IMPORTER.read(seed("002")).planOrThrow();
    assertThat(province.getPeriod()).contains(Period.ofYear(2024));
    Plan dakLak = IMPORTER.read(seed("004")).planOrThrow();
    assertThat(dakLak.getIssuingDecision().get().getNumber().get()).hasToString("3596/QĐ-UBND");
    assertThat(dakLak.getIssuer().getName()).isEqualTo("UBND tỉnh Đắk Lắk");
    assertThat(dakLak.getPeriod()).contains(Period.ofYear(2018));
  }

  @Test
  void notAPlan_givesNoPlan() {
    for (String text : new String[] {"", "   \n\n", "The quick brown fox jumps over the lazy dog.",
        "id,name\n1,alpha\n2,beta\n", "\u0000\u0001binary\uFFFD"}) {
      TextImport r = IMPORTER.read(text);
      assertThat(r.getKind()).isEqualTo(DocumentKind.NOT_A_PLAN);
      assertThat(r.getPlan()).isEmpty();
      assertThatThrownBy(r::planOrThrow).isInstanceOf(InvalidDataException.class).hasMessageContaining("not a plan");
    }
  }

  @Test
  void truncatedAnywhere_neverThrows_andWarnsWhenCutInTheMiddle() throws IOException {
    String text = seed("003");
    for (int cut = 0; cut <= text.length(); cut += 53) {
      TextImport r = IMPORTER.read(text.substring(0, cut));
      assertThat(r.getKind()).isNotNull();
      if (r.getKind() == DocumentKind.OFFICIAL_TEXT && cut < text.length() - 200) {
        assertThat(r.hasDiagnostic("truncated") || r.hasDiagnostic("signature.missing")).as("cut at " + cut).isTrue();
      }
    }
  }

  @Test
  void nullText_isRejected() {
    assertThatThrownBy(() -> IMPORTER.read((String) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void importedPlan_isNormalisedToNfc() throws IOException {
    String nfd = java.text.Normalizer.normalize(seed("003"), java.text.Normalizer.Form.NFD);
    assertThat(IMPORTER.read(nfd).planOrThrow()).isEqualTo(IMPORTER.read(seed("003")).planOrThrow());
  }

  @Test
  void warnings_carryTheirLine() throws IOException {
    TextImport r = IMPORTER.read(seed("003"));
    assertThat(r.getDiagnostics().stream().filter(w -> w.getCode().equals("issuer.inferred")).map(w -> w.line())
        .collect(Collectors.toList())).containsExactly(java.util.OptionalInt.of(3));
  }

  @Test
  void read_everyEntryPoint_givesTheSameImport(@TempDir Path dir) throws IOException {
    String text = seed("003");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("003.txt"), bytes);
    TextImport fromString = IMPORTER.read(text, "003.txt");
    assertThat(IMPORTER.read(bytes, "003.txt")).isEqualTo(fromString);
    assertThat(IMPORTER.read(new ByteArrayInputStream(bytes), "003.txt")).isEqualTo(fromString);
    assertThat(IMPORTER.read(new StringReader(text), "003.txt")).isEqualTo(fromString);
    assertThat(IMPORTER.read(file)).isEqualTo(fromString);
    assertThat(fromString.getSource()).contains("003.txt");
  }

  @Test
  void read_aMissingFile_throwsNoSuchFileException(@TempDir Path dir) {
    assertThatThrownBy(() -> IMPORTER.read(dir.resolve("missing.txt"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void read_pastTheByteLimit_namesTheLimit() {
    PlanTextImporter small = PlanTextImporter.withLimits(InputLimits.builder().maxBytes(1000).build());
    assertThatThrownBy(() -> small.read(seed("003"), "003.txt"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.getLimit()).isEqualTo("maxBytes");
          assertThat(e.getLocation().get().getSource()).contains("003.txt");
        });
    assertThatThrownBy(() -> small.read(seed("003").getBytes(StandardCharsets.UTF_8), null))
        .isInstanceOf(InputLimitException.class);
  }

  @Test
  void read_aLineOverTheLineLimit_namesTheLineAndTheLimit() {
    String text = "KẾ HOẠCH\n" + "a".repeat(100_001) + "\n";
    assertThatThrownBy(() -> IMPORTER.read(text, "long.txt"))
        .isInstanceOfSatisfying(InputLimitException.class, e -> {
          assertThat(e.getLimit()).isEqualTo("maxLineLength");
          assertThat(e.getLocation().get().getLine()).hasValue(2);
        });
  }

  @Test
  void read_theSeed_reportsUnclassifiedAndRecognisedByLine() throws IOException {
    TextImport r = IMPORTER.read(seed("003"), "003.txt");
    assertThat(r.getRecognized()).allSatisfy(p -> assertThat(p.fromLine()).isPresent());
    assertThat(r.getDiagnostics()).allSatisfy(d -> assertThat(d.getLocation().flatMap(l -> l.getSource()))
        .contains("003.txt"));
  }

  @Test
  void planOrThrow_onAText_thatIsNotAPlan_saysSoWithTheSource() {
    TextImport r = IMPORTER.read("The weather in Hanoi is fine today.", "news.txt");
    assertThatThrownBy(r::planOrThrow).isInstanceOf(InvalidDataException.class)
        .hasMessage("The text is not a plan (news.txt)");
  }

  /** Issue 16, defect 1: a reporting clause with a day no month has threw IllegalArgumentException. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"trước ngày 32 hằng tháng", "trước ngày 35 tháng cuối Quý II",
    "trước ngày 40 tháng 12 hằng năm", "trước ngày 31 tháng 2 hằng năm", "trước ngày 15 tháng cuối Quý 0"})
  void reportingClause_withADeadlineNoCalendarHas_isKeptAsText_withAWarning(String deadline) throws IOException {
    String text = seed("003").replace("Định kỳ trước ngày 15 tháng cuối Quý II và Quý IV của năm,", "Định kỳ " + deadline + ",");
    assertThat(text).contains(deadline);
    TextImport r = IMPORTER.read(text, "bad-deadline.txt");
    assertThat(r.getDiagnostics()).filteredOn(d -> d.getCode().equals("reporting.deadline-unread")).singleElement()
        .satisfies(d -> {
          assertThat(d.getSeverity()).isEqualTo(io.kehoach.legacy.Diagnostic.Severity.WARNING);
          assertThat(d.getMessage().vi()).contains(deadline.substring("trước ".length()));
          assertThat(d.line()).isPresent();
        });
    // The clause is not a rule (no deadline was guessed) and its words are kept as text of the plan.
    Plan p = r.planOrThrow();
    assertThat(p.getUnclassifiedTexts()).anySatisfy(u -> assertThat(u.getText()).contains(deadline));
    assertThat(r.getUnclassified()).isNotEmpty();
    assertThat(p.getReportingRules()).allSatisfy(rule -> assertThat(rule.getText().orElse("")).doesNotContain(deadline));
  }

  /** Issue 16, defect 3: a lone surrogate is not Unicode; the model refuses it, so the importer repairs it and says so. */
  @Test
  void loneSurrogates_becomeReplacementCharacters_withAWarning_inTextAndInDocuments() throws IOException {
    String text = seed("003").replace("Truyền thông về hoạt động kiểm soát", "Truyền thông về hoạt \ud800động kiểm soát");
    TextImport r = IMPORTER.read(text, "lone.txt");
    assertThat(r.planOrThrow().getSubject()).contains("hoạt \uFFFDđộng");
    assertThat(r.getDiagnostics()).filteredOn(d -> d.getCode().equals("text.lone-surrogate")).singleElement()
        .satisfies(d -> assertThat(d.line()).isPresent());

    io.kehoach.legacy.document.Document doc = io.kehoach.legacy.document.Document.of(java.util.List.of(
        io.kehoach.legacy.document.Paragraph.of("UBND TỈNH \udc00BÌNH PHƯỚC", io.kehoach.Location.atLine(1)),
        io.kehoach.legacy.document.Paragraph.of("KẾ HOẠCH \ud83d\ude00", io.kehoach.Location.atLine(2))));
    TextImport d = IMPORTER.read(doc);
    assertThat(d.getDiagnostics()).filteredOn(x -> x.getCode().equals("text.lone-surrogate")).singleElement()
        .satisfies(x -> assertThat(x.line()).hasValue(1));
  }
}
