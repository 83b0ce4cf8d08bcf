package io.kehoach.legacy.edxml;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The signer of a document as an edXML header states it ({@code SignerInfo}): the authority
 * ({@code Competence}, such as {@code "KT. CHỦ TỊCH"}), the position ({@code "PHÓ CHỦ TỊCH"}) and
 * the full name ({@code "Nguyễn Văn Trâm"}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SignerInfo {
  SignerInfo() {}

  /** The signing authority ({@code Competence}), such as {@code "TM. ỦY BAN NHÂN DÂN"}. */
  public abstract Optional<String> getCompetence();

  /** The signer's position ({@code Position}), such as {@code "CHỦ TỊCH"}. */
  public abstract Optional<String> getPosition();

  /** The signer's full name ({@code FullName}). */
  public abstract Optional<String> getFullName();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignerInfo}. */
  public static final class Builder extends ImmutableSignerInfo.Builder {}
}
