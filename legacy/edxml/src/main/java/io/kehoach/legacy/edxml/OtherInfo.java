package io.kehoach.legacy.edxml;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The other information of an edXML header ({@code OtherInfo}): priority ({@code 0} ordinary to
 * {@code 4} flash at a set time), sphere of promulgation, typist's notation, number of copies and
 * pages, and the appendixes by title.
 *
 * <p>Values are kept as the envelope sends them. When reading, a priority outside 0–4 or a negative
 * number of copies or pages is reported by {@link EdXmlReader} as a warning
 * {@code value.out-of-range} at its element and still kept here, since an {@code int} holds it;
 * a value that is not a whole number at all is reported as {@code value.unreadable} and left absent.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class OtherInfo {
  OtherInfo() {}

  /**
   * The priority ({@code Priority}): 0 thường (ordinary), 1 khẩn (urgent), 2 thượng khẩn (very
   * urgent), 3 hỏa tốc (flash), 4 hỏa tốc hẹn giờ (flash at a set time). A value read outside
   * 0–4 is kept as sent, with a warning {@code value.out-of-range}.
   */
  public abstract OptionalInt getPriority();

  /** The sphere of promulgation ({@code SphereOfPromulgation}), such as {@code "Lưu hành nội bộ"}. */
  public abstract Optional<String> getSphereOfPromulgation();

  /** The typist's or drafter's notation ({@code TyperNotation}). */
  public abstract Optional<String> getTyperNotation();

  /** The number of copies issued ({@code PromulgationAmount}); a negative one read is kept, with a warning. */
  public abstract OptionalInt getPromulgationAmount();

  /** The number of pages ({@code PageAmount}); a negative one read is kept, with a warning. */
  public abstract OptionalInt getPageAmount();

  /** The appendixes by title ({@code Appendixes/Appendix}), in order. */
  public abstract List<String> getAppendixes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OtherInfo}. */
  public static final class Builder extends ImmutableOtherInfo.Builder {}
}
