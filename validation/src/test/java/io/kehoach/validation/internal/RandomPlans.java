package io.kehoach.validation.internal;

import io.kehoach.plan.AdministrativeProcedure;
import io.kehoach.plan.AdministrativeUnit;
import io.kehoach.plan.Annex;
import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Limits;
import io.kehoach.plan.MeasurableTarget;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Money;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.ProcedureCode;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.UnclassifiedText;
import io.kehoach.plan.UnitLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Plans with random violations of every constraint of the model at every level: blank, over-long
 * and almost over-long text, control characters, bidirectional overrides, mixed scripts, bad ids,
 * fractional and foreign amounts, reversed periods, in plain properties, in list elements and in
 * optionals, in beans nested in lists and optionals; now and then the same instance twice. With
 * {@code bad = 1.0} every value is a wrong one.
 */
final class RandomPlans {
  private final Random random;
  private final double bad;

  /** Every text, id and amount replaced by a wrong one; every list and optional filled. */
  enum Worst {
    /** Over-long text with a control character and two scripts; ids with a space; foreign fractional amounts. */
    LONG,
    /** Blank text and empty ids. */
    BLANK
  }

  private final Worst worst;

  RandomPlans(long seed, double bad) {
    this.random = new Random(seed);
    this.bad = bad;
    this.worst = null;
  }

  RandomPlans(Worst worst) {
    this.random = new Random(0);
    this.bad = 1.0;
    this.worst = worst;
  }

  private static final String[] GOOD_TEXT = {"Sở Tư pháp", "Nâng cao chỉ số cải cách hành chính", "Báo Bình Phước",
      "x", "Nguyễn Văn Trâm", "Sở Tư pháp – “Dân hỏi”", "100 %", "\u00A0x", "Москва", "中文"};

  private static final String[] BAD_TEXT = {"", " ", "  ", "\t", "\n", "\u2003", "\u3000", "\u00A0", "\u001F",
      "\u0000", "a\u0000b", "a\nb", "a\tb", "a\rb", "a\u0085b", "a\u202Eb", "ab\u2067", "\uFFFD", "Sở Tư phάp",
      "Nguyễn Văn Trâm\u043E", "Tiếng Việt 中文", "😀", "a\u0301", "Trần Văn Tо", "\u001C", " \u000B ",
      "\u200B", "\uFEFF", "x\u2028y", "\u0085", "a/b~c"};

  private static final String[] GOOD_IDS = {"so-tu-phap", "nv-1", "x.y_z:1-2", "a", "A9"};

  private static final String[] BAD_IDS = {"", " ", "a b", "-x", "sở", "a/b", "x\u0000", ".a", "😀", "a~b"};

