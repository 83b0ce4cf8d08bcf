package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Audience;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Money;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import io.kehoach.plan.ReportingFrequency;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Sector;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import io.kehoach.plan.UnclassifiedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary valid plans survive both formats and the conversion between them unchanged. */
class RoundTripPropertiesTest {

  private static final PlanMapper STRICT = PlanMapper.create();
  private static final PlanMapper LENIENT = PlanMapper.builder().mode(ReadMode.LENIENT).build();

  @Property
  void json_roundTrip(@ForAll("plans") Plan plan) {
    assertThat(STRICT.read(PlanFormat.JSON, STRICT.write(PlanFormat.JSON, plan)).getPlan()).isEqualTo(plan);
  }

  @Property
  void yaml_roundTrip(@ForAll("plans") Plan plan) {
    assertThat(STRICT.read(PlanFormat.YAML, STRICT.write(PlanFormat.YAML, plan)).getPlan()).isEqualTo(plan);
  }

  @Property
  void jsonToYamlToJson_isLossless_unknownPropertiesIncluded(@ForAll("plans") Plan plan,
      @ForAll("extras") Map<String, String> extras) {
    PlanDocument doc = PlanDocument.builder().plan(plan).unknownProperties(extras).build();
    String json = LENIENT.write(PlanFormat.JSON, doc);
    String yaml = LENIENT.write(PlanFormat.YAML, LENIENT.read(PlanFormat.JSON, json));
    PlanDocument back = LENIENT.read(PlanFormat.YAML, yaml);
    assertThat(back.getPlan()).isEqualTo(plan);
    assertThat(LENIENT.write(PlanFormat.JSON, back)).isEqualTo(json);
  }

  @Property(tries = 100)
  void writtenJson_validatesAgainstTheSchema(@ForAll("plans") Plan plan) throws Exception {
    assertThat(PlanSchemaTest.validate(STRICT.write(PlanFormat.JSON, plan))).isEmpty();
  }

  // -- arbitraries ----------------------------------------------------------------------------

