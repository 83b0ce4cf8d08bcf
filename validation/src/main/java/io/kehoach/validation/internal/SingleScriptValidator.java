package io.kehoach.validation.internal;

import io.kehoach.plan.constraints.SingleScript;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link SingleScript}: every letter of the name belongs to one Unicode script, so that
 * a Cyrillic {@code о} cannot pass for a Latin {@code o}. Characters common to all scripts
 * (digits, punctuation, spaces) and combining marks do not count.
 */
public final class SingleScriptValidator implements ConstraintValidator<SingleScript, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isSingleScript(value);
  }

  /** Whether the letters of {@code s} come from at most one script. */
  public static boolean isSingleScript(CharSequence s) {
    Character.UnicodeScript first = null;
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (cp < 0x80 && !Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
          || script == Character.UnicodeScript.UNKNOWN) {
        continue;
      }
      if (first == null) {
        first = script;
      } else if (first != script) {
        return false;
      }
    }
    return true;
  }
}
