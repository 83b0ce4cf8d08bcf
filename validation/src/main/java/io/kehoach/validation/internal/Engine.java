package io.kehoach.validation.internal;

import io.kehoach.plan.Money;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.OrderedPeriod;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.SingleScript;
import io.kehoach.plan.constraints.WholeVnd;
import io.kehoach.validation.Finding;
import io.kehoach.validation.RuleCatalogue;
import io.kehoach.validation.Severity;
import io.kehoach.validation.ValidationProfile;
import io.kehoach.validation.ValidationReport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs the Bean Validation constraints and the domain rules; one shared instance per JVM. Thread-safe.
 *
 * <p>The constraints are checked by {@link ConstraintWalk}, built once from the model's annotations;
 * Hibernate Validator is not bootstrapped. {@link #reference()} runs them through Hibernate Validator
 * instead: the reference the walk is tested against, and what an application that validates the
 * model with its own Bean Validation provider sees.
 */
public final class Engine {
  private static final int VALUE_LIMIT = 200;

  private final boolean hibernate;

  private Engine(boolean hibernate) {
    this.hibernate = hibernate;
  }

  private static final class Holder {
    static final Engine INSTANCE = new Engine(false);
  }

  private static final class ReferenceHolder {
    static final Engine INSTANCE = new Engine(true);
  }

  /** The engine of this JVM, built on first use: the constraint walk and the domain rules. */
  public static Engine shared() {
    return Holder.INSTANCE;
  }

  /** The reference engine: constraints checked by Hibernate Validator (bootstrapped on first use), then the domain rules. */
  static Engine reference() {
    return ReferenceHolder.INSTANCE;
  }

  /** Reports the Bean Validation violations of {@code plan} to {@code sink}, by the walk or by the reference. */
  void constraints(Plan plan, ConstraintWalk.Sink sink) {
    if (hibernate) {
      HibernateConstraints.walk(plan, sink);
    } else {
      ConstraintWalk.shared().walk(plan, sink);
    }
  }

  /** Validates {@code plan} (and the change from {@code before}, when given). */
  public ValidationReport validate(Plan plan, @Nullable Plan before, ValidationProfile profile,
      Map<String, Optional<Severity>> overrides) {
    Findings findings = new Findings(profile, overrides);
    constraints(plan, findings);
    new DomainRules(plan, profile, findings).run();
    if (before != null && before.getStatus() != plan.getStatus()
        && !before.getStatus().canTransitionTo(plan.getStatus())) {
      findings.add(RuleCatalogue.STATUS_TRANSITION, "/status",
          before.getStatus().getCode() + " → " + plan.getStatus().getCode());
    }
    return ValidationReport.builder().profile(profile).findings(findings.sorted()).build();
  }

  /** The rule code of a constraint annotation of the model. */
  static String code(Class<? extends Annotation> t) {
    if (t == Identifier.class) {
      return RuleCatalogue.ID_FORMAT;
    } else if (t == PlainText.class) {
      return RuleCatalogue.TEXT_CONTROL_CHARACTERS;
    } else if (t == SingleScript.class) {
      return RuleCatalogue.TEXT_MIXED_SCRIPTS;
    } else if (t == WholeVnd.class) {
      return RuleCatalogue.MONEY_WHOLE_VND;
    } else if (t == OrderedPeriod.class) {
      return RuleCatalogue.PERIOD_REVERSED;
    } else if (t == NotBlank.class || t == NotNull.class) {
      return RuleCatalogue.VALUE_REQUIRED;
    } else if (t == Size.class) {
      return RuleCatalogue.VALUE_TOO_LONG;
    }
    throw new IllegalStateException("a constraint of the model has no rule code: " + t.getName());
  }

  /** A value safe to show: text cut to 200 characters with control characters escaped; amounts and periods as text. */
  static @Nullable String rejected(@Nullable Object value) {
    if (value instanceof CharSequence || value instanceof Money || value instanceof Period) {
      return safe(value.toString());
    }
    return null;
  }

  static String safe(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), VALUE_LIMIT) + 8);
    int n = Math.min(s.length(), VALUE_LIMIT);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        b.append(String.format(Locale.ROOT, "U+%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > VALUE_LIMIT) {
      b.append('…');
    }
    return b.toString();
  }

  /** Collects findings, applying the profile's severities and the caller's overrides. */
  static final class Findings implements ConstraintWalk.Sink {
    private final ValidationProfile profile;
    private final Map<String, Optional<Severity>> overrides;
    private final List<Finding> list = new ArrayList<>();

    Findings(ValidationProfile profile, Map<String, Optional<Severity>> overrides) {
      this.profile = profile;
      this.overrides = overrides;
    }

    /** Whether rule {@code code} applies under the profile and overrides. */
    boolean applies(String code) {
      return severity(code).isPresent();
    }

    private Optional<Severity> severity(String code) {
      Optional<Severity> o = overrides.get(code);
      if (o != null) {
        return o;
      }
      return RuleCatalogue.rule(code).orElseThrow().severity(profile);
    }

    @Override
    public void violation(String code, String pointer, @Nullable Object invalid) {
      add(code, pointer, rejected(invalid));
    }

    void add(String code, String pointer, @Nullable String rejected) {
      Optional<Severity> severity = severity(code);
      if (severity.isEmpty()) {
        return;
      }
      Finding.Builder f = Finding.builder().ruleCode(code).severity(severity.get()).pointer(pointer)
          .message(RuleCatalogue.rule(code).orElseThrow().getDescription());
      if (rejected != null) {
        f.rejectedValue(safe(rejected));
      }
      list.add(f.build());
    }

    List<Finding> sorted() {
      list.sort(Findings::compare);
      return list;
    }

    private static int compare(Finding a, Finding b) {
      int c = comparePointers(a.getPointer(), b.getPointer());
      return c != 0 ? c : a.getRuleCode().compareTo(b.getRuleCode());
    }

    /** Orders pointers segment by segment, numbers numerically. */
    static int comparePointers(String a, String b) {
      String[] x = a.split("/", -1);
      String[] y = b.split("/", -1);
      for (int i = 0; i < Math.min(x.length, y.length); i++) {
        int c;
        boolean nx = !x[i].isEmpty() && x[i].length() < 10 && x[i].chars().allMatch(Character::isDigit);
        boolean ny = !y[i].isEmpty() && y[i].length() < 10 && y[i].chars().allMatch(Character::isDigit);
        c = nx && ny ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(x.length, y.length);
    }

    static String escape(String segment) {
      return segment.replace("~", "~0").replace("/", "~1");
    }
  }
}
