package io.kehoach.legacy.edxml;

import io.kehoach.InvalidDataException;
import io.kehoach.MalformedInputException;
import io.kehoach.json.PlanMapper;
import io.kehoach.json.ReadLimits;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.edxml.internal.EnvelopeReader;
import io.kehoach.legacy.internal.BoundedInput;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads an edXML envelope (QCVN 102:2016/BTTTT) into a plan: the whole plan where the kehoach JSON
 * attachment ({@code kehoach-plan.json}) is present, otherwise a draft plan from the message header
 * alone, with a report of what is missing or inconsistent.
 *
 * <pre>{@code
 * EdXmlReader reader = EdXmlReader.create();                      // once; keep it
 * EdXmlImport result = reader.read(Path.of("36-KH-UBND.edxml"));
 * Plan plan = result.planOrThrow();
 * result.getDiagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>Accepts the layout public implementations write (a root {@code edXML} holding
 * {@code edXMLEnvelope} and {@code AttachmentEncoded}, or a bare {@code edXMLEnvelope}), any
 * namespace prefix, indented or not, content ids with or without {@code cid:}, dates as
 * {@code yyyy/MM/dd} (with or without a time, or with dashes), and a zipped plan attachment.
 * Attachments other than the plan (the signed PDF) are listed, not decoded.
 *
 * <p>Safe on hostile input: no DTD (any DOCTYPE is an error), no external entity or resource is
 * ever read, no entity is expanded, and the {@link InputLimits} bound the size (64 MiB by default),
 * depth (32), element count (100,000), text of an element (100,000 characters) and attachments
 * (32 MiB decoded, {@link InputLimits#getMaxEmbeddedBytes()}); a limit broken is an
 * {@link io.kehoach.legacy.InputLimitException}. It follows the import contract of
 * {@code io.kehoach.legacy} ({@link PlanReader}). Every problem is a typed exception with its line and column and a
 * message in Vietnamese and English: {@link MalformedInputException} when the envelope cannot be
 * read (not XML, not edXML, wrong namespace, a limit, invalid base64), and the plan mapper's own
 * {@link MalformedInputException} or {@link InvalidDataException} when the attachment is not a
 * kehoach plan, said to be in the attachment, with the line, column and JSON Pointer inside it.
 * Never a raw XML or Jackson exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EdXmlReader implements PlanReader<EdXmlImport> {
  /** The default limits: those of {@link InputLimits}, but an envelope may hold 64 MiB (its attachments as base64). */
  public static final InputLimits DEFAULT_LIMITS = InputLimits.builder().maxBytes(64L << 20).build();

  private final InputLimits limits;
  private final PlanMapper mapper;

  private EdXmlReader(Builder b) {
    this.limits = b.limits;
    this.mapper = PlanMapper.builder().limits(ReadLimits.builder().maxDocumentBytes(
        Math.min(b.limits.getMaxEmbeddedBytes(), ReadLimits.defaults().getMaxDocumentBytes())).build()).build();
  }

  /**
   * The reader with the {@linkplain #DEFAULT_LIMITS default limits}; one shared instance (a reader
   * holds a plan mapper, whose deserializers for the whole model are built once).
   */
  public static EdXmlReader create() {
    return Default.INSTANCE;
  }

  private static final class Default {
    static final EdXmlReader INSTANCE = new Builder().build();
  }

  /** A builder, to choose the limits. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public InputLimits getLimits() {
    return limits;
  }

  /**
   * Reads an envelope held in a string.
   *
   * @param xml the envelope, not null
   */
  public EdXmlImport read(String xml) {
    return read(xml, null);
  }

  /**
   * Reads an envelope held in a string. The string is already characters, so an encoding that its
   * XML declaration names ({@code encoding="ISO-8859-1"}) is ignored; the document size limit counts
   * characters.
   *
   * @param xml the envelope, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws MalformedInputException if it is not an edXML envelope, or cannot be read
   * @throws InvalidDataException if the plan attachment is not a plan of the kehoach format
   */
  @Override
  public EdXmlImport read(String xml, @Nullable String source) {
    Objects.requireNonNull(xml, "xml");
    return EnvelopeReader.read(xml, source, limits, mapper);
  }

  /**
   * Reads an envelope held in bytes, in the encoding its XML declaration states (UTF-8 by default).
   *
   * @param xml the envelope, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws MalformedInputException if it is not an edXML envelope, or cannot be read
   * @throws InvalidDataException if the plan attachment is not a plan of the kehoach format
   */
  @Override
  public EdXmlImport read(byte[] xml, @Nullable String source) {
    BoundedInput.checkBytes(xml, limits, source);
    return EnvelopeReader.read(xml, source, limits, mapper);
  }

  /** Chooses the limits of an {@link EdXmlReader}. */
  public static final class Builder {
    private InputLimits limits = DEFAULT_LIMITS;

    private Builder() {}

    /**
     * The limits on input; {@link #DEFAULT_LIMITS} by default. Of {@link InputLimits}, an envelope
     * reader applies bytes, depth, elements, text length and embedded (attachment) bytes.
     */
    public Builder limits(InputLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The reader. */
    public EdXmlReader build() {
      return new EdXmlReader(this);
    }
  }
}
