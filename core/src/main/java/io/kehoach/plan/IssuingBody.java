package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.SingleScript;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that issues a plan (cơ quan, tổ chức ban hành), as the document's header names it:
 * {@code ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC}, with the superior body line above it where there is one
 * ({@code BỘ NỘI VỤ} above {@code VỤ CẢI CÁCH HÀNH CHÍNH}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class IssuingBody implements WithIssuingBody {
  IssuingBody() {}

  /** The name as the header prints it, such as {@code "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"}. */
  @Value.Parameter
  @NotBlank
  @PlainText
  @SingleScript
  @Size(max = Limits.NAME)
  public abstract String getName();

  /** The superior body line, such as {@code "BỘ NỘI VỤ"}. */
  public abstract Optional<@PlainText @SingleScript @Size(max = Limits.NAME) String> getSuperiorBody();

  /** The id of the same body among the plan's {@linkplain Plan#getBodies() bodies}, when it is one. */
  public abstract Optional<@Identifier String> getBodyId();

  /** The agency identifier in the document-exchange network, such as {@code "000.00.00.H38"}. */
  public abstract Optional<String> getAgencyId();

  @Value.Check
  IssuingBody normalize() {
    if (Text.isNfc(getName()) && Text.isNfc(getSuperiorBody())) {
      return this;
    }
    return ImmutableIssuingBody.copyOf(this).withName(Text.nfc(getName()))
        .withSuperiorBody(Text.nfc(getSuperiorBody()));
  }

  /** An issuing body known by its name. */
  public static IssuingBody of(String name) {
    return ImmutableIssuingBody.of(name);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssuingBody}. */
  public static final class Builder extends ImmutableIssuingBody.Builder {}
}
