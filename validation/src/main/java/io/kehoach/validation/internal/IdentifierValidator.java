package io.kehoach.validation.internal;

import io.kehoach.plan.constraints.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Identifier}: 1 to 100 characters, ASCII letters and digits first, then also {@code . _ : -}. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {
  /** The longest identifier. */
  public static final int MAX_LENGTH = 100;

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isIdentifier(value);
  }

  /** Whether {@code s} is a well-formed identifier. */
  public static boolean isIdentifier(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > MAX_LENGTH || !alnum(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (!alnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
