package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.WholeVnd;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a plan's budget: what the money is for, how much, and from which source, such as
 * "In ấn pa nô, áp phích — 150.000.000 đồng — ngân sách tỉnh".
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class BudgetLine implements WithBudgetLine {
  BudgetLine() {}

  /** The identifier, unique in the plan, such as {@code "budget-1"}. */
  @Value.Parameter
  @Identifier
  public abstract String getId();

  /** What the money is for. */
  @Value.Parameter
  @NotBlank
  @PlainText
  public abstract String getDescription();

  /** How much. */
  @Value.Parameter
  @WholeVnd
  public abstract Money getAmount();

  /** Where the money comes from, when the line says. */
  public abstract Optional<FundingSource> getSource();

  /** The ids of the tasks the line pays for. */
  public abstract List<@Identifier String> getTaskIds();

  @Value.Check
  BudgetLine normalize() {
    if (Text.isNfc(getId(), getDescription()) && Text.allNfc(getTaskIds())) {
      return this;
    }
    return ImmutableBudgetLine.copyOf(this).withId(Text.nfc(getId())).withDescription(Text.nfc(getDescription()))
        .withTaskIds(Text.nfc(getTaskIds()));
  }

  /** A line with an amount and nothing else stated. */
  public static BudgetLine of(String id, String description, Money amount) {
    return ImmutableBudgetLine.of(id, description, amount);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine}. */
  public static final class Builder extends ImmutableBudgetLine.Builder {}
}