  private boolean bad() {
    return random.nextDouble() < bad;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private int count() {
    if (worst != null) {
      return 2;
    }
    int r = random.nextInt(10);
    return r < 3 ? 0 : r < 7 ? 1 : r < 9 ? 2 : 3;
  }

  /** Text for a property whose limit is {@code limit} characters (0: no limit). */
  String text(int limit) {
    if (worst == Worst.BLANK) {
      return " ";
    } else if (worst == Worst.LONG) {
      return "Đ".repeat(limit > 0 ? limit : 10) + "\u0000Москва";
    }
    if (!bad()) {
      return pick(GOOD_TEXT);
    }
    int r = random.nextInt(10);
    if (r < 2) {
      int max = limit > 0 && limit <= Limits.PARAGRAPH ? limit : pick(new Integer[] {Limits.NAME, Limits.LINE});
      int n = max + (random.nextBoolean() ? 1 : random.nextInt(3) - 1);
      String unit = random.nextBoolean() ? "x" : "Đ";
      String s = unit.repeat(n);
      // The bad text's first character, whole: half of a surrogate pair is not text the model holds.
      String c = pick(BAD_TEXT).concat(" ");
      return random.nextInt(4) == 0 ? s.substring(0, n - 1) + c.substring(0, Character.charCount(c.codePointAt(0))) : s;
    }
    if (r == 2 && limit == Limits.TEXT && random.nextInt(20) == 0) {
      return "y".repeat(Limits.TEXT + random.nextInt(2));
    }
    String s = pick(BAD_TEXT);
    return random.nextBoolean() ? s : pick(GOOD_TEXT) + s + pick(GOOD_TEXT);
  }

  String id() {
    if (worst != null) {
      return worst == Worst.BLANK ? "" : "a b";
    }
    if (!bad()) {
      return pick(GOOD_IDS);
    }
    int r = random.nextInt(6);
    return r == 0 ? "a".repeat(100 + random.nextInt(2)) : pick(BAD_IDS);
  }

  Money money() {
    if (worst != null) {
      return Money.of(new BigDecimal("0.5"), "USD");
    }
    if (!bad()) {
      return Money.vnd(random.nextInt(1_000_000_000));
    }
    switch (random.nextInt(5)) {
      case 0:
        return Money.of(new BigDecimal("10.5"), "VND");
      case 1:
        return Money.of(BigDecimal.ONE, "USD");
      case 2:
        return Money.vnd(-random.nextInt(1000));
      case 3:
        return Money.of(new BigDecimal("100.00"), "VND");
      default:
        return Money.of(new BigDecimal("0.001"), "EUR");
    }
  }

  Period period() {
    LocalDate a = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(1000));
    LocalDate b = a.plusDays(random.nextInt(800));
    if (worst != null) {
      return Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1));
    }
    return bad() && !a.equals(b) ? Period.of(b, a) : Period.of(a, b);
  }

  <T> Optional<T> optional(Supplier<T> s) {
    return worst == null && random.nextInt(3) == 0 ? Optional.empty() : Optional.of(s.get());
  }

  /** {@code n} values, now and then the same instance twice. */
  <T> List<T> list(Supplier<T> s) {
    List<T> out = new ArrayList<>();
    for (int i = 0, n = count(); i < n; i++) {
      out.add(!out.isEmpty() && (worst != null || random.nextInt(8) == 0) ? out.get(random.nextInt(out.size())) : s.get());
    }
    return out;
  }

  Plan plan() {
    Plan.Builder p = Plan.builder()
        .issuer(IssuingBody.builder().name(text(Limits.NAME)).superiorBody(optional(() -> text(Limits.NAME)))
            .bodyId(optional(this::id)).build())
        .subject(text(Limits.LINE))
        .place(optional(() -> text(Limits.NAME)))
        .legalBases(list(this::reference))
        .period(optional(this::period))
        .territory(optional(() -> AdministrativeUnit.of(text(0), UnitLevel.PROVINCE)))
        .issuingDecision(optional(this::reference))
        .objectives(list(() -> Objective.builder().id(id()).statement(text(Limits.PARAGRAPH))
            .targets(list(this::target)).build()))
        .requirements(list(() -> Requirement.builder().id(id()).statement(text(Limits.PARAGRAPH))
            .targets(list(this::target)).build()))
        .contentItems(list(() -> ContentItem.builder().id(id()).theme(text(Limits.PARAGRAPH))
            .procedureFields(list(() -> text(0))).build()))
        .channels(list(() -> MediaChannel.builder().id(id()).addKind(ChannelKind.PRINT_PRESS)
            .description(optional(() -> text(Limits.PARAGRAPH)))
            .outlets(list(() -> Outlet.builder().name(text(Limits.NAME)).bodyId(optional(this::id)).build()))
            .build()))
        .bodies(list(() -> ResponsibleBody.builder().id(id()).name(text(Limits.NAME)).kind(BodyKind.DEPARTMENT)
            .abbreviation(optional(() -> text(0))).memberIds(list(this::id)).headTitle(optional(() -> text(0)))
            .build()))
        .assignments(list(() -> Assignment.builder().id(id()).bodyId(id())
            .text(optional(() -> text(Limits.TEXT))).tasks(list(this::task)).build()))
        .budget(optional(() -> Budget.builder()
            .lines(list(() -> BudgetLine.builder().id(id()).description(text(0)).amount(money())
                .taskIds(list(this::id)).build()))
            .total(optional(this::money))
            .approvalChain(list(() -> ApprovalStep.of(BudgetStage.ESTIMATE, id())))
            .text(optional(() -> text(Limits.TEXT)))
            .build()))
        .reportingRules(list(() -> ReportingRule.builder().id(id()).reporterIds(list(this::id)).recipientId(id())
            .intermediaryId(optional(this::id)).text(optional(() -> text(Limits.PARAGRAPH))).build()))
        .procedures(list(() -> AdministrativeProcedure.builder().code(ProcedureCode.parse("1.001612"))
            .name(text(0)).field(optional(() -> text(0))).build()))
        .closingText(optional(() -> text(Limits.PARAGRAPH)))
        .recipients(list(() -> Recipient.builder().name(text(Limits.LINE)).bodyId(optional(this::id)).build()))
        .signature(optional(() -> Signature.builder()
            .markers(list(() -> SigningMarker.of(SigningAuthority.TM, text(0))))
            .position(text(Limits.NAME)).name(text(Limits.NAME)).build()))
        .annexes(list(() -> Annex.builder().id(id()).label(optional(() -> text(0))).title(text(0))
            .text(optional(() -> text(Limits.TEXT))).taskIds(list(this::id)).build()))
        .unclassifiedTexts(list(() -> UnclassifiedText.of(PlanSection.HEADER, text(Limits.TEXT))));
    return p.build();
  }

  private DocumentReference reference() {
    return DocumentReference.of(text(Limits.LINE));
  }

  private MeasurableTarget target() {
    return MeasurableTarget.builder().indicator(text(0)).unit(optional(() -> text(0))).build();
  }

  private Task task() {
    return Task.builder().id(id()).description(text(Limits.PARAGRAPH))
        .participants(list(() -> TaskParticipant.coordinate(id())))
        .outputs(list(() -> text(0)))
        .contentItemIds(list(this::id))
        .channelIds(list(this::id))
        .cost(optional(this::money))
        .build();
  }
}