  private static Arbitrary<String> text() {
    Arbitrary<String> words = Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạếềểễệốồổỗộứừửữự 0123456789,.;:-/()\"'#&!?%")
        .ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> tricky = Arbitraries.of("no", "yes", "on", "off", "012", "1.10", "~", "null", "true", "- x",
        "# x", "x: y", " lead", "trail ", "", "a\nb", "line\n", "\ttab", "[x]", "{x}", "&a", "*a", "!t", "'q'",
        "\"q\"", "---", "...", "Số: 36/KH-UBND", "a".repeat(120));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, words), net.jqwik.api.Tuple.of(1, tricky));
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(8);
  }

  private static Arbitrary<LocalDate> dates() {
    return Combinators.combine(Arbitraries.integers().between(1990, 2040), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(1, 31)).as((y, m, d) -> YearMonth.of(y, m).atDay(Math.min(d, YearMonth.of(y, m).lengthOfMonth())));
  }

  private static Arbitrary<Money> money() {
    Arbitrary<Money> vnd = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000_000L).map(Money::vnd);
    Arbitrary<Money> other = Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e9"))
        .ofScale(2), Arbitraries.of("USD", "EUR", "JPY")).as(Money::of);
    return Arbitraries.oneOf(vnd, vnd, other);
  }

  private static Arbitrary<Timing> timings() {
    return Arbitraries.oneOf(Arbitraries.just(Timing.ongoing()), dates().map(Timing::on),
        dates().map(d -> Timing.month(YearMonth.from(d))),
        Combinators.combine(Arbitraries.integers().between(2000, 2030), Arbitraries.integers().between(1, 4)).as(Timing::quarter),
        Arbitraries.integers().between(2000, 2030).map(Timing::year),
        dates().map(d -> Timing.between(d, d.plusDays(30))));
  }

  private static Arbitrary<Deadline> deadlines() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 31).map(Deadline::monthly),
        Combinators.combine(Arbitraries.integers().between(1, 31), Arbitraries.integers().between(1, 4)).as((d, q) -> Deadline.quarterly(d, q)),
        Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31))
            .as((m, d) -> Deadline.yearly(m, Math.min(d, java.time.Month.of(m).maxLength()))),
        Arbitraries.of(ReportingFrequency.MONTHLY, ReportingFrequency.QUARTERLY, ReportingFrequency.SIX_MONTHLY,
            ReportingFrequency.YEARLY).map(Deadline::endOfEach),
        dates().map(Deadline::once), Arbitraries.just(Deadline.adHoc()),
        Arbitraries.integers().between(1, 28).map(d -> Deadline.builder().frequency(ReportingFrequency.QUARTERLY)
            .monthOfPeriod(1).dayOfMonth(d).inFollowingPeriod(true).build()));
  }

  private static Arbitrary<Task> tasks() {
    return Builders.withBuilder(Task::builder)
        .use(ids()).in(Task.Builder::id)
        .use(text()).in(Task.Builder::description)
        .use(Combinators.combine(ids(), Arbitraries.of(AssignmentRole.class)).as(TaskParticipant::of).list().ofMaxSize(3))
        .in(Task.Builder::participants)
        .use(timings().optional()).in((b, t) -> t.map(b::timing).orElse(b))
        .use(text().list().ofMaxSize(2)).in(Task.Builder::outputs)
        .use(ids().list().ofMaxSize(2)).in(Task.Builder::contentItemIds)
        .use(money().optional()).in((b, m) -> m.map(b::cost).orElse(b))
        .build(Task.Builder::build);
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Assignment> assignments = Builders.withBuilder(Assignment::builder)
        .use(ids()).in(Assignment.Builder::id).use(ids()).in(Assignment.Builder::bodyId)
        .use(Arbitraries.of(AssignmentRole.class)).in(Assignment.Builder::role)
        .use(tasks().list().ofMaxSize(3)).in(Assignment.Builder::tasks)
        .build(Assignment.Builder::build);
    Arbitrary<Budget> budgets = Builders.withBuilder(Budget::builder)
        .use(Arbitraries.of(io.kehoach.plan.FundingSource.class).set().ofMaxSize(3)).in(Budget.Builder::sources)
        .use(Combinators.combine(ids(), text(), money()).as(BudgetLine::of).list().ofMaxSize(3)).in(Budget.Builder::lines)
        .use(money().optional()).in((b, m) -> m.map(b::total).orElse(b))
        .use(Combinators.combine(Arbitraries.of(BudgetStage.class), ids()).as(ApprovalStep::of).list().ofMaxSize(4))
        .in(Budget.Builder::approvalChain)
        .build(Budget.Builder::build);
    Arbitrary<ReportingRule> rules = Builders.withBuilder(ReportingRule::builder)
        .use(ids()).in(ReportingRule.Builder::id).use(ids().list().ofMaxSize(2)).in(ReportingRule.Builder::reporterIds)
        .use(ids()).in(ReportingRule.Builder::recipientId)
        .use(deadlines().list().ofMaxSize(3)).in(ReportingRule.Builder::deadlines)
        .build(ReportingRule.Builder::build);
    Arbitrary<ResponsibleBody> bodies = Builders.withBuilder(ResponsibleBody::builder)
        .use(ids()).in(ResponsibleBody.Builder::id).use(text()).in(ResponsibleBody.Builder::name)
        .use(Arbitraries.of(BodyKind.class)).in(ResponsibleBody.Builder::kind)
        .use(Arbitraries.of(true, false)).in(ResponsibleBody.Builder::group)
        .use(ids().list().ofMaxSize(2)).in(ResponsibleBody.Builder::memberIds)
        .build(ResponsibleBody.Builder::build);
    Arbitrary<MediaChannel> channels = Builders.withBuilder(MediaChannel::builder)
        .use(ids()).in(MediaChannel.Builder::id)
        .use(Arbitraries.of(ChannelKind.class).set().ofMaxSize(4)).in(MediaChannel.Builder::kinds)
        .use(text().optional()).in((b, t) -> t.map(b::description).orElse(b))
        .use(Combinators.combine(text(), Arbitraries.of(ChannelKind.class)).as(Outlet::of).list().ofMaxSize(2))
        .in(MediaChannel.Builder::outlets)
        .build(MediaChannel.Builder::build);
    Arbitrary<ContentItem> contents = Builders.withBuilder(ContentItem::builder)
        .use(ids()).in(ContentItem.Builder::id).use(text()).in(ContentItem.Builder::theme)
        .use(Arbitraries.of(Audience.class).set()).in(ContentItem.Builder::audiences)
        .use(Arbitraries.of(Sector.class).set().ofMaxSize(4)).in(ContentItem.Builder::focusSectors)
        .build(ContentItem.Builder::build);
    Arbitrary<Signature> signatures = Builders.withBuilder(Signature::builder)
        .use(Combinators.combine(Arbitraries.of(SigningAuthority.class), text()).as(SigningMarker::of).list().ofMaxSize(2))
        .in(Signature.Builder::markers)
        .use(text()).in(Signature.Builder::position).use(text()).in(Signature.Builder::name)
        .build(Signature.Builder::build);
    return Builders.withBuilder(Plan::builder)
        .use(text()).in((b, t) -> b.issuer(IssuingBody.of(t)))
        .use(Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.of("KH", "QĐ", "Kh"),
            Arbitraries.of("UBND", "STP", "BCĐ", "UBND-VX")).as(DocumentNumber::of).optional())
        .in((b, n) -> n.map(b::number).orElse(b))
        .use(text().optional()).in((b, p) -> p.map(b::place).orElse(b))
        .use(dates().optional()).in((b, d) -> d.map(b::issueDate).orElse(b))
        .use(text()).in(Plan.Builder::subject)
        .use(Arbitraries.of(PlanStatus.class)).in(Plan.Builder::status)
        .use(Combinators.combine(dates(), dates()).as(Period::of).optional()).in((b, p) -> p.map(b::period).orElse(b))
        .use(Combinators.combine(ids(), text()).as(Objective::of).list().ofMaxSize(3)).in(Plan.Builder::objectives)
        .use(contents.list().ofMaxSize(3)).in(Plan.Builder::contentItems)
        .use(channels.list().ofMaxSize(2)).in(Plan.Builder::channels)
        .use(bodies.list().ofMaxSize(3)).in(Plan.Builder::bodies)
        .use(assignments.list().ofMaxSize(3)).in(Plan.Builder::assignments)
        .use(budgets.optional()).in((b, x) -> x.map(b::budget).orElse(b))
        .use(rules.list().ofMaxSize(2)).in(Plan.Builder::reportingRules)
        .use(text().optional()).in((b, t) -> t.map(b::closingText).orElse(b))
        .use(Combinators.combine(text(), Arbitraries.of(RecipientPurpose.class)).as(Recipient::of).list().ofMaxSize(3))
        .in(Plan.Builder::recipients)
        .use(signatures.optional()).in((b, s) -> s.map(b::signature).orElse(b))
        .use(Combinators.combine(Arbitraries.of(PlanSection.class), text()).as(UnclassifiedText::of).list().ofMaxSize(2))
        .in(Plan.Builder::unclassifiedTexts)
        .build(Plan.Builder::build);
  }

  @Provide
  Arbitrary<Map<String, String>> extras() {
    Arbitrary<String> values = Arbitraries.of("1", "-2.50", "true", "false", "null", "\"no\"", "\"012\"", "\"Số liệu\"",
        "[1,\"a\",null]", "{\"k\":{\"n\":[true]}}", "\"a\\nb\"", "\"\"");
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).map(n -> "x-" + n);
    return Combinators.combine(names, values, names, values).as((n1, v1, n2, v2) -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("/" + n1, v1);
      m.put("/issuer/" + n2, v2);
      return m;
    });
  }
}
