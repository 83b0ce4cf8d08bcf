package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A channel through which a plan communicates (hình thức truyền thông), such as "Thông qua các
 * phương tiện thông tin đại chúng như: Đài Phát thanh và Truyền hình Bình Phước, Báo Bình
 * Phước…": one or more {@linkplain ChannelKind kinds} and the named {@linkplain Outlet outlets}.
 *
 * <p>One paragraph of a plan often names several kinds at once; it stays one channel, with all
 * its kinds. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class MediaChannel implements WithMediaChannel {
  MediaChannel() {}

  /** The identifier, unique in the plan, such as {@code "channel-1"}. */
  @Identifier
  public abstract String getId();

  /** The kinds of channel; empty when not classified. */
  public abstract Set<ChannelKind> getKinds();

  /** The channel as the plan describes it. */
  public abstract Optional<@PlainText(multiline = true) @Size(max = Limits.PARAGRAPH) String> getDescription();

  /** The named outlets, in document order. */
  public abstract List<@Valid Outlet> getOutlets();

  @Value.Check
  MediaChannel normalize() {
    if (Text.isNfc(getId()) && Text.isNfc(getDescription())) {
      return this;
    }
    return ImmutableMediaChannel.copyOf(this).withId(Text.nfc(getId()))
        .withDescription(Text.nfc(getDescription()));
  }

  /** A channel of the given kinds, with no description or outlet. */
  public static MediaChannel of(String id, ChannelKind... kinds) {
    return builder().id(id).addKinds(kinds).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MediaChannel}. */
  public static final class Builder extends ImmutableMediaChannel.Builder {}
}
