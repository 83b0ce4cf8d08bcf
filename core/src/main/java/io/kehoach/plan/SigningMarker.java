package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One line of authority above a signature: a marker and the collective or position it names, such
 * as {@code TM. ỦY BAN NHÂN DÂN} or {@code KT. CHỦ TỊCH}.
 *
 * <p>{@link #toString()} prints the line, which {@link #parse(CharSequence)} reads back. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SigningMarker {
  SigningMarker() {}

  /** The marker, such as {@link SigningAuthority#KT}. */
  @Value.Parameter
  public abstract SigningAuthority getAuthority();

  /** The collective or position named, such as {@code "CHỦ TỊCH"}. */
  @Value.Parameter
  @NotBlank
  @PlainText
  public abstract String getOnBehalfOf();

  @Value.Check
  SigningMarker normalize() {
    return Text.isNfc(getOnBehalfOf()) ? this
        : ImmutableSigningMarker.of(getAuthority(), Text.nfc(getOnBehalfOf()));
  }

  /** A marker line: {@code of(SigningAuthority.TM, "ỦY BAN NHÂN DÂN")}. */
  public static SigningMarker of(SigningAuthority authority, String onBehalfOf) {
    return ImmutableSigningMarker.of(authority, onBehalfOf);
  }

  /**
   * Reads a marker line: {@code TM. ỦY BAN NHÂN DÂN}, {@code KT.CHỦ TỊCH}, {@code kt chủ tịch}.
   *
   * @param text the line, not null
   * @throws MalformedInputException if it does not start with a known marker followed by a name
   */
  public static SigningMarker parse(CharSequence text) {
    String s = Text.collapseSpaces(Text.nfc(text.toString()));
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    String word = s.substring(0, end);
    String rest = s.substring(end);
    if (rest.startsWith(".")) {
      rest = rest.substring(1);
    }
    rest = rest.strip();
    var authority = SigningAuthority.fromMarker(word);
    if (authority.isEmpty() || rest.isEmpty()) {
      throw Problems.malformed("dòng thẩm quyền ký", "signing authority line", text,
          "phải bắt đầu bằng TM., KT., Q., TL. hoặc TUQ. và một chức danh",
          "must start with TM., KT., Q., TL. or TUQ. followed by a title", 1);
    }
    return of(authority.get(), rest);
  }

  /** {@code TM. ỦY BAN NHÂN DÂN}. */
  @Override
  public String toString() {
    return getAuthority().getMarker() + " " + getOnBehalfOf();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SigningMarker}. */
  public static final class Builder extends ImmutableSigningMarker.Builder {}
}
