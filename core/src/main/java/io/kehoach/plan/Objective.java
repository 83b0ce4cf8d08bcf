package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * A purpose of a plan (mục đích, mục tiêu): what the plan sets out to achieve, such as "Nâng cao chỉ
 * số cải cách hành chính, cải thiện môi trường kinh doanh và thu hút đầu tư", optionally with
 * measurable targets.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Objective implements WithObjective {
  Objective() {}

  /** The identifier, unique in the plan, such as {@code "objective-1"}. */
  @Value.Parameter
  @Identifier
  public abstract String getId();

  /** The statement, such as {@code "Nâng cao chỉ số cải cách hành chính"}. */
  @Value.Parameter
  @NotBlank
  @PlainText
  @Size(max = Limits.PARAGRAPH)
  public abstract String getStatement();

  /** Measurable targets, in document order; often none. */
  public abstract List<@Valid MeasurableTarget> getTargets();

  @Value.Check
  Objective normalize() {
    if (Text.isNfc(getId(), getStatement())) {
      return this;
    }
    return ImmutableObjective.copyOf(this).withId(Text.nfc(getId())).withStatement(Text.nfc(getStatement()));
  }

  /** A statement without targets. */
  public static Objective of(String id, String statement) {
    return ImmutableObjective.of(id, statement);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Objective}. */
  public static final class Builder extends ImmutableObjective.Builder {}
}
