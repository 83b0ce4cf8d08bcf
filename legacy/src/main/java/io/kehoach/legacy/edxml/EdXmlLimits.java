package io.kehoach.legacy.edxml;

import org.immutables.value.Value;

/**
 * The bounds {@link EdXmlReader} puts on an envelope, so that hostile input fails fast with a
 * typed error: the size of the document, the depth of nesting, the number of elements, the length
 * of the text of one element, and the decoded size of one attachment.
 *
 * <p>The defaults fit real envelopes with a wide margin: a header is a few kilobytes, a plan of
 * 5,000 tasks is about 1 MB of JSON, and a signed PDF rarely passes 20 MB. The envelope holds its attachments as base64 text,
 * so it is about a third larger than they are. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EdXmlLimits {
  EdXmlLimits() {}

  /** The largest envelope, in bytes: 64 MiB. */
  @Value.Default
  public long getMaxDocumentBytes() {
    return 64L << 20;
  }

  /** The deepest nesting of elements: 32 (a real envelope nests 6 deep). */
  @Value.Default
  public int getMaxDepth() {
    return 32;
  }

  /** The most elements in one envelope: 100,000. */
  @Value.Default
  public int getMaxElements() {
    return 100_000;
  }

  /**
   * The longest text of any one element except an attachment's content, in characters: 100,000
   * (the longest header field allows 500).
   */
  @Value.Default
  public int getMaxTextLength() {
    return 100_000;
  }

  /**
   * The largest attachment, decoded, in bytes: 32 MiB. It bounds every attachment, the signed PDF
   * as well as the plan (whose JSON {@code PlanMapper} also bounds, by default to 16 MiB); the
   * base64 text may be a third longer, white space not counted.
   */
  @Value.Default
  public int getMaxAttachmentBytes() {
    return 32 << 20;
  }

  @Value.Check
  void check() {
    if (getMaxDocumentBytes() < 1 || getMaxDepth() < 4 || getMaxElements() < 1 || getMaxTextLength() < 1
        || getMaxAttachmentBytes() < 1) {
      throw new IllegalArgumentException("limits must be positive (depth at least 4): " + this);
    }
  }

  /** The default limits. */
  public static EdXmlLimits defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EdXmlLimits}. */
  public static final class Builder extends ImmutableEdXmlLimits.Builder {}
}
