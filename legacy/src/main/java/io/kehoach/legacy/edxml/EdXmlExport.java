package io.kehoach.legacy.edxml;

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

  /** What the writer reports. */
  @Value.Parameter
  public abstract List<EdXmlFinding> getFindings();

  /** Whether a finding of {@code code} was given. */
  public boolean hasFinding(String code) {
    return getFindings().stream().anyMatch(f -> f.getCode().equals(code));
  }

  static EdXmlExport of(String xml, List<EdXmlFinding> findings) {
    return ImmutableEdXmlExport.of(xml, findings);
  }
}
