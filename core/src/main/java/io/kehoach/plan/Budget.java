package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.WholeVnd;
import io.kehoach.plan.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The budget of a plan (kinh phí thực hiện): its funding sources, its lines with amounts in VND,
 * the total the plan states, and the approval chain (who estimates, who appraises, who decides).
 *
 * <p>In the Bình Phước plan: Sở Tư pháp draws up the estimate, Sở Tài chính appraises it and
 * allocates the funds, the provincial committee decides; no amount is stated. Whether the stated
 * total equals the sum of the lines is a validation rule. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Budget implements WithBudget {
  Budget() {}

  /** Where the money comes from. */
  public abstract Set<FundingSource> getSources();

  /** The lines, in document order; often none. */
  public abstract List<@Valid BudgetLine> getLines();

  /** The total the plan states, when it states one. */
  public abstract Optional<@WholeVnd Money> getTotal();

  /** The approval chain, in order. */
  public abstract List<@Valid ApprovalStep> getApprovalChain();

  /** The budget paragraph as written, when kept. */
  public abstract Optional<@PlainText(multiline = true) @Size(max = Limits.TEXT) String> getText();

  @Value.Check
  Budget normalize() {
    return Text.isNfc(getText()) ? this : ImmutableBudget.copyOf(this).withText(Text.nfc(getText()));
  }

  /**
   * The sum of the lines in VND, or empty when there are no lines or some line is not in VND.
   */
  public Optional<Money> sumOfLines() {
    if (getLines().isEmpty()) {
      return Optional.empty();
    }
    Money sum = Money.vnd(0);
    for (BudgetLine line : getLines()) {
      if (!Money.VND.equals(line.getAmount().getCurrency())) {
        return Optional.empty();
      }
      sum = sum.plus(line.getAmount());
    }
    return Optional.of(sum);
  }

  /** The ids of the bodies at {@code stage}, in chain order. */
  public List<String> bodiesAt(BudgetStage stage) {
    return getApprovalChain().stream().filter(s -> s.getStage() == stage).map(ApprovalStep::getBodyId)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Budget}. */
  public static final class Builder extends ImmutableBudget.Builder {}
}
