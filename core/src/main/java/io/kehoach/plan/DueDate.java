package io.kehoach.plan;

import io.kehoach.plan.internal.Text;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One concrete date by which a report is due, computed from a {@link Deadline}: the six-monthly
 * report on the first half of 2017, due 2017-06-30, under rule {@code reporting-2}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DueDate implements Comparable<DueDate> {
  DueDate() {}

  /** The date by which the report is due. */
  @Value.Parameter
  public abstract LocalDate getDate();

  /** The frequency of the deadline it comes from. */
  @Value.Parameter
  public abstract ReportingFrequency getFrequency();

  /** The period the report covers: the quarter, half-year, month or year; the plan's period for a report due once. */
  @Value.Parameter
  public abstract Period getCoveredPeriod();

  /** The id of the reporting rule it comes from, when computed through one. */
  public abstract Optional<String> getRuleId();

  @Value.Check
  DueDate normalize() {
    return Text.isNfc(getRuleId()) ? this
        : ImmutableDueDate.builder().from(this).ruleId(Text.nfc(getRuleId())).build();
  }

  static DueDate of(LocalDate date, ReportingFrequency frequency, Period covered) {
    return ImmutableDueDate.of(date, frequency, covered);
  }

  DueDate withRule(String ruleId) {
    return ImmutableDueDate.builder().from(this).ruleId(ruleId).build();
  }

  /** Orders by date, then by frequency (shorter first), then by rule id. */
  @Override
  public int compareTo(DueDate o) {
    int c = getDate().compareTo(o.getDate());
    if (c == 0) {
      c = getFrequency().compareTo(o.getFrequency());
    }
    if (c == 0) {
      c = getRuleId().orElse("").compareTo(o.getRuleId().orElse(""));
    }
    return c;
  }
}
