package io.kehoach.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.BodyKind;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.validation.SharedPlans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The differential test of {@link ConstraintWalk}: on every plan, the walk and Hibernate Validator
 * (the reference, {@link HibernateConstraints}) report equal multisets of (rule code, JSON Pointer,
 * rejected value).
 */
class ConstraintWalkTest {

  record Violation(String code, String pointer, @Nullable String rejected) {
    @Override
    public String toString() {
      return code + " " + pointer + " " + (rejected == null ? "-" : "'" + rejected + "'");
    }
  }

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::pointer)
      .thenComparing(Violation::code).thenComparing(v -> String.valueOf(v.rejected()));

  static List<Violation> walk(Plan plan) {
    List<Violation> out = new ArrayList<>();
    ConstraintWalk.shared().walk(plan, (code, pointer, invalid) ->
        out.add(new Violation(code, pointer, Engine.rejected(invalid))));
    out.sort(ORDER);
    return out;
  }

  static List<Violation> hibernate(Plan plan) {
    List<Violation> out = new ArrayList<>();
    HibernateConstraints.walk(plan, (code, pointer, invalid) ->
        out.add(new Violation(code, pointer, Engine.rejected(invalid))));
    out.sort(ORDER);
    return out;
  }

  private static List<Violation> assertSame(Plan plan, String name) {
    List<Violation> expected = hibernate(plan);
    List<Violation> actual = walk(plan);
    assertThat(actual).as("the walk against Hibernate Validator on %s", name).isEqualTo(expected);
    return expected;
  }

  /** A pointer with its list indexes as {@code *}, and the code: {@code "/objectives/ * /statement value.required"}. */
  private static String location(Violation v) {
    return v.pointer().replaceAll("/[0-9]+(?=/|$)", "/*") + " " + v.code();
  }

  @Test
  void testPlans_sameViolations() {
    assertThat(assertSame(SharedPlans.valid(), "the valid plan")).isEmpty();
    assertThat(assertSame(SharedPlans.validBuilder()
        .addBody(ResponsibleBody.of("so noi vu", "Sở Nội vụ", BodyKind.DEPARTMENT))
        .subject("Kế hoạch\u0000")
        .signature(Signature.of("CHỦ TỊCH", "Trần Văn Tо"))
        .build(), "the plain Bean Validation plan")).hasSize(3);
    assertThat(assertSame(SharedPlans.validBuilder().subject(" ").number(DocumentNumber.parse("5/Kh-UBND")).build(),
        "a blank subject")).hasSize(1);
    Plan.Builder b = SharedPlans.validBuilder();
    for (int i = 0; i < 12; i++) {
      b.addObjective(Objective.of("o" + i, i == 2 || i == 10 ? " " : "x"));
    }
    assertThat(assertSame(b.build(), "twelve objectives")).extracting(Violation::pointer)
        .containsExactly("/objectives/11/statement", "/objectives/3/statement");
  }

  @Test
  void randomPlans_sameViolations() {
    TreeMap<String, Integer> seen = new TreeMap<>();
    int plans = 0;
    int violations = 0;
    for (long seed = 0; seed < 3000; seed++) {
      double bad = seed % 3 == 0 ? 0.5 : 0.12;
      Plan plan = new RandomPlans(seed, bad).plan();
      List<Violation> found = assertSame(plan, "random plan " + seed + " (bad " + bad + ")");
      plans++;
      violations += found.size();
      for (Violation v : found) {
        seen.merge(v.code(), 1, Integer::sum);
      }
    }
    assertThat(plans).isEqualTo(3000);
    assertThat(violations).isGreaterThan(10_000);
    // The generator breaks every kind of constraint.
    assertThat(seen.keySet()).containsExactlyInAnyOrder("id.format", "money.whole-vnd", "period.reversed",
        "text.control-characters", "text.mixed-scripts", "value.required", "value.too-long");
    // ... and nearly every constraint of the model, at every level.
    Set<String> locations = new TreeSet<>();
    for (long seed = 0; seed < 3000; seed += 3) {
      hibernate(new RandomPlans(seed, 0.5).plan()).forEach(v -> locations.add(location(v)));
    }
    Set<String> missed = new TreeSet<>(ConstraintWalk.shared().locations());
    missed.removeAll(locations);
    assertThat(missed).as("constraints the random plans never broke").hasSizeLessThan(
        ConstraintWalk.shared().locations().size() / 10);
  }

  @Test
  void everyConstraintBrokenAtOnce_sameViolations() {
    Set<String> locations = new TreeSet<>();
    for (RandomPlans.Worst worst : RandomPlans.Worst.values()) {
      Plan plan = new RandomPlans(worst).plan();
      List<Violation> found = assertSame(plan, "the worst plan " + worst);
      found.forEach(v -> locations.add(location(v)));
    }
    // Between them, the two plans break every constraint the walk checks.
    assertThat(locations).containsAll(ConstraintWalk.shared().locations());
    assertThat(ConstraintWalk.shared().locations()).containsAll(locations);
  }
}
