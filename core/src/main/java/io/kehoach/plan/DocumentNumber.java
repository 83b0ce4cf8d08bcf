package io.kehoach.plan;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.internal.Problems;
import io.kehoach.plan.internal.Text;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The number and symbol of a document (số, ký hiệu), such as {@code 36/KH-UBND}: number 36, type
 * abbreviation {@code KH} (kế hoạch), issuer abbreviation {@code UBND}.
 *
 * <p>Administrative documents carry no year ({@code 36/KH-UBND}); legal normative documents do
 * ({@code 30/2020/NĐ-CP}). An official letter has no type abbreviation ({@code 125/UBND-NC}: the
 * whole symbol is the issuer's). A number may carry a letter ({@code 30c/NQ-CP}).
 *
 * <p>{@link #parse(CharSequence)} tolerates what real documents contain: a leading {@code Số:},
 * stray spaces ({@code 36 /KH-UBND}), en dashes for hyphens and leading zeros ({@code 049/QĐ-BNV}).
 * {@link #toString()} prints the canonical form, with the leading zero that Decree 30/2020 asks
 * for below 10 ({@code 05/KH-UBND}), which {@code parse} reads back to an equal value.
 *
 * <p>Whether the abbreviations are right (from the decree's table, in the right case, {@code KH}
 * for a plan) is a validation rule, not a condition of construction. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class DocumentNumber {
  private static final Pattern SHAPE = Pattern.compile(
      "(\\d{1,9})([a-zđ]{0,3})/(?:(\\d{4})/)?([\\p{L}\\p{N}.&]+(?:-[\\p{L}\\p{N}.&]+)*)");
  private static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}\\p{N}.&]+");
  private static final Pattern ISSUER = Pattern.compile("[\\p{L}\\p{N}.&]+(?:-[\\p{L}\\p{N}.&]+)*");
  private static final Pattern SUFFIX = Pattern.compile("[a-zđ]{1,3}");

  DocumentNumber() {}

  /** The number in the issuer's yearly sequence, such as {@code 36}; zero or more. */
  @Value.Parameter
  public abstract int getNumber();

  /** The letters after the number, such as {@code "c"} in {@code 30c/NQ-CP}. */
  public abstract Optional<String> getNumberSuffix();

  /** The year in the symbol of a legal normative document, such as 2020 in {@code 30/2020/NĐ-CP}. */
  public abstract OptionalInt getYear();

  /** The type abbreviation, such as {@code "KH"}; empty for an official letter. */
  @Value.Parameter
  public abstract Optional<String> getTypeAbbreviation();

  /** The issuer abbreviation, such as {@code "UBND"} or {@code "UBND-NC"}. */
  @Value.Parameter
  public abstract String getIssuerAbbreviation();

  /**
   * The text this number was parsed from, trimmed and without its {@code Số:} label, such as
   * {@code "5 /KH-UBND"}; empty when built from parts. Not part of equality: {@code 5/KH-UBND} and
   * {@code 05/KH-UBND} are the same number, but validation warns about the missing leading zero.
   */
  @Value.Auxiliary
  public abstract Optional<String> getWrittenForm();

  /** Whether the written form shows a number below 10 without its leading zero ({@code 5/KH-UBND}). */
  public boolean isWrittenWithoutLeadingZero() {
    if (getNumber() >= 10 || getWrittenForm().isEmpty()) {
      return false;
    }
    String w = getWrittenForm().get();
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    return digits == 1;
  }

  @Value.Check
  DocumentNumber check() {
    if (getNumber() < 0) {
      throw new IllegalArgumentException("document number must not be negative: " + getNumber());
    }
    getYear().ifPresent(y -> {
      if (y < 1000 || y > 9999) {
        throw new IllegalArgumentException("year in a symbol has four digits: " + y);
      }
    });
    String issuer = Text.nfc(getIssuerAbbreviation());
    Optional<String> type = Text.nfc(getTypeAbbreviation());
    Optional<String> suffix = Text.nfc(getNumberSuffix());
    if (!ISSUER.matcher(issuer).matches()) {
      throw new IllegalArgumentException("issuer abbreviation must be letters and digits joined by '-': "
          + Text.quote(issuer));
    }
    type.ifPresent(t -> {
      if (!ABBREVIATION.matcher(t).matches()) {
        throw new IllegalArgumentException("type abbreviation must be letters and digits: " + Text.quote(t));
      }
    });
    suffix.ifPresent(s -> {
      if (!SUFFIX.matcher(s).matches()) {
        throw new IllegalArgumentException("number suffix must be one to three small letters: " + Text.quote(s));
      }
    });
    if (issuer.equals(getIssuerAbbreviation()) && Text.isNfc(getTypeAbbreviation())
        && Text.isNfc(getNumberSuffix()) && Text.isNfc(getWrittenForm())) {
      return this;
    }
    return builder().from(this).issuerAbbreviation(issuer).typeAbbreviation(type).numberSuffix(suffix)
        .writtenForm(Text.nfc(getWrittenForm())).build();
  }

  /**
   * A number with a type and an issuer abbreviation, such as {@code of(36, "KH", "UBND")}.
   *
   * @param number the number, zero or more
   * @param typeAbbreviation the type abbreviation, not null
   * @param issuerAbbreviation the issuer abbreviation, not null
   * @throws IllegalArgumentException if a part cannot stand in a symbol
   */
  public static DocumentNumber of(int number, String typeAbbreviation, String issuerAbbreviation) {
    return ImmutableDocumentNumber.of(number, Optional.of(typeAbbreviation), issuerAbbreviation);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a number and symbol as written in a document.
   *
   * <p>Accepts {@code 36/KH-UBND}, {@code Số: 36 /KH-UBND}, {@code 049/QĐ-BNV},
   * {@code 30/2020/NĐ-CP}, {@code 30c/NQ-CP}, {@code 125/UBND-NC}. The first part of the symbol
   * is taken as the type abbreviation when it is one from Decree 30/2020's table in any case
   * ({@code Kh-UBND} keeps {@code Kh}, for validation to flag); otherwise the symbol has no type
   * and belongs wholly to the issuer.
   *
   * @param text the text, not null
   * @return the number
   * @throws MalformedInputException if the text is not a number and symbol, saying why
   */
  public static DocumentNumber parse(CharSequence text) {
    String s = Text.foldDashes(Text.nfc(text.toString())).strip();
    s = stripNumberLabel(s);
    StringBuilder compact = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        compact.append(c);
      }
    }
    String c = compact.toString();
    if (c.isEmpty()) {
      throw malformed(text, "trống", "it is empty", 0);
    }
    int slash = c.indexOf('/');
    if (slash < 0) {
      throw malformed(text, "thiếu dấu '/' giữa số và ký hiệu", "no '/' between the number and the symbol", 0);
    }
    if (slash == 0 || !Character.isDigit(c.charAt(0))) {
      throw malformed(text, "thiếu số trước dấu '/'", "no number before the '/'", 1);
    }
    if (slash == c.length() - 1) {
      throw malformed(text, "thiếu ký hiệu sau dấu '/'", "no symbol after the '/'", 0);
    }
    Matcher m = SHAPE.matcher(c);
    if (!m.matches()) {
      if (c.endsWith("-")) {
        throw malformed(text, "thiếu viết tắt tên cơ quan ban hành sau dấu '-'",
            "no issuer abbreviation after the '-'", 0);
      }
      int digits = 0;
      while (digits < c.length() && Character.isDigit(c.charAt(digits))) {
        digits++;
      }
      if (digits > 9) {
        throw malformed(text, "số quá dài", "the number is too long", 1);
      }
      throw malformed(text, "không đúng dạng số/ký hiệu (ví dụ 36/KH-UBND)",
          "not of the form number/symbol (such as 36/KH-UBND)", 0);
    }
    Builder b = builder().number(Integer.parseInt(m.group(1))).writtenForm(s);
    if (!m.group(2).isEmpty()) {
      b.numberSuffix(m.group(2));
    }
    if (m.group(3) != null) {
      b.year(Integer.parseInt(m.group(3)));
    }
    String symbol = m.group(4);
    int dash = symbol.indexOf('-');
    if (dash > 0 && DocumentType.fromAbbreviationIgnoringCase(symbol.substring(0, dash)).isPresent()) {
      b.typeAbbreviation(symbol.substring(0, dash)).issuerAbbreviation(symbol.substring(dash + 1));
    } else {
      b.issuerAbbreviation(symbol);
    }
    return b.build();
  }

  private static String stripNumberLabel(String s) {
    // "Số:", "Số", "SỐ:", "So:" (typed without marks) before the number.
    if (s.length() >= 2 && (s.regionMatches(true, 0, "Số", 0, 2) || s.regionMatches(true, 0, "So", 0, 2))) {
      String rest = s.substring(2).stripLeading();
      if (rest.startsWith(":") || rest.startsWith(".")) {
        rest = rest.substring(1);
      }
      rest = rest.strip();
      if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
        return rest;
      }
    }
    return s;
  }

  private static MalformedInputException malformed(CharSequence input, String vi, String en, int column) {
    return Problems.malformed("số, ký hiệu văn bản", "document number", input, vi, en, column);
  }

  /** The symbol after the number (and year), such as {@code "KH-UBND"}. */
  public String getSymbol() {
    return getTypeAbbreviation().map(t -> t + "-" + getIssuerAbbreviation()).orElse(getIssuerAbbreviation());
  }

  /**
   * The document type named by the type abbreviation, compared exactly ({@code KH} gives
   * {@link DocumentType#PLAN}); empty when there is no abbreviation or it is not in the table.
   */
  public Optional<DocumentType> getDocumentType() {
    return getTypeAbbreviation().flatMap(DocumentType::fromAbbreviation);
  }

  /** The canonical form, such as {@code "36/KH-UBND"}, {@code "05/KH-UBND"} or {@code "30/2020/NĐ-CP"}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(24);
    if (getNumber() < 10) {
      b.append('0');
    }
    b.append(getNumber());
    getNumberSuffix().ifPresent(b::append);
    b.append('/');
    getYear().ifPresent(y -> b.append(y).append('/'));
    return b.append(getSymbol()).toString();
  }

  /** Builds a {@link DocumentNumber}. */
  public static final class Builder extends ImmutableDocumentNumber.Builder {}
}
