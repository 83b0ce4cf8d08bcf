package io.kehoach.legacy.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.testing.Seeds;
import io.kehoach.legacy.internal.BodyNames;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Plans written as tables and read back: seed 003 (a real plan) and generated plans. */
class AnnexRoundTripTest {

  private static Plan seed003() throws IOException {
    return PlanTextImporter.create().read(Seeds.text("003"), "003.txt").planOrThrow();
  }

  @Test
  void seed003_survivesAsFarAsTheTableCarries_andTheLossReportListsTheRest() throws IOException {
    Plan seed = seed003();
    for (AnnexTableWriter writer : List.of(AnnexTableWriter.create(),
        AnnexTableWriter.builder().separator(';').englishHeaders(true).build())) {
      byte[] bytes = writer.writeBytes(seed);
      AnnexTableImport table = AnnexTableReader.create().read(bytes, "003.csv");
      assertThat(table.getDiagnostics()).isEmpty();

      // Into a plan without assignments or bodies: what the table carries comes back equal.
      Plan back = table.applyTo(seed.withAssignments().withBodies());
      List<Assignment> expected = new ArrayList<>();
      Set<String> referenced = new LinkedHashSet<>();
      int n = 0;
      for (Assignment a : seed.getAssignments()) {
        List<Task> tasks = new ArrayList<>();
        referenced.add(a.getBodyId());
        for (Task t : a.getTasks()) {
          List<TaskParticipant> carried = t.getParticipants().stream().filter(p -> p.getRole() == AssignmentRole.COORDINATE)
              .collect(Collectors.toList());
          carried.forEach(p -> referenced.add(p.getBodyId()));
          tasks.add(Task.builder().from(t).id("phu-luc-1-" + (++n)).participants(carried).build());
        }
        expected.add(Assignment.builder().from(a).id("phu-luc-1-" + a.getBodyId()).tasks(tasks).build());
      }
      assertThat(back.getAssignments()).isEqualTo(expected);
      assertThat(back.getBodies()).containsExactlyInAnyOrderElementsOf(
          seed.getBodies().stream().filter(b -> referenced.contains(b.getId())).collect(Collectors.toList()));
      assertThat(back.withAssignments().withBodies()).isEqualTo(seed.withAssignments().withBodies());

      // Into the plan's own bodies: they are matched, none is added.
      Plan into = table.applyTo(seed.withAssignments());
      assertThat(into.getBodies()).isEqualTo(seed.getBodies());
      assertThat(into.getAssignments()).isEqualTo(expected);
    }

    // The rest is reported: ids, the monitor roles, the bodies no task names, the other parts.
    List<String> losses = AnnexTableWriter.create().describeLosses(seed).stream()
        .map(l -> l.getCode() + " " + l.getPointer()).collect(Collectors.toList());
    List<String> expectedLosses = new ArrayList<>(List.of("plan.other-parts ",
        "task.monitor /assignments/1/tasks/0/participants", "task.monitor /assignments/1/tasks/1/participants"));
    int n = 0;
    for (int a = 0; a < seed.getAssignments().size(); a++) {
      expectedLosses.add("assignment.id /assignments/" + a + "/id");
      for (int t = 0; t < seed.getAssignments().get(a).getTasks().size(); t++) {
        expectedLosses.add("task.id /assignments/" + a + "/tasks/" + t + "/id");
        n++;
      }
    }
    for (int b = 0; b < seed.getBodies().size(); b++) {
      String id = seed.getBodies().get(b).getId();
      if (id.equals("ubnd-tinh") || id.equals("so-tai-chinh") || id.equals("cac-co-quan-don-vi")) {
        expectedLosses.add("body.unreferenced /bodies/" + b);
      }
    }
    assertThat(n).isEqualTo(6);
    assertThat(losses).containsExactlyInAnyOrderElementsOf(expectedLosses);
  }

  // == property ===================================================================================

  private static final List<String> NAMES = List.of("Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh",
      "Báo Bình Phước", "Đài Phát thanh và Truyền hình Bình Phước", "UBND các huyện, thị xã", "Các sở, ban, ngành",
      "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn", "Mặt trận Tổ quốc Việt Nam tỉnh");
  private static final Map<String, ResponsibleBody> BODIES = new LinkedHashMap<>();

  static {
    for (String name : NAMES) {
      ResponsibleBody b = BodyNames.parse(name).orElseThrow();
      BODIES.put(b.getId(), b);
    }
  }

  private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
      + "ùúủũụừứửữựỳýỷỹỵAĂÂĐÊÔƠƯÀÁẢÃẠẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢ0123456789";

