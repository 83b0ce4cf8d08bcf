package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who reports on a plan, to whom, through whom, and when (chế độ báo cáo): "Định kỳ trước ngày 15
 * tháng cuối Quý II và Quý IV của năm, các cơ quan đơn vị gửi báo cáo về UBND tỉnh (thông qua Sở
 * Tư pháp)" is reporters {@code [cac-co-quan-don-vi]}, recipient {@code ubnd-tinh}, intermediary
 * {@code so-tu-phap}, deadline {@code Deadline.quarterly(15, 2, 4)}.
 *
 * <p>A rule may carry several deadlines ("định kỳ 6 tháng, năm" is a six-monthly and a yearly
 * deadline); {@link #dueDates(Period)} gives the concrete dates over a period. Bodies are referred
 * to by id. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ReportingRule implements WithReportingRule {
  ReportingRule() {}

  /** The identifier, unique in the plan, such as {@code "reporting-1"}. */
  @Identifier
  public abstract String getId();

  /** The ids of the bodies that report. */
  public abstract List<@Identifier String> getReporterIds();

  /** The id of the body reported to. */
  @Identifier
  public abstract String getRecipientId();

  /** The id of the body through which reports go (thông qua), when there is one. */
  public abstract Optional<@Identifier String> getIntermediaryId();

  /** When reports are due. */
  public abstract List<Deadline> getDeadlines();

  /** The rule as written, when kept. */
  public abstract Optional<@PlainText(multiline = true) @Size(max = Limits.PARAGRAPH) String> getText();

  @Value.Check
  ReportingRule normalize() {
    if (Text.isNfc(getId(), getRecipientId()) && Text.isNfc(getIntermediaryId()) && Text.isNfc(getText())
        && Text.allNfc(getReporterIds())) {
      return this;
    }
    return ImmutableReportingRule.copyOf(this).withId(Text.nfc(getId())).withRecipientId(Text.nfc(getRecipientId()))
        .withIntermediaryId(Text.nfc(getIntermediaryId())).withText(Text.nfc(getText()))
        .withReporterIds(Text.nfc(getReporterIds()));
  }

  /** The frequencies of the rule's deadlines. */
  public Set<ReportingFrequency> frequencies() {
    Set<ReportingFrequency> set = EnumSet.noneOf(ReportingFrequency.class);
    for (Deadline d : getDeadlines()) {
      set.add(d.getFrequency());
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * The due dates of every deadline of the rule over {@code period}, ordered by date (see
   * {@link Deadline#dueDates(Period)}), each carrying this rule's id.
   *
   * @param period the plan's period, not null
   * @throws IllegalArgumentException if the period spans more than {@value Deadline#MAX_YEARS} years
   */
  public List<DueDate> dueDates(Period period) {
    List<DueDate> out = new ArrayList<>();
    for (Deadline d : getDeadlines()) {
      for (DueDate due : d.dueDates(period)) {
        out.add(due.withRule(getId()));
      }
    }
    Collections.sort(out);
    return Collections.unmodifiableList(out);
  }

  /** The deadlines in words, joined: "trước ngày 15 tháng cuối Quý II và Quý IV". */
  public String describeDeadlines(Locale locale) {
    List<String> parts = new ArrayList<>();
    for (Deadline d : getDeadlines()) {
      parts.add(d.describe(locale));
    }
    return String.join("; ", parts);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingRule}. */
  public static final class Builder extends ImmutableReportingRule.Builder {}
}
