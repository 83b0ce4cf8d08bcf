package io.kehoach.legacy;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Input past one of a reader's {@link InputLimits}: {@code "The input is larger than the limit
 * maxBytes of 16,777,216 bytes (plan.txt)"}. Names the limit (as {@link InputLimits} names it), its
 * value, and where it was hit; thrown before the reader spends more than the limit allows.
 *
 * @since 0.2
 */
public class InputLimitException extends MalformedInputException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long value;

  /**
   * Creates an exception.
   *
   * @param limit the name of the limit, as {@link InputLimits} names it ({@code "maxBytes"}); not null
   * @param value the limit's value
   * @param text what is over the limit, in both languages; not null
   * @param location where the limit was hit, or null when it concerns the whole input without a name
   */
  public InputLimitException(String limit, long value, LocalizedText text, @Nullable Location location) {
    super(text, location);
    this.limit = Objects.requireNonNull(limit, "limit");
    this.value = value;
  }

  /**
   * The usual exception: {@code what} (in both languages, such as "Tệp" / "The input") is over
   * {@code limit}, whose value is {@code value} {@code unitVi}/{@code unitEn}.
   */
  public static InputLimitException over(String limit, long value, String whatVi, String whatEn, String unitVi,
      String unitEn, @Nullable Location location) {
    String n = String.format(Locale.ROOT, "%,d", value);
    return new InputLimitException(limit, value, LocalizedText.of(
        whatVi + " vượt giới hạn " + limit + " = " + n.replace(',', '.') + " " + unitVi,
        whatEn + " is over the limit " + limit + " = " + n + " " + unitEn), location);
  }

  /** The name of the limit, as {@link InputLimits} names it, such as {@code "maxBytes"}. */
  public String getLimit() {
    return limit;
  }

  /** The value of the limit. */
  public long getValue() {
    return value;
  }
}
