package io.kehoach.benchmarks;

import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.plan.Assignment;
import io.kehoach.validation.PlanValidator;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Period;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The plans the benchmarks measure, generated deterministically (same seed, same bytes) in three sizes:
 * {@link Size#SMALL} (about 2 KB), {@link Size#TYPICAL} (about 20 KB, 100 tasks) and {@link Size#LARGE}
 * (about 1 MB, 5,000 tasks). Each is a valid issued plan of a provincial committee, with tasks spread
 * over assignments of ten tasks, leads and coordinating bodies, timings of every kind and outputs; the
 * text of the tasks is drawn from the phrases of real plans.
 */
public final class PlanCorpus {

  /** The three sizes of the issue. */
  public enum Size {
    SMALL(4), TYPICAL(100), LARGE(5_000);

    private final int tasks;

    Size(int tasks) {
      this.tasks = tasks;
    }

    /** The number of tasks of a plan of this size. */
    public int tasks() {
      return tasks;
    }
  }

  private static final String[] VERBS = {"Tổ chức", "Triển khai", "Xây dựng", "Tuyên truyền", "Phối hợp thực hiện",
      "Cập nhật", "Rà soát", "Theo dõi, đôn đốc", "Biên soạn", "Hướng dẫn"};
  private static final String[] OBJECTS = {"hội nghị tập huấn về kiểm soát thủ tục hành chính",
      "chuyên mục cải cách hành chính trên Cổng thông tin điện tử", "tờ rơi, pa nô, áp phích về dịch vụ công trực tuyến",
      "cuộc thi tìm hiểu về cải cách hành chính", "bộ thủ tục hành chính tại Bộ phận Một cửa",
      "tin, bài về gương điển hình trong cải cách hành chính", "khảo sát mức độ hài lòng của người dân",
      "kế hoạch truyền thông tại địa phương", "tài liệu hỏi đáp về thủ tục hành chính",
      "phóng sự về chuyển đổi số trong giải quyết thủ tục hành chính"};
  private static final String[] AUDIENCES = {"cho cán bộ, công chức, viên chức", "đến người dân và doanh nghiệp",
      "tại các xã, phường", "trên địa bàn tỉnh", "trong các cơ quan, đơn vị"};
  private static final String[] OUTPUTS = {"Báo cáo kết quả", "Tài liệu tuyên truyền", "Chuyên mục trên Cổng thông tin",
      "Kế hoạch chi tiết", "Danh sách thủ tục hành chính"};
  private static final String[][] BODIES = {
      {"so-tu-phap", "Sở Tư pháp"}, {"so-noi-vu", "Sở Nội vụ"}, {"so-tai-chinh", "Sở Tài chính"},
      {"so-van-hoa", "Sở Văn hóa, Thể thao và Du lịch"}, {"so-khoa-hoc", "Sở Khoa học và Công nghệ"},
      {"so-giao-duc", "Sở Giáo dục và Đào tạo"}, {"so-y-te", "Sở Y tế"}, {"so-xay-dung", "Sở Xây dựng"},
      {"so-cong-thuong", "Sở Công Thương"}, {"so-nong-nghiep", "Sở Nông nghiệp và Môi trường"},
      {"cong-an-tinh", "Công an tỉnh"}, {"van-phong-ubnd", "Văn phòng UBND tỉnh"}};

  private PlanCorpus() {}

  /** The plan of {@code size}; the same plan on every call. */
  public static Plan plan(Size size) {
    SplittableRandom random = new SplittableRandom(20_170_216L + size.ordinal());
    Plan.Builder plan = Plan.builder()
        .issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"))
        .number(DocumentNumber.of(125, "KH", "UBND"))
        .placeAndDate(PlaceAndDate.of("Đồng Nai", LocalDate.of(2025, 12, 15)))
        .subject("Truyền thông cải cách hành chính và kiểm soát thủ tục hành chính năm 2026")
        .period(Period.ofYear(2026))
        .status(PlanStatus.ISSUED)
        .addObjective(Objective.of("muc-dich-1", "Nâng cao nhận thức của cán bộ, công chức, người dân và doanh "
            + "nghiệp về cải cách hành chính"))
        .addBody(ResponsibleBody.builder().id("ubnd-tinh").name("Ủy ban nhân dân tỉnh Đồng Nai")
            .kind(BodyKind.PROVINCIAL_COMMITTEE).build());
    int bodies = size == Size.SMALL ? 4 : BODIES.length;
    for (int b = 0; b < bodies; b++) {
      plan.addBody(ResponsibleBody.of(BODIES[b][0], BODIES[b][1], BodyKind.DEPARTMENT));
    }
    int assignments = (size.tasks() + 9) / 10;
    for (int a = 1; a <= assignments; a++) {
      String lead = BODIES[(a - 1) % bodies][0];
      Assignment.Builder assignment = Assignment.builder().id("thuc-hien-" + a).bodyId(lead);
      for (int t = 1; t <= 10 && (a - 1) * 10 + t <= size.tasks(); t++) {
        Task.Builder task = Task.builder().id("nv-" + a + "-" + t)
            .description(pick(random, VERBS) + " " + pick(random, OBJECTS)
                + (random.nextInt(3) == 0 ? " " + pick(random, AUDIENCES) : ""));
        if (random.nextBoolean()) {
          task.timing(timing(random));
        }
        String other = BODIES[random.nextInt(bodies)][0];
        if (!other.equals(lead)) {
          task.addParticipant(TaskParticipant.coordinate(other));
        }
        if (random.nextInt(3) == 0) {
          task.addOutput(pick(random, OUTPUTS));
        }
        assignment.addTask(task.build());
      }
      plan.addAssignment(assignment.build());
    }
    return plan
        .addReportingRule(ReportingRule.builder().id("bao-cao-1").addReporterId("so-noi-vu").recipientId("ubnd-tinh")
            .addDeadline(Deadline.quarterly(15, 2, 4)).build())
        .addRecipient(Recipient.of("Văn phòng Chính phủ"))
        .addRecipient(Recipient.archive("VT, NC"))
        .signature(Signature.builder().addMarker(SigningMarker.parse("TM. ỦY BAN NHÂN DÂN"))
            .position("CHỦ TỊCH").name("Nguyễn Văn A").build())
        .build();
  }

  private static Timing timing(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return Timing.ongoing();
      case 1:
        return Timing.quarter(2026, 1 + random.nextInt(4));
      case 2:
        return Timing.month(YearMonth.of(2026, 1 + random.nextInt(12)));
      default:
        return Timing.on(LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** The plan of {@code size} in the format, as UTF-8 bytes; JSON compact, as services exchange it. */
  public static byte[] bytes(Size size, PlanFormat format) {
    return PlanMapper.builder().prettyJson(false).build().write(format, plan(size)).getBytes(StandardCharsets.UTF_8);
  }

  /** The plan of {@code size} as the official text. */
  public static String text(Size size) {
    return PlanTextRenderer.create().render(plan(size));
  }

  /** Prints the sizes of the corpus. */
  public static void main(String[] args) {
    PlanValidator validator = PlanValidator.create();
    for (Size size : Size.values()) {
      System.out.print(validator.validate(plan(size)).format(Locale.ENGLISH));
      System.out.printf(Locale.ROOT, "%-8s tasks %5d  json %8d B  yaml %8d B  text %8d B%n", size, size.tasks(),
          bytes(size, PlanFormat.JSON).length, bytes(size, PlanFormat.YAML).length,
          text(size).getBytes(StandardCharsets.UTF_8).length);
    }
  }
}
