package io.kehoach.plan.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;

/** Builds the {@link MalformedInputException}s of the value parsers, in one wording. */
public final class Problems {
  private Problems() {}

  /**
   * An exception saying that {@code input} is not a valid {@code what}, and why.
   *
   * @param whatVi what was expected, in Vietnamese ("số, ký hiệu văn bản")
   * @param whatEn what was expected, in English ("document number")
   * @param input the input, quoted safely in the message
   * @param whyVi the reason, in Vietnamese
   * @param whyEn the reason, in English
   * @param column the column (from 1) of the problem in the input, or 0 when it has none
   */
  public static MalformedInputException malformed(
      String whatVi, String whatEn, CharSequence input, String whyVi, String whyEn, int column) {
    String quoted = Text.quote(input);
    LocalizedText text = LocalizedText.of(
        capitalise(whatVi) + " không hợp lệ " + quoted + ": " + whyVi,
        "Malformed " + whatEn + " " + quoted + ": " + whyEn);
    return new MalformedInputException(text, column > 0 ? Location.at(1, column) : null);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
