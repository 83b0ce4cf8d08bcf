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
 * A requirement of a plan (yêu cầu): a constraint on how the plan is carried out, such as "Các
 * nội dung … được triển khai một cách kịp thời, đầy đủ, thường xuyên", optionally with measurable
 * targets.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Requirement implements WithRequirement {
  Requirement() {}

  /** The identifier, unique in the plan, such as {@code "requirement-1"}. */
  @Value.Parameter
  @Identifier
  public abstract String getId();

  /** The statement, such as {@code "Đảm bảo kịp thời, đầy đủ"}. */
  @Value.Parameter
  @NotBlank
  @PlainText
  @Size(max = Limits.PARAGRAPH)
  public abstract String getStatement();

  /** Measurable targets, in document order; often none. */
  public abstract List<@Valid MeasurableTarget> getTargets();

  @Value.Check
  Requirement normalize() {
    if (Text.isNfc(getId(), getStatement())) {
      return this;
    }
    return ImmutableRequirement.copyOf(this).withId(Text.nfc(getId())).withStatement(Text.nfc(getStatement()));
  }

  /** A statement without targets. */
  public static Requirement of(String id, String statement) {
    return ImmutableRequirement.of(id, statement);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}. */
  public static final class Builder extends ImmutableRequirement.Builder {}
}
