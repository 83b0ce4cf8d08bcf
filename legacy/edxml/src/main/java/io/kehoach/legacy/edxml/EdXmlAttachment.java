package io.kehoach.legacy.edxml;

import io.kehoach.Location;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An attachment of an edXML envelope as the reader saw it, without its content: name
 * ({@code kehoach-plan.json}, {@code 36-KH-UBND.pdf}), content type, content id, decoded size in
 * bytes, whether it is the kehoach plan, and where it is in the envelope.
 *
 * <p>Attachments other than the plan (the signed PDF, a Word file) are listed here, not decoded.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EdXmlAttachment {
  EdXmlAttachment() {}

  /** The file name ({@code AttachmentName}). */
  public abstract Optional<String> getName();

  /** The content type ({@code ContentType}), such as {@code "application/pdf"}. */
  public abstract Optional<String> getContentType();

  /** The content id ({@code ContentId}) that ties the manifest entry to the encoded content. */
  public abstract Optional<String> getContentId();

  /** The size of the decoded content in bytes; empty when the envelope holds no content for it. */
  public abstract OptionalLong getSize();

  /** Whether this is the plan attachment that kehoach writes. */
  public abstract boolean isPlan();

  /** Where the attachment is in the envelope. */
  public abstract Optional<Location> getLocation();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EdXmlAttachment}. */
  public static final class Builder extends ImmutableEdXmlAttachment.Builder {}
}
