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
 * A named media outlet through which a channel runs, such as {@code Báo Bình Phước} (print press)
 * or {@code Đài Phát thanh và Truyền hình Bình Phước} (broadcast).
 *
 * <p>An outlet that also has tasks in the plan refers to that body by id. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Outlet implements WithOutlet {
  Outlet() {}

  /** The outlet's name, such as {@code "Báo Bình Phước"}. */
  @Value.Parameter
  @NotBlank
  @PlainText
  @SingleScript
  @Size(max = Limits.NAME)
  public abstract String getName();

  /** The kind of channel it is, when known. */
  @Value.Parameter
  public abstract Optional<ChannelKind> getKind();

  /** The id of the same outlet among the plan's {@linkplain Plan#getBodies() bodies}. */
  public abstract Optional<@Identifier String> getBodyId();

  @Value.Check
  Outlet normalize() {
    return Text.isNfc(getName()) ? this : ImmutableOutlet.copyOf(this).withName(Text.nfc(getName()));
  }

  /** An outlet of a known kind. */
  public static Outlet of(String name, ChannelKind kind) {
    return ImmutableOutlet.of(name, Optional.of(kind));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outlet}. */
  public static final class Builder extends ImmutableOutlet.Builder {}
}
