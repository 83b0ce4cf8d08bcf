package io.kehoach.legacy.edxml;

import io.kehoach.plan.Plan;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of reading an edXML envelope: its message header, the plan, where the plan came from
 * (the attached kehoach JSON, or the header alone), the attachments, and the report.
 *
 * <p>With the kehoach attachment the plan is the whole plan that was written, and the report warns
 * where the header disagrees with it. Without it the plan is a {@linkplain
 * io.kehoach.plan.PlanStatus#DRAFT draft} made from the header (issuer, number, place and date,
 * type, subject, recipients, signature), and the report names each part of a plan the header does
 * not give. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EdXmlImport {
  EdXmlImport() {}

  /** The message header as the envelope states it. */
  public abstract MessageHeader getHeader();

  /** The plan: the whole plan from the attachment, or a draft from the header. */
  public abstract Plan getPlan();

  /** Where the plan came from. */
  public abstract PlanSource getPlanSource();

  /** Every attachment of the envelope, in manifest order, the plan among them. */
  public abstract List<EdXmlAttachment> getAttachments();

  /** What the reader noticed: missing parts, disagreements, attachments kept aside. */
  public abstract List<EdXmlFinding> getFindings();

  /** Whether the plan is the whole plan, read from the kehoach attachment. */
  public boolean isFromAttachment() {
    return getPlanSource() == PlanSource.ATTACHMENT;
  }

  /** Whether a finding of {@code code} was given. */
  public boolean hasFinding(String code) {
    return getFindings().stream().anyMatch(f -> f.getCode().equals(code));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EdXmlImport}. */
  public static final class Builder extends ImmutableEdXmlImport.Builder {}
}
