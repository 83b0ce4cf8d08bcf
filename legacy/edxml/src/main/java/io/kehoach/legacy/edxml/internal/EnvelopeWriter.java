package io.kehoach.legacy.edxml.internal;

import io.kehoach.legacy.edxml.MessageHeader;
import io.kehoach.legacy.edxml.Organ;
import io.kehoach.legacy.edxml.OtherInfo;
import io.kehoach.legacy.edxml.SignerInfo;
import io.kehoach.plan.internal.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an envelope with StAX (which escapes {@code <}, {@code &} and quotes), optionally
 * indented. The layout is the one {@link EdXml} describes. Characters XML cannot carry must have
 * been rejected before ({@link LimitCheck}).
 */
public final class EnvelopeWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final XMLStreamWriter w;
  private final boolean pretty;
  private int depth;
  private boolean childWritten;

  private EnvelopeWriter(XMLStreamWriter w, boolean pretty) {
    this.w = w;
    this.pretty = pretty;
  }

  /** A plan attachment: the JSON bytes and the description. */
  public record Attachment(String name, String contentId, String contentType, String description, byte[] content) {}

  /**
   * Writes the envelope to {@code out} (flushed, not closed).
   *
   * @param attachment the attachment, or null for a header-only envelope
   * @param timestamp the time stamp of the trace header, written when the sender has an organ id
   */
  public static void write(MessageHeader header, @Nullable Attachment attachment, boolean pretty,
      LocalDateTime timestamp, Writer out) {
    try {
      XMLStreamWriter x;
      synchronized (FACTORY) {
        x = FACTORY.createXMLStreamWriter(out);
      }
      new EnvelopeWriter(x, pretty).envelope(header, attachment, timestamp);
      x.flush();
      x.close();
      out.flush();
    } catch (XMLStreamException e) {
      Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
      if (cause instanceof IOException) {
        throw new UncheckedIOException((IOException) cause);
      }
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void envelope(MessageHeader h, @Nullable Attachment a, LocalDateTime timestamp) throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    newline();
    w.writeStartElement("", "edXML", EdXml.NS);
    w.writeDefaultNamespace(EdXml.NS);
    w.writeNamespace(EdXml.PREFIX, EdXml.NS);
    w.writeNamespace("xlink", EdXml.XLINK);
    depth++;
    childWritten = false;
    open("edXMLEnvelope");
    open("edXMLHeader");
    messageHeader(h);
    open("TraceHeaderList");
    Optional<String> organId = h.getFrom().flatMap(Organ::getOrganId);
    if (organId.isPresent()) {
      open("TraceHeader");
      leaf("OrganId", organId);
      leaf("Timestamp", Optional.of(EdXml.TIMESTAMP.format(timestamp)));
      close();
    }
    open("Bussiness");
    leaf("BussinessDocType", Optional.of("0"));
    close();
    close();
    close();
    open("edXMLBody");
    open("edXMLManifest");
    w.writeAttribute("version", "1.0");
    if (a != null) {
      open("Reference");
      w.writeAttribute("xlink", EdXml.XLINK, "href", a.contentId());
      w.writeAttribute("xlink", EdXml.XLINK, "type", "simple");
      leaf("ContentId", Optional.of(a.contentId()));
      leaf("ContentType", Optional.of(a.contentType()));
      leaf("Description", Optional.of(a.description()));
      leaf("AttachmentName", Optional.of(a.name()));
      close();
    }
    close();
    close();
    close();
    if (a != null) {
      openDefault("AttachmentEncoded");
      openDefault("Attachment");
      leafDefault("ContentId", a.contentId());
      leafDefault("AttachmentName", a.name());
      leafDefault("ContentType", a.contentType());
      leafDefault("Description", a.description());
      leafDefault("ContentTransferEncoded", Base64.getEncoder().encodeToString(a.content()));
      close();
      close();
    }
    close();
    newline();
    w.writeEndDocument();
  }

  private void messageHeader(MessageHeader h) throws XMLStreamException {
    open("MessageHeader");
    if (h.getFrom().isPresent()) {
      organ("From", h.getFrom().get());
    }
    for (Organ o : h.getTo()) {
      organ("To", o);
    }
    if (h.getCodeNumber().isPresent() || h.getCodeNotation().isPresent()) {
      open("Code");
      leaf("CodeNumber", h.getCodeNumber());
      leaf("CodeNotation", h.getCodeNotation());
      close();
    }
    if (h.getPlace().isPresent() || h.getPromulgationDate().isPresent()) {
      open("PromulgationInfo");
      leaf("Place", h.getPlace());
      leaf("PromulgationDate", h.getPromulgationDate().map(EdXml.DATE::format));
      close();
    }
    if (h.getDocumentTypeCode().isPresent() || h.getDocumentTypeName().isPresent()) {
      open("DocumentType");
      leaf("Type", h.getDocumentTypeCode());
      leaf("TypeName", h.getDocumentTypeName());
      close();
    }
    leaf("Subject", h.getSubject());
    leaf("Content", h.getContent());
    if (h.getSignerInfo().isPresent()) {
      SignerInfo s = h.getSignerInfo().get();
      open("SignerInfo");
      leaf("Competence", s.getCompetence());
      leaf("Position", s.getPosition());
      leaf("FullName", s.getFullName());
      close();
    }
    leaf("DueDate", h.getDueDate().map(EdXml.DATE::format));
    if (!h.getToPlaces().isEmpty()) {
      open("ToPlaces");
      for (String p : h.getToPlaces()) {
        leaf("Place", Optional.of(p));
      }
      close();
    }
    if (h.getOtherInfo().isPresent()) {
      OtherInfo o = h.getOtherInfo().get();
      open("OtherInfo");
      leaf("Priority", o.getPriority());
      leaf("SphereOfPromulgation", o.getSphereOfPromulgation());
      leaf("TyperNotation", o.getTyperNotation());
      leaf("PromulgationAmount", o.getPromulgationAmount());
      leaf("PageAmount", o.getPageAmount());
      if (!o.getAppendixes().isEmpty()) {
        open("Appendixes");
        for (String a : o.getAppendixes()) {
          leaf("Appendix", Optional.of(a));
        }
        close();
      }
      close();
    }
    leaf("SteeringType", h.getSteeringType());
    leaf("DocumentId", h.getDocumentId());
    close();
  }

  private void organ(String name, Organ o) throws XMLStreamException {
    open(name);
    leaf("OrganId", o.getOrganId());
    leaf("OrganizationInCharge", o.getOrganizationInCharge());
    leaf("OrganName", o.getOrganName());
    leaf("OrganAdd", o.getOrganAdd());
    leaf("Email", o.getEmail());
    leaf("Telephone", o.getTelephone());
    leaf("Fax", o.getFax());
    leaf("Website", o.getWebsite());
    close();
  }

  // -- layout ---------------------------------------------------------------------------------

  private void open(String name) throws XMLStreamException {
    indent();
    w.writeStartElement(EdXml.PREFIX, name, EdXml.NS);
    depth++;
    childWritten = false;
  }

  private void openDefault(String name) throws XMLStreamException {
    indent();
    w.writeStartElement("", name, EdXml.NS);
    depth++;
    childWritten = false;
  }

  private void close() throws XMLStreamException {
    depth--;
    if (childWritten) {
      indent();
    }
    w.writeEndElement();
    childWritten = true;
  }

  private void leaf(String name, Optional<String> value) throws XMLStreamException {
    if (value.isPresent()) {
      indent();
      w.writeStartElement(EdXml.PREFIX, name, EdXml.NS);
      w.writeCharacters(Text.nfc(value.get()));
      w.writeEndElement();
      childWritten = true;
    }
  }

  private void leaf(String name, OptionalInt value) throws XMLStreamException {
    if (value.isPresent()) {
      leaf(name, Optional.of(Integer.toString(value.getAsInt())));
    }
  }

  private void leafDefault(String name, String value) throws XMLStreamException {
    indent();
    w.writeStartElement("", name, EdXml.NS);
    w.writeCharacters(value);
    w.writeEndElement();
    childWritten = true;
  }

  private void indent() throws XMLStreamException {
    if (pretty) {
      w.writeCharacters("\n");
      for (int i = 0; i < depth; i++) {
        w.writeCharacters("  ");
      }
    }
  }

  private void newline() throws XMLStreamException {
    if (pretty) {
      w.writeCharacters("\n");
    }
  }
}
