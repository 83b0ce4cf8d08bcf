package io.kehoach.plan;

import io.kehoach.plan.constraints.Identifier;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a plan's recipient list (nơi nhận), such as {@code Văn phòng Chính phủ}, or the
 * archive entry {@code Lưu: VT, NC (KH03)} with purpose {@link RecipientPurpose#ARCHIVE} and name
 * {@code "VT, NC (KH03)"}.
 *
 * <p>The name is kept as written; the purpose is there when the list states it. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Recipient implements WithRecipient {
  Recipient() {}

  /** The recipient as written, without the leading dash and final punctuation. */
  @Value.Parameter
  @NotBlank
  @PlainText
  @Size(max = Limits.LINE)
  public abstract String getName();

  /** Why it receives the plan, when stated. */
  @Value.Parameter
  public abstract Optional<RecipientPurpose> getPurpose();

  /** The id of the same body among the plan's {@linkplain Plan#getBodies() bodies}. */
  public abstract Optional<@Identifier String> getBodyId();

  /** The agency identifier in the document-exchange network, such as {@code "000.00.00.H38"}. */
  public abstract Optional<String> getAgencyId();

  @Value.Check
  Recipient normalize() {
    if (Text.isNfc(getName()) && Text.isNfc(getBodyId())) {
      return this;
    }
    return ImmutableRecipient.copyOf(this).withName(Text.nfc(getName())).withBodyId(Text.nfc(getBodyId()));
  }

  /** Whether this is the archive entry (Lưu). */
  public boolean isArchive() {
    return getPurpose().filter(p -> p == RecipientPurpose.ARCHIVE).isPresent();
  }

  /** A recipient whose purpose is not stated. */
  public static Recipient of(String name) {
    return ImmutableRecipient.of(name, Optional.empty());
  }

  /** A recipient with a purpose. */
  public static Recipient of(String name, RecipientPurpose purpose) {
    return ImmutableRecipient.of(name, Optional.of(purpose));
  }

  /** The archive entry: {@code archive("VT, NC (KH03)")} for {@code Lưu: VT, NC (KH03)}. */
  public static Recipient archive(String units) {
    return of(units, RecipientPurpose.ARCHIVE);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Recipient}. */
  public static final class Builder extends ImmutableRecipient.Builder {}
}
