package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The code of an administrative procedure in the national procedure database, such as
 * {@code 1.001612}, optionally with the identifier of the agency of a local instance appended:
 * {@code 1.011442.000.00.00.H38}.
 *
 * <p>The shape (one digit, a dot, six digits) is observed in the database rather than read in a
 * published norm (REFERENCE.md marks it [agreed]). {@link #toString()} prints what
 * {@link #parse(CharSequence)} reads. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ProcedureCode {
  // [agreed] shape of national procedure codes: digit, dot, six digits; local suffix free-form.
  private static final Pattern SHAPE = Pattern.compile("(\\d\\.\\d{6})(?:\\.([0-9A-Za-z]+(?:\\.[0-9A-Za-z]+)*))?");

  ProcedureCode() {}

  /** The national code, such as {@code "1.001612"}. */
  @Value.Parameter
  public abstract String getCode();

  /** The agency identifier of a local instance, such as {@code "000.00.00.H38"}. */
  @Value.Parameter
  public abstract Optional<String> getAgencySuffix();

  @Value.Check
  void check() {
    if (!toString().equals(Text.nfc(toString())) || !SHAPE.matcher(toString()).matches()) {
      throw new IllegalArgumentException("not a procedure code: " + Text.quote(toString()));
    }
  }

  /**
   * Reads a procedure code: {@code 1.001612} or {@code 1.011442.000.00.00.H38}.
   *
   * @param text the code, not null
   * @throws MalformedInputException if the text is not of that shape
   */
  public static ProcedureCode parse(CharSequence text) {
    String s = text.toString().strip();
    Matcher m = SHAPE.matcher(s);
    if (!m.matches()) {
      throw Problems.malformed("mã thủ tục hành chính", "procedure code", text,
          "không đúng dạng '1.001612' hoặc '1.011442.000.00.00.H38'",
          "not of the form '1.001612' or '1.011442.000.00.00.H38'", 0);
    }
    return ImmutableProcedureCode.of(m.group(1), Optional.ofNullable(m.group(2)));
  }

  /** {@code 1.001612} or {@code 1.011442.000.00.00.H38}. */
  @Override
  public String toString() {
    return getAgencySuffix().map(a -> getCode() + "." + a).orElse(getCode());
  }
}
