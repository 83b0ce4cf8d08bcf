package io.kehoach.validation.internal;

import io.kehoach.plan.constraints.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link PlainText}: no control characters (line feed and tab allowed in multi-line
 * text), no bidirectional overrides, no replacement character U+FFFD.
 */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {
  private boolean multiline;

  @Override
  public void initialize(PlainText annotation) {
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || firstBadIndex(value, multiline) < 0;
  }

  /** The index of the first character that plain text may not hold, or -1. */
  public static int firstBadIndex(CharSequence s, boolean multiline) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x202A) {
        continue; // the common case, fast
      }
      if (multiline && (c == '\n' || c == '\t')) {
        continue;
      }
      if (Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0xFFFD) {
        return i;
      }
    }
    return -1;
  }
}
