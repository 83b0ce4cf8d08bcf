package io.kehoach.legacy.edxml;

import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.PlanImport;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.plan.Plan;
import java.util.List;
import java.util.Optional;
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
public abstract class EdXmlImport implements PlanImport {
  EdXmlImport() {}

  /** The message header as the envelope states it. */
  public abstract MessageHeader getHeader();

  @Override
  public abstract Optional<String> getSource();

  /** The plan: the whole plan from the attachment, or a draft from the header; always present. */
  @Override
  public abstract Optional<Plan> getPlan();

  /**
   * Where the plan came from in the envelope: the whole plan ({@code ""}) from the attachment's
   * element, or each part of a draft ({@code /number}, {@code /subject} ...) from its header element.
   */
  @Override
  public abstract List<RecognizedPart> getRecognized();

  /** The header elements that were not read: unknown elements, and repeats of a single field. */
  @Override
  public abstract List<Location> getUnclassified();

  /** Where the plan came from. */
  public abstract PlanSource getPlanSource();

  /** Every attachment of the envelope, in manifest order, the plan among them. */
  public abstract List<EdXmlAttachment> getAttachments();

  /**
   * What the reader noticed: missing parts, disagreements, attachments kept aside. Codes:
   * {@code plan.missing} (no kehoach attachment), {@code part.missing} (a part of a plan the header
   * does not give), {@code header.mismatch}, {@code value.unreadable}, {@code value.out-of-range}
   * (a priority outside 0–4, a negative number of pages or copies: kept as sent),
   * {@code document-type} (not a plan), {@code recipient.archive-bare} (a {@code Lưu} entry naming
   * no units, kept as the archive entry {@code "Lưu"}), {@code element.unread},
   * {@code element.repeated}, {@code attachment.foreign}, {@code attachment.unlisted}.
   */
  @Override
  public abstract List<Diagnostic> getDiagnostics();

  /** The plan, always present in an envelope that could be read. */
  @Override
  public Plan planOrThrow() {
    return getPlan().orElseThrow();
  }

  /** Whether the plan is the whole plan, read from the kehoach attachment. */
  public boolean isFromAttachment() {
    return getPlanSource() == PlanSource.ATTACHMENT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EdXmlImport}. */
  public static final class Builder extends ImmutableEdXmlImport.Builder {}
}