  @Provide
  Arbitrary<String> descriptions() {
    Arbitrary<String> body = Arbitraries.strings().withChars(LETTERS + "      ,;\"'\n\t\r=+-@.()/:").ofMinLength(1).ofMaxLength(80);
    Arbitrary<String> start = Arbitraries.of("", "", "=", "-", "+", "@", "'", "\"", ",", ";", "\t", "\r", " ", "\n", "=cmd|' /C calc'!A0");
    return Combinators.combine(start, body).as(String::concat).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<String> outputs() {
    return Arbitraries.strings().withChars(LETTERS + " ,;\"'=@.").ofMinLength(1).ofMaxLength(30)
        .map(String::strip).filter(s -> s.length() > 1 && (Character.isLetterOrDigit(s.charAt(0)) || "=@\"'".indexOf(s.charAt(0)) >= 0));
  }

  @Provide
  Arbitrary<Timing> timings() {
    Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2017, 1, 1).plusDays(d));
    return Arbitraries.oneOf(Arbitraries.just(Timing.ongoing()), day.map(Timing::on),
        day.map(d -> Timing.month(YearMonth.from(d))), day.map(d -> Timing.quarter(d.getYear(), (d.getMonthValue() + 2) / 3)),
        day.map(d -> Timing.year(d.getYear())),
        Combinators.combine(day, Arbitraries.integers().between(0, 400)).as((d, k) -> Timing.between(d, d.plusDays(k))));
  }

  @Provide
  Arbitrary<Task> tasks() {
    Arbitrary<List<String>> coordinators = Arbitraries.of(new ArrayList<>(BODIES.keySet())).list().ofMaxSize(3).uniqueElements();
    Arbitrary<Money> costs = Arbitraries.longs().between(-1_000_000L, 5_000_000_000L).map(Money::vnd);
    return Combinators.combine(descriptions(), coordinators, timings().optional(0.8), outputs().list().ofMaxSize(3),
        costs.optional(0.7)).as((d, c, t, o, m) -> {
          Task.Builder b = Task.builder().id("x").description(d).outputs(o);
          c.forEach(id -> b.addParticipant(TaskParticipant.coordinate(id)));
          t.ifPresent(b::timing);
          m.ifPresent(b::cost);
          return b.build();
        });
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Assignment> assignment = Combinators.combine(Arbitraries.of(new ArrayList<>(BODIES.keySet())),
        tasks().list().ofMinSize(1).ofMaxSize(4)).as((body, ts) -> Assignment.builder().id("a").bodyId(body).tasks(ts).build());
    return assignment.list().ofMinSize(1).ofMaxSize(5).map(list -> {
      List<Assignment> numbered = new ArrayList<>();
      int n = 0;
      for (int i = 0; i < list.size(); i++) {
        List<Task> ts = new ArrayList<>();
        for (Task t : list.get(i).getTasks()) {
          ts.add(t.withId("nhiem-vu-" + (++n)));
        }
        numbered.add(list.get(i).withId("thuc-hien-" + (i + 1)).withTasks(ts));
      }
      return Plan.builder().issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC")).subject("Kế hoạch")
          .bodies(BODIES.values()).assignments(numbered).build();
    });
  }

  @Property(tries = 150)
  void generatedPlans_tasksSurviveWriteThenRead(@ForAll("plans") Plan plan, @ForAll boolean semicolon) {
    AnnexTableWriter writer = AnnexTableWriter.builder().separator(semicolon ? ';' : ',').build();
    AnnexTableImport table = AnnexTableReader.create().read(writer.writeBytes(plan));
    assertThat(table.getDiagnostics()).isEmpty();
    Plan back = table.applyTo(plan.withAssignments());
    List<Task> before = plan.tasks().collect(Collectors.toList());
    List<Task> after = back.tasks().collect(Collectors.toList());
    assertThat(after).hasSize(before.size());
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).withId(before.get(i).getId())).isEqualTo(before.get(i));
    }
    List<String> leadsBefore = new ArrayList<>();
    plan.getAssignments().forEach(a -> a.getTasks().forEach(t -> leadsBefore.add(a.getBodyId())));
    List<String> leadsAfter = new ArrayList<>();
    back.getAssignments().forEach(a -> a.getTasks().forEach(t -> leadsAfter.add(a.getBodyId())));
    assertThat(leadsAfter).isEqualTo(leadsBefore);
    assertThat(back.getBodies()).isEqualTo(plan.getBodies());
    assertThat(writer.describeLosses(plan)).extracting(TableLoss::getCode)
        .allMatch(c -> Set.of("plan.other-parts", "task.id", "assignment.id", "assignment.merged", "body.unreferenced").contains(c));
  }
}
