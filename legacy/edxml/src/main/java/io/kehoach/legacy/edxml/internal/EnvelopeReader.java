package io.kehoach.legacy.edxml.internal;

import io.kehoach.InvalidDataException;
import io.kehoach.KehoachException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.json.UnsupportedFormatVersionException;
import io.kehoach.legacy.edxml.EdXmlAttachment;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.Diagnostic.Severity;
import io.kehoach.legacy.edxml.EdXmlImport;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.edxml.MessageHeader;
import io.kehoach.legacy.edxml.Organ;
import io.kehoach.legacy.edxml.OtherInfo;
import io.kehoach.legacy.edxml.PlanSource;
import io.kehoach.legacy.edxml.SignerInfo;
import io.kehoach.plan.Plan;
import io.kehoach.plan.internal.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/** Reads a parsed envelope: the header, the attachments, and the plan (attached or drafted). */
public final class EnvelopeReader {
  private static final Pattern DATE = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:[ T].*)?");
  private static final Pattern DATE_DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?");

  private final @Nullable String source;
  private final InputLimits limits;
  private final PlanMapper mapper;
  private final List<Diagnostic> findings = new ArrayList<>();
  /** Where each header field is, by its path under MessageHeader ("Subject", "Code/CodeNumber"). */
  private final Map<String, Location> where = new HashMap<>();
  private final List<Location> unreadAt = new ArrayList<>();

  /** The header fields a draft plan is made from, and the part of the plan each gives. */
  private static final String[][] DRAFT_PARTS = {
    {"From/OrganName", "/issuer"}, {"Code/CodeNumber", "/number"}, {"PromulgationInfo/Place", "/place"},
    {"PromulgationInfo/PromulgationDate", "/issueDate"}, {"DocumentType/Type", "/documentType"},
    {"Subject", "/subject"}, {"ToPlaces", "/recipients"}, {"SignerInfo", "/signature"}};

  private EnvelopeReader(@Nullable String source, InputLimits limits, PlanMapper mapper) {
    this.source = source;
    this.limits = limits;
    this.mapper = mapper;
  }

  /**
   * Reads an envelope held in {@code bytes}.
   *
   * @throws MalformedInputException if it is not an edXML envelope, or cannot be read
   * @throws InvalidDataException if the plan attachment is not a plan of the kehoach format
   */
  public static EdXmlImport read(byte[] bytes, @Nullable String source, InputLimits limits, PlanMapper mapper) {
    if (bytes.length > limits.getMaxBytes()) {
      throw tooLarge(source, limits);
    }
    Node root = SafeXml.parse(bytes, limits, source);
    return new EnvelopeReader(source, limits, mapper).run(root);
  }

  /**
   * Reads an envelope held in a string; the encoding its XML declaration may name is ignored, since
   * the text is already characters.
   *
   * @throws MalformedInputException if it is not an edXML envelope, or cannot be read
   * @throws InvalidDataException if the plan attachment is not a plan of the kehoach format
   */
  public static EdXmlImport read(String text, @Nullable String source, InputLimits limits, PlanMapper mapper) {
    if (text.length() > limits.getMaxBytes()) {
      throw tooLarge(source, limits);
    }
    String xml = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    Node root = SafeXml.parse(xml, limits, source);
    return new EnvelopeReader(source, limits, mapper).run(root);
  }

  /** The error for an envelope over the size limit. */
  public static InputLimitException tooLarge(@Nullable String source, InputLimits limits) {
    return BoundedInput.tooLarge(limits, source);
  }

  private EdXmlImport run(Node root) {
    Node envelope = envelope(root);
    Node header = required(envelope, "edXMLHeader");
    Node message = required(header, "MessageHeader");
    MessageHeader h = header(message);
    if (h.getSubject().isEmpty()) {
      warn("part.missing", message.location(source), "Phần đầu thiếu trích yếu (Subject), trường bắt buộc",
          "The header has no Subject, a required field");
    }

    List<Entry> entries = attachments(envelope, root);
    List<EdXmlAttachment> listed = new ArrayList<>();
    Entry planEntry = null;
    for (Entry e : entries) {
      boolean isPlan = planEntry == null && e.name != null && e.name.equalsIgnoreCase(EdXml.PLAN_ATTACHMENT);
      if (isPlan) {
        planEntry = e;
      } else {
        findings.add(Diagnostic.of("attachment.foreign", Severity.INFO, LocalizedText.of(
            "Tệp đính kèm \"" + nz(e.name) + "\" (" + nz(e.type) + ") được giữ nguyên, không giải mã",
            "Attachment \"" + nz(e.name) + "\" (" + nz(e.type) + ") is kept aside, not decoded"), e.node.location(source)));
      }
      EdXmlAttachment.Builder a = EdXmlAttachment.builder().plan(isPlan).location(e.node.location(source));
      if (e.name != null) {
        a.name(e.name);
      }
      if (e.type != null) {
        a.contentType(e.type);
      }
      if (e.id != null) {
        a.contentId(e.id);
      }
      if (e.content != null) {
        a.size(decodedSize(e.content.text));
      }
      listed.add(a.build());
    }

    EdXmlImport.Builder out = EdXmlImport.builder().header(h).attachments(listed);
    if (planEntry != null && planEntry.content != null) {
      Plan plan = plan(planEntry);
      Consistency.check(h, plan, where, findings);
      Location at = planEntry.node.location(source);
      out.plan(plan).planSource(PlanSource.ATTACHMENT).addRecognized(RecognizedPart.of("", at, at));
    } else {
      if (planEntry != null) {
        warn("plan.missing", planEntry.node.location(source),
            "Danh mục có tệp " + EdXml.PLAN_ATTACHMENT + " nhưng phong bì không chứa nội dung của nó: dựng kế hoạch từ phần đầu",
            "The manifest lists " + EdXml.PLAN_ATTACHMENT + " but the envelope holds no content for it: "
                + "the plan is drafted from the header");
      } else {
        findings.add(Diagnostic.of("plan.missing", Severity.INFO, LocalizedText.of(
            "Phong bì không có tệp kế hoạch kehoach đính kèm: dựng kế hoạch dự thảo từ phần đầu",
            "The envelope has no kehoach plan attached: a draft plan is built from the header"),
            message.location(source)));
      }
      out.plan(DraftPlan.build(h, where, findings, source)).planSource(PlanSource.HEADER);
      for (String[] p : DRAFT_PARTS) {
        Location at = where.get(p[0]);
        if (at != null) {
          out.addRecognized(RecognizedPart.of(p[1], at, at));
        }
      }
    }
    if (source != null) {
      out.source(source);
    }
    return out.diagnostics(findings).unclassified(unreadAt).build();
  }

  // -- structure ------------------------------------------------------------------------------

  private Node envelope(Node root) {
    if (root.name.equals("edXMLEnvelope") || root.name.equals("edXML")) {
      if (!root.ns.equals(EdXml.NS) && !(root.name.equals("edXML") && root.ns.isEmpty())) {
        throw new MalformedInputException(LocalizedText.of(
            "Sai không gian tên của phong bì edXML: cần " + EdXml.NS + ", thấy \"" + root.ns + "\"",
            "Wrong namespace for an edXML envelope: expected " + EdXml.NS + ", found \"" + root.ns + "\""),
            root.location(source));
      }
      if (root.name.equals("edXMLEnvelope")) {
        return root;
      }
      Node env = root.child("edXMLEnvelope");
      if (env == null || !env.ns.equals(EdXml.NS)) {
        throw new MalformedInputException(LocalizedText.of(
            env == null ? "Thiếu phần tử edXMLEnvelope" : "Sai không gian tên của edXMLEnvelope: \"" + env.ns + "\"",
            env == null ? "No edXMLEnvelope element" : "Wrong namespace for edXMLEnvelope: \"" + env.ns + "\""),
            (env == null ? root : env).location(source));
      }
      return env;
    }
    throw new MalformedInputException(LocalizedText.of(
        "Không phải phong bì edXML: phần tử gốc là <" + root.name + ">",
        "Not an edXML envelope: the root element is <" + root.name + ">"), root.location(source));
  }

  private Node required(Node parent, String name) {
    Node n = parent.child(name);
    if (n == null) {
      throw new MalformedInputException(LocalizedText.of(
          "Phong bì edXML thiếu phần tử " + name + " trong " + parent.name,
          "The edXML envelope has no " + name + " element in " + parent.name), parent.location(source));
    }
    return n;
  }

  // -- header ---------------------------------------------------------------------------------

  private MessageHeader header(Node m) {
    MessageHeader.Builder h = MessageHeader.builder();
    Node from = m.child("From");
    if (from != null) {
      h.from(organ(from, "From"));
    }
    List<Node> tos = m.all("To");
    for (int i = 0; i < tos.size(); i++) {
      h.addTo(organ(tos.get(i), "To[" + (i + 1) + "]"));
    }
    Node code = m.child("Code");
    if (code != null) {
      text(code, "CodeNumber", "Code/").ifPresent(h::codeNumber);
      text(code, "CodeNotation", "Code/").ifPresent(h::codeNotation);
    }
    Node prom = m.child("PromulgationInfo");
    if (prom != null) {
      text(prom, "Place", "PromulgationInfo/").ifPresent(h::place);
      date(prom, "PromulgationDate", "PromulgationInfo/").ifPresent(h::promulgationDate);
    }
    Node type = m.child("DocumentType");
    if (type != null) {
      integer(type, "Type", "DocumentType/").ifPresent(h::documentTypeCode);
      text(type, "TypeName", "DocumentType/").ifPresent(h::documentTypeName);
    }
    text(m, "Subject", "").ifPresent(h::subject);
    text(m, "Content", "").ifPresent(h::content);
    Node signer = m.child("SignerInfo");
    if (signer != null) {
      SignerInfo.Builder s = SignerInfo.builder();
      text(signer, "Competence", "SignerInfo/").ifPresent(s::competence);
      text(signer, "Position", "SignerInfo/").ifPresent(s::position);
      text(signer, "FullName", "SignerInfo/").ifPresent(s::fullName);
      h.signerInfo(s.build());
      where.put("SignerInfo", signer.location(source));
    }
    date(m, "DueDate", "").ifPresent(h::dueDate);
    Node places = m.child("ToPlaces");
    if (places != null) {
      where.put("ToPlaces", places.location(source));
      for (Node p : places.all("Place")) {
        value(p).ifPresent(h::addToPlace);
      }
    }
    Node other = m.child("OtherInfo");
    if (other != null) {
      OtherInfo.Builder o = OtherInfo.builder();
      inRange(integer(other, "Priority", "OtherInfo/"), "OtherInfo/Priority", EdXml.PRIORITY_MAX)
          .ifPresent(o::priority);
      text(other, "SphereOfPromulgation", "OtherInfo/").ifPresent(o::sphereOfPromulgation);
      text(other, "TyperNotation", "OtherInfo/").ifPresent(o::typerNotation);
      inRange(integer(other, "PromulgationAmount", "OtherInfo/"), "OtherInfo/PromulgationAmount", Integer.MAX_VALUE)
          .ifPresent(o::promulgationAmount);
      inRange(integer(other, "PageAmount", "OtherInfo/"), "OtherInfo/PageAmount", Integer.MAX_VALUE)
          .ifPresent(o::pageAmount);
      Node apps = other.child("Appendixes");
      if (apps != null) {
        for (Node a : apps.all("Appendix")) {
          value(a).ifPresent(t -> o.addAppendixes(t));
        }
      }
      h.otherInfo(o.build());
    }
    integer(m, "SteeringType", "").ifPresent(h::steeringType);
    text(m, "DocumentId", "").ifPresent(h::documentId);
    unread(m);
    return h.build();
  }

  /** The children of MessageHeader this reader takes; all but {@code To} are read once. */
  private static final List<String> HEADER_FIELDS = List.of("From", "To", "Code", "PromulgationInfo", "DocumentType",
      "Subject", "Content", "SignerInfo", "DueDate", "ToPlaces", "OtherInfo", "SteeringType", "DocumentId");

  /**
   * Reports what of the message header is not read, so that nothing is dropped silently: a second
   * {@code Subject}, {@code From} ... (only the first is read), and elements this reader does not
   * know ({@code ResponseFor}, elements of later versions).
   */
  private void unread(Node m) {
    Map<String, Integer> seen = new HashMap<>();
    for (Node c : m.children) {
      int count = seen.merge(c.name, 1, Integer::sum);
      if (!HEADER_FIELDS.contains(c.name)) {
        unreadAt.add(c.location(source));
        if (count == 1) {
          findings.add(Diagnostic.of("element.unread", Severity.WARNING, LocalizedText.of(
              "Phần tử <" + c.name + "> của MessageHeader không được đọc; giá trị của nó không có trong kết quả",
              "The MessageHeader element <" + c.name + "> is not read; its value is not in the result"),
              c.location(source)));
        }
      } else if (count >= 2 && !c.name.equals("To")) {
        unreadAt.add(c.location(source));
      }
      if (HEADER_FIELDS.contains(c.name) && count == 2 && !c.name.equals("To")) {
        findings.add(Diagnostic.of("element.repeated", Severity.WARNING, LocalizedText.of(
            "Phần tử <" + c.name + "> lặp lại trong MessageHeader; chỉ phần tử đầu tiên được đọc",
            "The element <" + c.name + "> is repeated in MessageHeader; only the first is read"),
            c.location(source)));
      }
    }
  }

  private Organ organ(Node n, String path) {
    where.put(path, n.location(source));
    Organ.Builder o = Organ.builder();
    text(n, "OrganId", path + "/").ifPresent(o::organId);
    text(n, "OrganizationInCharge", path + "/").ifPresent(o::organizationInCharge);
    text(n, "OrganName", path + "/").ifPresent(o::organName);
    text(n, "OrganAdd", path + "/").ifPresent(o::organAdd);
    text(n, "Email", path + "/").ifPresent(o::email);
    text(n, "Telephone", path + "/").ifPresent(o::telephone);
    text(n, "Fax", path + "/").ifPresent(o::fax);
    text(n, "Website", path + "/").ifPresent(o::website);
    return o.build();
  }

  private Optional<String> text(Node parent, String name, String prefix) {
    Node n = parent.child(name);
    if (n == null) {
      return Optional.empty();
    }
    where.put(prefix + name, n.location(source));
    return value(n);
  }

  private static Optional<String> value(Node n) {
    String s = Text.nfc(n.text.toString()).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private OptionalInt integer(Node parent, String name, String prefix) {
    Optional<String> s = text(parent, name, prefix);
    if (s.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(s.get()));
    } catch (NumberFormatException e) {
      unreadable(prefix + name, s.get(), "một số nguyên", "a whole number");
      return OptionalInt.empty();
    }
  }

  /**
   * Reports a whole number outside {@code 0..max} (a priority outside 0–4, a negative number of pages
   * or copies) with a warning {@code value.out-of-range} at its element, and returns it unchanged:
   * {@link OtherInfo} holds any {@code int}, so the value as sent is kept for the caller to judge.
   */
  private OptionalInt inRange(OptionalInt value, String path, int max) {
    if (value.isPresent() && (value.getAsInt() < 0 || value.getAsInt() > max)) {
      String range = max == Integer.MAX_VALUE ? "0 hoặc lớn hơn" : "từ 0 đến " + max;
      String rangeEn = max == Integer.MAX_VALUE ? "0 or more" : "0 to " + max;
      warn("value.out-of-range", where.get(path),
          path + " là " + value.getAsInt() + ", ngoài khoảng cho phép (" + range + "); giá trị được giữ nguyên",
          path + " is " + value.getAsInt() + ", outside the allowed range (" + rangeEn + "); the value is kept as sent");
    }
    return value;
  }

  private Optional<LocalDate> date(Node parent, String name, String prefix) {
    Optional<String> s = text(parent, name, prefix);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = parseDate(s.get());
    if (d.isEmpty()) {
      unreadable(prefix + name, s.get(), "một ngày dạng yyyy/MM/dd", "a date such as yyyy/MM/dd");
    }
    return d;
  }

  /** {@code 2017/02/16}, with a time after it or with dashes; also {@code 16/02/2017}. */
  static Optional<LocalDate> parseDate(String s) {
    try {
      Matcher m = DATE.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      m = DATE_DMY.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      // falls through: not a date
    }
    return Optional.empty();
  }

  private void unreadable(String path, String value, String vi, String en) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    warn("value.unreadable", where.get(path), "Không đọc được " + path + " \"" + shown + "\": cần " + vi,
        "Cannot read " + path + " \"" + shown + "\": expected " + en);
  }

  // -- attachments ----------------------------------------------------------------------------

  /** One attachment: its manifest entry and/or its encoded content. */
  private static final class Entry {
    Node node;
    @Nullable String id;
    @Nullable String name;
    @Nullable String type;
    @Nullable Node content;

    Entry(Node node) {
      this.node = node;
    }
  }

  private List<Entry> attachments(Node envelope, Node root) {
    List<Entry> entries = new ArrayList<>();
    Node body = envelope.child("edXMLBody");
    Node manifest = body == null ? null : body.child("edXMLManifest");
    if (manifest != null) {
      for (Node ref : manifest.all("Reference")) {
        Entry e = new Entry(ref);
        e.id = value(ref, "ContentId").or(() -> ref.attribute(EdXml.XLINK, "href")).orElse(null);
        e.name = value(ref, "AttachmentName").orElse(null);
        e.type = value(ref, "ContentType").orElse(null);
        entries.add(e);
      }
    }
    if (root != envelope) {
      for (Node encodedList : root.all("AttachmentEncoded")) {
        for (Node att : encodedList.all("Attachment")) {
          Optional<String> id = value(att, "ContentId");
          Optional<String> name = value(att, "AttachmentName");
          Entry match = null;
          for (Entry e : entries) {
            if (e.content == null && (id.isPresent() && e.id != null && sameId(e.id, id.get())
                || id.isEmpty() && name.isPresent() && name.get().equals(e.name))) {
              match = e;
              break;
            }
          }
          if (match == null) {
            match = new Entry(att);
            match.id = id.orElse(null);
            match.name = name.orElse(null);
            match.type = value(att, "ContentType").orElse(null);
            entries.add(match);
            findings.add(Diagnostic.of("attachment.unlisted", Severity.WARNING, LocalizedText.of(
                "Tệp đính kèm \"" + nz(match.name) + "\" không có trong danh mục (edXMLManifest)",
                "Attachment \"" + nz(match.name) + "\" is not listed in the manifest (edXMLManifest)"),
                att.location(source)));
          }
          if (match.name == null) {
            match.name = name.orElse(null);
          }
          if (match.type == null) {
            match.type = value(att, "ContentType").orElse(null);
          }
          match.content = att.child(SafeXml.ENCODED);
        }
      }
    }
    return entries;
  }

  private static Optional<String> value(Node parent, String name) {
    Node n = parent.child(name);
    return n == null ? Optional.empty() : value(n);
  }

  /** Content ids match with or without {@code cid:} and angle brackets. [unverified which form is canonical] */
  static boolean sameId(String a, String b) {
    return bareId(a).equals(bareId(b));
  }

  private static String bareId(String id) {
    String s = id.strip();
    if (s.regionMatches(true, 0, "cid:", 0, 4)) {
      s = s.substring(4);
    }
    if (s.startsWith("<") && s.endsWith(">") && s.length() >= 2) {
      s = s.substring(1, s.length() - 1);
    }
    return s.strip();
  }

  /** The decoded size of base64 text (white space already removed), without decoding it. */
  static long decodedSize(CharSequence base64) {
    int n = base64.length();
    int pad = 0;
    if (n > 0 && base64.charAt(n - 1) == '=') {
      pad++;
      if (n > 1 && base64.charAt(n - 2) == '=') {
        pad++;
      }
    }
    return Math.max(0, (long) n / 4 * 3 - pad);
  }

  private Plan plan(Entry e) {
    Node content = e.content;
    String name = nz(e.name);
    Location at = content.location(source);
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(content.text.toString());
    } catch (IllegalArgumentException ex) {
      throw new MalformedInputException(LocalizedText.of(
          "Tệp đính kèm " + name + " không phải base64 hợp lệ",
          "Attachment " + name + " is not valid base64"), at, ex);
    }
    if (bytes.length > limits.getMaxEmbeddedBytes()) {
      throw new InputLimitException("maxEmbeddedBytes", limits.getMaxEmbeddedBytes(), LocalizedText.of(
          "Tệp đính kèm " + name + " lớn hơn giới hạn maxEmbeddedBytes = " + limits.getMaxEmbeddedBytes() + " byte",
          "Attachment " + name + " is larger than the limit maxEmbeddedBytes = " + limits.getMaxEmbeddedBytes()
              + " bytes"), at);
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      bytes = unzip(bytes, name, at);
    }
    String inner = (source == null ? "" : source + " → ") + name;
    try {
      return mapper.read(PlanFormat.JSON, bytes, inner).getPlan();
    } catch (KehoachException ex) {
      throw inAttachment(ex, name, at, inner);
    }
  }

  /** A zipped attachment (one entry), unzipped within the attachment limit. [observed in one implementation] */
  private byte[] unzip(byte[] zipped, String name, Location at) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
      ZipEntry entry = zip.getNextEntry();
      if (entry == null) {
        throw new MalformedInputException(LocalizedText.of(
            "Tệp đính kèm " + name + " là tệp nén rỗng", "Attachment " + name + " is an empty zip file"), at);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = zip.read(buf)) > 0) {
        if (out.size() + n > limits.getMaxEmbeddedBytes()) {
          throw new InputLimitException("maxEmbeddedBytes", limits.getMaxEmbeddedBytes(), LocalizedText.of(
              "Tệp đính kèm " + name + " sau khi giải nén lớn hơn giới hạn maxEmbeddedBytes = "
                  + limits.getMaxEmbeddedBytes() + " byte",
              "Attachment " + name + " unzips to more than the limit maxEmbeddedBytes = "
                  + limits.getMaxEmbeddedBytes() + " bytes"), at);
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException | RuntimeException ex) {
      if (ex instanceof KehoachException) {
        throw (KehoachException) ex;
      }
      throw new MalformedInputException(LocalizedText.of(
          "Tệp đính kèm " + name + " là tệp nén hỏng", "Attachment " + name + " is a broken zip file"), at, ex);
    }
  }

  /**
   * The error of the plan mapper, said to be in the attachment: the message names the attachment
   * and its line in the envelope; the location keeps the line, column and pointer inside the
   * attachment, with the source {@code envelope → kehoach-plan.json}.
   */
  private static KehoachException inAttachment(KehoachException ex, String name, Location at, String inner) {
    String line = at.getLine().isPresent() ? " (dòng " + at.getLine().getAsInt() + " của phong bì)" : "";
    String lineEn = at.getLine().isPresent() ? " (envelope line " + at.getLine().getAsInt() + ")" : "";
    LocalizedText text = LocalizedText.of("Tệp đính kèm " + name + line + ": " + ex.getText().vi(),
        "Attachment " + name + lineEn + ": " + ex.getText().en());
    Location loc = ex.getLocation().map(l -> l.inSource(inner)).orElse(Location.builder().source(inner).build());
    KehoachException out;
    if (ex instanceof UnsupportedFormatVersionException) {
      out = new UnsupportedFormatVersionException(((UnsupportedFormatVersionException) ex).getVersion(), text, loc);
      out.addSuppressed(ex);
    } else if (ex instanceof InvalidDataException) {
      out = new InvalidDataException(text, loc);
      out.addSuppressed(ex);
    } else {
      out = new MalformedInputException(text, loc, ex);
    }
    return out;
  }

  private void warn(String code, @Nullable Location at, String vi, String en) {
    findings.add(at == null ? Diagnostic.of(code, Severity.WARNING, LocalizedText.of(vi, en))
        : Diagnostic.of(code, Severity.WARNING, LocalizedText.of(vi, en), at));
  }

  static String nz(@Nullable String s) {
    return s == null ? "?" : s;
  }
}
