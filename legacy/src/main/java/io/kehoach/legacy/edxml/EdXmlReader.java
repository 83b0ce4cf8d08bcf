package io.kehoach.legacy.edxml;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.json.PlanMapper;
import io.kehoach.json.ReadLimits;
import io.kehoach.legacy.edxml.internal.EnvelopeReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Plan plan = result.getPlan();
 * result.getFindings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Accepts the layout public implementations write (a root {@code edXML} holding
 * {@code edXMLEnvelope} and {@code AttachmentEncoded}, or a bare {@code edXMLEnvelope}), any
 * namespace prefix, indented or not, content ids with or without {@code cid:}, dates as
 * {@code yyyy/MM/dd} (with or without a time, or with dashes), and a zipped plan attachment.
 * Attachments other than the plan (the signed PDF) are listed, not decoded.
 *
 * <p>Safe on hostile input: no DTD (any DOCTYPE is an error), no external entity or resource is
 * ever read, no entity is expanded, and the {@link EdXmlLimits} bound the size, depth, element
 * count, text and attachments. Every problem is a typed exception with its line and column and a
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
public final class EdXmlReader {
  private final EdXmlLimits limits;
  private final PlanMapper mapper;

  private EdXmlReader(Builder b) {
    this.limits = b.limits;
    this.mapper = PlanMapper.builder().limits(ReadLimits.builder().maxDocumentBytes(
        Math.min(b.limits.getMaxAttachmentBytes(), ReadLimits.defaults().getMaxDocumentBytes())).build()).build();
  }

  /**
   * The reader with the default limits; one shared instance (a reader holds a plan mapper, whose
   * deserializers for the whole model are built once).
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

  /** The limits. */
  public EdXmlLimits getLimits() {
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
   */
  public EdXmlImport read(String xml, @Nullable String source) {
    Objects.requireNonNull(xml, "xml");
    return EnvelopeReader.read(xml, source, limits, mapper);
  }

  /**
   * Reads an envelope held in bytes, in the encoding its XML declaration states (UTF-8 by default).
   *
   * @param xml the envelope, not null
   * @param source the name of the input for locations (a file name), or null
   */
  public EdXmlImport read(byte[] xml, @Nullable String source) {
    Objects.requireNonNull(xml, "xml");
    return EnvelopeReader.read(xml, source, limits, mapper);
  }

  /**
   * Reads an envelope from a stream (not closed), reading at most the document size limit.
   *
   * @param in the stream, not null
   * @param source the name of the input for locations (a file name), or null
   * @throws UncheckedIOException if the stream fails
   */
  public EdXmlImport read(InputStream in, @Nullable String source) {
    Objects.requireNonNull(in, "in");
    return read(bounded(in, source), source);
  }

  /**
   * Reads an envelope from a file, named in locations by its file name.
   *
   * @param file the file, not null
   * @throws UncheckedIOException if the file cannot be read
   */
  public EdXmlImport read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] bounded(InputStream in, @Nullable String source) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limits.getMaxDocumentBytes()) {
          throw EnvelopeReader.tooLarge(source, limits);
        }
        out.write(buf, 0, n);
      }
      if (total == 0) {
        throw new MalformedInputException(LocalizedText.of("Phong bì trống", "The envelope is empty"),
            source == null ? null : Location.builder().source(source).build());
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chooses the limits of an {@link EdXmlReader}. */
  public static final class Builder {
    private EdXmlLimits limits = EdXmlLimits.defaults();

    private Builder() {}

    /** The limits on input; {@link EdXmlLimits#defaults()} by default. */
    public Builder limits(EdXmlLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The reader. */
    public EdXmlReader build() {
      return new EdXmlReader(this);
    }
  }
}
