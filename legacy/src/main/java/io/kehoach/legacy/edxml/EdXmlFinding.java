package io.kehoach.legacy.edxml;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something the edXML reader or writer reports: a part of the plan the header does not carry, a
 * required part missing from an envelope, a header that disagrees with the attached plan, a field
 * over its limit written anyway. Codes are stable. Reading: {@code plan.missing} (no kehoach
 * attachment), {@code part.missing} (a part of a plan the header does not give),
 * {@code header.mismatch}, {@code value.unreadable}, {@code value.out-of-range} (a priority
 * outside 0–4, a negative number of pages or copies: kept as sent), {@code document-type} (not a
 * plan), {@code recipient.archive-bare} (a {@code Lưu} entry naming no units, kept as the archive
 * entry {@code "Lưu"}), {@code element.unread}, {@code element.repeated}, {@code attachment.foreign},
 * {@code attachment.unlisted}. Writing: {@code not-carried},
 * {@code part.missing}, {@code organ-id.missing}, {@code recipient.no-agency-id},
 * {@code document-id.omitted}, {@code limit.exceeded}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EdXmlFinding {
  EdXmlFinding() {}

  /** How much a finding matters. */
  public enum Severity {
    /** Worth knowing: what the format cannot carry, an attachment kept aside. */
    INFO,
    /** Something is missing, inconsistent or not as the format asks. */
    WARNING
  }

  /** The stable code, such as {@code "header.mismatch"}. */
  @Value.Parameter
  public abstract String getCode();

  /** How much it matters. */
  @Value.Parameter
  public abstract Severity getSeverity();

  /** What was found, in Vietnamese and English. */
  @Value.Parameter
  public abstract LocalizedText getMessage();

  /** Where in the envelope (line and column) or in the plan (JSON Pointer), when known. */
  public abstract Optional<Location> getLocation();

  /** A finding without a location. */
  public static EdXmlFinding of(String code, Severity severity, LocalizedText message) {
    return ImmutableEdXmlFinding.of(code, severity, message);
  }

  /** A finding at a location. */
  public static EdXmlFinding of(String code, Severity severity, LocalizedText message, Location location) {
    return ImmutableEdXmlFinding.builder().code(code).severity(severity).message(message).location(location).build();
  }

  @Override
  public String toString() {
    return getSeverity() + " " + getCode() + getLocation().map(l -> " (" + l + ")").orElse("") + ": "
        + getMessage().en();
  }
}
