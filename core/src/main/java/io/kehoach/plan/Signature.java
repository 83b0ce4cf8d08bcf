package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.SingleScript;
import io.kehoach.plan.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * The signature block of a plan (quyền hạn, chức vụ, họ tên người ký): the lines of authority, the
 * position and the name. The Bình Phước plan is signed {@code CHỦ TỊCH} / {@code Nguyễn Văn Trâm}
 * with no marker; a deputy signs {@code TM. ỦY BAN NHÂN DÂN} / {@code KT. CHỦ TỊCH} /
 * {@code PHÓ CHỦ TỊCH} / name.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Signature implements WithSignature {
  Signature() {}

  /** The lines of authority above the position, top first; empty when the head signs in person. */
  public abstract List<@Valid SigningMarker> getMarkers();

  /** The signer's position, such as {@code "CHỦ TỊCH"} or {@code "PHÓ CHỦ TỊCH"}. */
  @NotBlank
  @PlainText
  @Size(max = Limits.NAME)
  public abstract String getPosition();

  /** The signer's full name, such as {@code "Nguyễn Văn Trâm"}. */
  @NotBlank
  @PlainText
  @SingleScript
  @Size(max = Limits.NAME)
  public abstract String getName();

  @Value.Check
  Signature normalize() {
    if (Text.isNfc(getPosition(), getName())) {
      return this;
    }
    return ImmutableSignature.copyOf(this).withPosition(Text.nfc(getPosition())).withName(Text.nfc(getName()));
  }

  /** A signature by the head in person, with no marker. */
  public static Signature of(String position, String name) {
    return builder().position(position).name(name).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signature}. */
  public static final class Builder extends ImmutableSignature.Builder {}
}
