package io.kehoach.legacy.edxml;

import io.kehoach.legacy.Diagnostic;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.json.FormatVersion;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.Diagnostic.Severity;
import io.kehoach.legacy.edxml.internal.EdXml;
import io.kehoach.legacy.edxml.internal.EnvelopeWriter;
import io.kehoach.legacy.edxml.internal.HeaderMapper;
import io.kehoach.legacy.edxml.internal.LimitCheck;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan as an edXML envelope (QCVN 102:2016/BTTTT): its document identity as the message
 * header, and the whole plan attached as kehoach JSON, so that a receiving kehoach reads back the
 * plan and any other receiver still sees a correct header.
 *
 * <pre>{@code
 * EdXmlWriter writer = EdXmlWriter.builder().senderAgencyId("000.00.00.H38").build();   // once
 * String xml = writer.write(plan);
 * EdXmlExport export = writer.export(plan);        // the XML and what the header could not carry
 * }</pre>
 *
 * <p>The header: From is the issuer ({@code OrganId} from {@link io.kehoach.plan.IssuingBody#getAgencyId()}
 * or the sender id given here); To is every recipient but the archive, with its agency identifier
 * where the recipient or its body has one; Code is the number ({@code CodeNumber} {@code 36}) and the
 * symbol after the slash ({@code CodeNotation} {@code KH-UBND}); PromulgationInfo the place and the
 * date ({@code 2017/02/16}); DocumentType the configured code and the type's name ({@code Kế hoạch});
 * Subject; SignerInfo the signing markers ({@code KT. CHỦ TỊCH}), position and name; ToPlaces the
 * recipient list as text ({@code Lưu: VT, NC} for the archive); OtherInfo priority 0 (ordinary) and
 * the annexes' titles; DocumentId {@code <organId>,<yyyy/MM/dd>,<number>/<notation>} when the organ
 * id, the date and the number are all known (otherwise left out, and reported).
 *
 * <p>Before writing, every header field is checked: characters XML 1.0 cannot carry are always
 * refused; lengths over the edXML limits (counted in Unicode code points of NFC text) are refused
 * under {@link LimitPolicy#REJECT} (the default) or reported under {@link LimitPolicy#WARN}, which
 * writes the full value. What is refused is refused at once: one {@link EdXmlWriteException} lists
 * every such field, and nothing is written. The envelope is not digitally signed (no
 * {@code Signature} element).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EdXmlWriter {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final boolean pretty;
  private final boolean attachPlan;
  private final @Nullable String senderAgencyId;
  private final LimitPolicy limitPolicy;
  private final int documentTypeCode;
  private final Clock clock;
  // The attachment is written with the default mapper, built once: a mapper builds the serializers
  // of the whole model, which is far more work than a writer.
  private final PlanMapper mapper = DefaultMapper.INSTANCE;

  private static final class DefaultMapper {
    static final PlanMapper INSTANCE = PlanMapper.create();
  }

  private static final class Default {
    static final EdXmlWriter INSTANCE = new Builder().build();
  }

  private EdXmlWriter(Builder b) {
    this.pretty = b.pretty;
    this.attachPlan = b.attachPlan;
    this.senderAgencyId = b.senderAgencyId;
    this.limitPolicy = b.limitPolicy;
    this.documentTypeCode = b.documentTypeCode;
    this.clock = b.clock;
  }

  /** The writer with the defaults: indented, plan attached, limits enforced; one shared instance. */
  public static EdXmlWriter create() {
    return Default.INSTANCE;
  }

  /** A builder, to choose the layout, the attachment, the sender id and the limit policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The plan as an envelope.
   *
   * @param plan the plan, not null
   * @throws EdXmlWriteException if a header field cannot be written (all of them listed)
   */
  public String write(Plan plan) {
    return export(plan).getXml();
  }

  /**
   * Writes the plan as an envelope to {@code out} in UTF-8 (flushed, not closed).
   *
   * @param plan the plan, not null
   * @param out the stream, not null
   * @return what the writer reports (see {@link #export(Plan)})
   * @throws EdXmlWriteException if a header field cannot be written (all of them listed); nothing
   *     is written then
   * @throws UncheckedIOException if the stream fails
   */
  public List<Diagnostic> write(Plan plan, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Prepared p = prepare(plan);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    EnvelopeWriter.write(p.header, p.attachment, pretty, LocalDateTime.now(clock), w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.findings;
  }

  /**
   * The plan as an envelope, with the report: what the header cannot carry (it travels only in the
   * attachment), recipients without agency identifiers, a DocumentId left out, and under
   * {@link LimitPolicy#WARN} every field over its limit.
   *
   * @param plan the plan, not null
   * @throws EdXmlWriteException if a header field cannot be written (all of them listed)
   */
  public EdXmlExport export(Plan plan) {
    Prepared p = prepare(plan);
    StringWriter out = new StringWriter();
    EnvelopeWriter.write(p.header, p.attachment, pretty, LocalDateTime.now(clock), out);
    return EdXmlExport.of(out.toString(), p.findings);
  }

  private record Prepared(MessageHeader header, EnvelopeWriter.@Nullable Attachment attachment,
      List<Diagnostic> findings) {}

  private Prepared prepare(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    HeaderMapper.Result r = HeaderMapper.map(plan, senderAgencyId, documentTypeCode);
    List<Diagnostic> findings = new ArrayList<>(r.findings());
    List<FieldViolation> violations = LimitCheck.check(r.header());
    List<FieldViolation> refused = new ArrayList<>();
    for (FieldViolation v : violations) {
      if (v.getKind() == FieldViolation.Kind.INVALID_CHARACTER || limitPolicy == LimitPolicy.REJECT) {
        refused.add(v);
      } else {
        findings.add(Diagnostic.of("limit.exceeded", Severity.WARNING, LocalizedText.of(
            v.getField() + ": " + v.getMessage().vi() + " (vẫn ghi đủ giá trị)",
            v.getField() + ": " + v.getMessage().en() + " (the full value is written)")));
      }
    }
    if (!refused.isEmpty()) {
      throw new EdXmlWriteException(refused);
    }
    EnvelopeWriter.Attachment attachment = null;
    if (attachPlan) {
      byte[] json = mapper.write(PlanFormat.JSON, plan).getBytes(StandardCharsets.UTF_8);
      attachment = new EnvelopeWriter.Attachment(EdXml.PLAN_ATTACHMENT, EdXml.PLAN_CONTENT_ID, EdXml.JSON,
          "Kế hoạch, định dạng kehoach JSON " + FormatVersion.CURRENT, json);
      findings.add(Diagnostic.of("not-carried", Severity.INFO, LocalizedText.of(
          "Phần đầu edXML chỉ mang thông tin định danh văn bản; toàn bộ nội dung kế hoạch nằm trong tệp đính kèm "
              + EdXml.PLAN_ATTACHMENT,
          "The edXML header carries only the document's identity; the whole plan travels in the attachment "
              + EdXml.PLAN_ATTACHMENT), Location.atPointer("")));
    } else {
      findings.add(Diagnostic.of("not-carried", Severity.WARNING, LocalizedText.of(
          "Không đính kèm kế hoạch: bên nhận chỉ có phần đầu (định danh văn bản), không có nội dung kế hoạch",
          "The plan is not attached: receivers get only the header (the document's identity), not the plan's content"),
          Location.atPointer("")));
    }
    return new Prepared(r.header(), attachment, List.copyOf(findings));
  }

  /** Chooses the layout, the attachment, the sender id and the limit policy of an {@link EdXmlWriter}. */
  public static final class Builder {
    private boolean pretty = true;
    private boolean attachPlan = true;
    private @Nullable String senderAgencyId;
    private LimitPolicy limitPolicy = LimitPolicy.REJECT;
    private int documentTypeCode = EdXml.DEFAULT_TYPE_CODE;
    private Clock clock = Clock.system(VIETNAM);

    private Builder() {}

    /** Whether the XML is indented, one element a line (the default), or written on one line. */
    public Builder prettyPrint(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** Whether the plan is attached as kehoach JSON (the default), or only the header is written. */
    public Builder attachPlan(boolean attach) {
      this.attachPlan = attach;
      return this;
    }

    /**
     * The sender's agency identifier ({@code OrganId}, such as {@code "000.00.00.H38"}), used when
     * the plan's issuer has none.
     *
     * @param agencyId the identifier, or null for none
     */
    public Builder senderAgencyId(@Nullable String agencyId) {
      this.senderAgencyId = agencyId == null || agencyId.isBlank() ? null : agencyId.strip();
      return this;
    }

    /** What to do with fields over their limits; {@link LimitPolicy#REJECT} by default. */
    public Builder limitPolicy(LimitPolicy policy) {
      this.limitPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The {@code DocumentType/Type} code written; 1 by default. Public implementations disagree on
     * the code list (1 and 18 are both seen for an official letter), so this default is unverified.
     */
    public Builder documentTypeCode(int code) {
      this.documentTypeCode = code;
      return this;
    }

    /** The clock of the trace header's time stamp; Vietnam's time by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The writer. */
    public EdXmlWriter build() {
      return new EdXmlWriter(this);
    }
  }
}
