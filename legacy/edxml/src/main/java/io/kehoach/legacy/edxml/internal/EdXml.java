package io.kehoach.legacy.edxml.internal;

import java.time.format.DateTimeFormatter;

/**
 * Names and facts of the edXML format (QCVN 102:2016/BTTTT), and how sure each one is.
 *
 * <p>Confidence marks follow REFERENCE.md: [confirmed] read in the standard; [agreed] several
 * independent implementations agree; [unverified] a default of ours that real data may contradict.
 * The public implementations read for the [agreed] facts (facts only, no code taken):
 * <ol>
 *   <li>A Java VPCP gateway ({@code com.vpcp.gateway}: {@code ManualEdxmlBuilder}, {@code EdxmlParser},
 *       {@code EdxmlBuilder}).</li>
 *   <li>A TypeScript builder written after the official .NET SDK sample {@code edoc_new.edxml}
 *       ("Phase 37.6 — rewrite theo SDK chuan QCVN 102:2016").</li>
 *   <li>{@code tungsfer512/edxml-convert}, built on VNPT's edXML library ({@code com.vnpt.xml.ed}),
 *       with a field-by-field description in Vietnamese ({@code request-response/edoc/edoc.json}).</li>
 *   <li>Bkav's eDoc SDK ({@code com.bkav.edoc.sdk}) and an OpenCPS-style connector (Đồng Tháp).</li>
 * </ol>
 *
 * <ul>
 *   <li>Namespace {@value #NS}; {@code edXMLEnvelope} holds {@code edXMLHeader} ({@code MessageHeader},
 *       {@code TraceHeaderList}, {@code Signature}) and {@code edXMLBody}. [confirmed, REFERENCE.md]</li>
 *   <li>MessageHeader field names, and the limits checked on writing. [agreed, limits from one
 *       implementation's checker, unverified as norms; REFERENCE.md]</li>
 *   <li>The file layout: a root {@code <edXML xmlns="…QCVN_102_2016">} holding
 *       {@code edXML:edXMLEnvelope} and, after it, {@code AttachmentEncoded} with one
 *       {@code Attachment} per file ({@code ContentId}, {@code AttachmentName}, {@code ContentType},
 *       {@code Description}, base64 in {@code ContentTransferEncoded}); the body's
 *       {@code edXMLManifest version="1.0"} lists one {@code Reference} per file with the same
 *       {@code ContentId}, {@code ContentType}, {@code AttachmentName}. [agreed: sources 1, 2]</li>
 *   <li>The ContentId form: source 2 writes {@code cid:<id>} in the manifest and a bare {@code <id>}
 *       in the attachment, source 1 {@code cid:<id>} in both. We write the same {@code cid:} value in
 *       both places and match either form on reading. [unverified which one is canonical]</li>
 *   <li>Attachment content: plain base64 (source 2); source 1 zips the file first, so a zipped plan
 *       is accepted on reading. [agreed that it is base64; zip observed in one]</li>
 *   <li>Dates ({@code PromulgationDate}, {@code DueDate}) as {@code yyyy/MM/dd}; trace timestamps as
 *       {@code yyyy/MM/dd HH:mm:ss}. [agreed: sources 1, 2, and the DocumentId form of REFERENCE.md]
 *       Reading also accepts a time after the date and {@code yyyy-MM-dd}. </li>
 *   <li>{@code DocumentType/Type}: sources 1 and 4 send {@code 1} with TypeName {@code Công văn},
 *       source 2 sends {@code 18}. We read {@code 1} as "administrative document" and write it for a
 *       plan, with TypeName {@code Kế hoạch}; the code is configurable. [unverified]</li>
 *   <li>Priority 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ [agreed: source 3,
 *       REFERENCE.md's range 0–4]; we write 0.</li>
 *   <li>{@code Bussiness/BussinessDocType} {@code 0} = a new document. [agreed: sources 1, 2, 3]</li>
 *   <li>{@code SignerInfo/Competence} holds the signing authority ("quyền hạn người ký: tl, kt",
 *       source 3). We write the marker lines joined by {@code "; "} and omit it when the head signs in
 *       person; source 2 writes {@code Truc tiep}, which reading takes as "no marker". [unverified]</li>
 *   <li>{@code ToPlaces}: the recipient list as text, one {@code Place} each (source 3). The archive
 *       entry is written {@code Lưu: VT, NC}. [agreed for the element, unverified for the archive form]</li>
 * </ul>
 */
public final class EdXml {
  /** The namespace of QCVN 102:2016. [confirmed] */
  public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
  /** The prefix the writer uses for envelope elements. [agreed: sources 1, 2] */
  public static final String PREFIX = "edXML";
  /** The xlink namespace of the manifest's {@code Reference/@href}. [agreed: source 2, Bkav] */
  public static final String XLINK = "http://www.w3.org/1999/xlink";

  /** The name of the plan attachment. */
  public static final String PLAN_ATTACHMENT = "kehoach-plan.json";
  /** The content id of the plan attachment. */
  public static final String PLAN_CONTENT_ID = "cid:kehoach-plan";
  /** The content type of the plan attachment. */
  public static final String JSON = "application/json";

  /**
   * {@code yyyy/MM/dd}, the date form of the header and the DocumentId. [agreed] Reading also
   * accepts a time after the date, dashes, and {@code dd/MM/yyyy} (EnvelopeReader.parseDate).
   */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
  /** {@code yyyy/MM/dd HH:mm:ss}, the trace time stamp. [agreed] */
  public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

  /** The document type code written for a plan by default. [unverified] */
  public static final int DEFAULT_TYPE_CODE = 1;

  // Limits [agreed, limits from one implementation's checker, unverified as norms; REFERENCE.md].
  public static final int ORGAN_NAME = 200;
  public static final int ORGAN_ADD = 250;
  public static final int CODE_NUMBER = 11;
  public static final int CODE_NOTATION = 30;
  public static final int PLACE = 50;
  public static final int TYPE_NAME = 100;
  public static final int SUBJECT = 500;
  public static final int CONTENT = 500;
  /** Applied to Competence, Position and FullName (REFERENCE.md lists the three with "≤ 50"). */
  public static final int SIGNER = 50;
  public static final int TO_PLACE = 150;
  public static final int PRIORITY_MAX = 4;

  private EdXml() {}
}
