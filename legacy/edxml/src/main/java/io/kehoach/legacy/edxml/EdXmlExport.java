package io.kehoach.legacy.edxml;

import io.kehoach.legacy.Diagnostic;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of writing an edXML envelope: the XML and the report of what the header could not
 * carry (recipients without agency identifiers, a DocumentId left out for want of an organ id or a
 * date, fields over their limits written under {@link LimitPolicy#WARN}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EdXmlExport {
  EdXmlExport() {}

  /** The envelope, an XML document. */
  @Value.Parameter
  public abstract String getXml();

  /**
   * What the writer reports, located by JSON Pointer into the plan where one part is meant. Codes:
   * {@code not-carried}, {@code part.missing}, {@code organ-id.missing},
   * {@code recipient.no-agency-id}, {@code document-id.omitted}, {@code limit.exceeded}.
   */
  @Value.Parameter
  public abstract List<Diagnostic> getDiagnostics();

  /** Whether a diagnostic of {@code code} was given. */
  public boolean hasDiagnostic(String code) {
    return getDiagnostics().stream().anyMatch(f -> f.getCode().equals(code));
  }

  static EdXmlExport of(String xml, List<Diagnostic> findings) {
    return ImmutableEdXmlExport.of(xml, findings);
  }
}
