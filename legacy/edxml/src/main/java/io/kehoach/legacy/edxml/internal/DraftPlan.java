package io.kehoach.legacy.edxml.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.Diagnostic.Severity;
import io.kehoach.legacy.edxml.MessageHeader;
import io.kehoach.legacy.edxml.Organ;
import io.kehoach.legacy.edxml.OtherInfo;
import io.kehoach.legacy.edxml.SignerInfo;
import io.kehoach.plan.Annex;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A draft plan from a message header alone: what the header states (issuer, number, place and
 * date, type, subject, recipients, signature, annex titles), and a finding for each part of a plan
 * it does not give. The draft's status is {@link PlanStatus#DRAFT}: a header does not say where the
 * plan stands, and the plan lacks its content.
 */
final class DraftPlan {
  /** The issuer's name when the header names none, as {@code PressSummary} does. */
  static final String UNKNOWN_ISSUER = "(không rõ)";

  private DraftPlan() {}

  static Plan build(MessageHeader h, Map<String, Location> where, List<Diagnostic> findings,
      @Nullable String source) {
    Plan.Builder p = Plan.builder().status(PlanStatus.DRAFT);
    Location header = SafeXml.at(source, -1, -1);

    Optional<Organ> from = h.getFrom();
    IssuingBody.Builder issuer = IssuingBody.builder();
    Optional<String> issuerName = from.flatMap(Organ::getOrganName);
    issuer.name(issuerName.orElse(UNKNOWN_ISSUER));
    from.flatMap(Organ::getOrganId).ifPresent(issuer::agencyId);
    p.issuer(issuer.build());
    if (issuerName.isEmpty()) {
      missing(findings, where.getOrDefault("From", header), "/issuer", "cơ quan ban hành (From/OrganName)",
          "the issuer (From/OrganName)");
    }

    if (h.getCodeNumber().isPresent() && h.getCodeNotation().isPresent()) {
      String text = h.getCodeNumber().get() + "/" + h.getCodeNotation().get();
      try {
        p.number(DocumentNumber.parse(text));
      } catch (MalformedInputException e) {
        findings.add(Diagnostic.of("value.unreadable", Severity.WARNING, LocalizedText.of(
            "Số, ký hiệu \"" + text + "\" không đọc được: " + e.getText().vi(),
            "The number \"" + text + "\" cannot be read: " + e.getText().en()),
            where.getOrDefault("Code/CodeNumber", header)));
      }
    } else {
      missing(findings, where.getOrDefault("Code/CodeNumber", header), "/number", "số, ký hiệu (Code)",
          "the number and symbol (Code)");
    }
    h.getPlace().ifPresentOrElse(p::place, () -> missing(findings, where.getOrDefault("PromulgationInfo/Place",
        header), "/place", "địa danh (PromulgationInfo/Place)", "the place (PromulgationInfo/Place)"));
    h.getPromulgationDate().ifPresentOrElse(p::issueDate, () -> missing(findings,
        where.getOrDefault("PromulgationInfo/PromulgationDate", header), "/issueDate",
        "ngày ban hành (PromulgationInfo/PromulgationDate)", "the date of issue (PromulgationInfo/PromulgationDate)"));

    if (h.getDocumentTypeName().isPresent()) {
      Optional<DocumentType> type = typeNamed(h.getDocumentTypeName().get());
      type.ifPresent(p::documentType);
      if (type.isEmpty() || type.get() != DocumentType.PLAN) {
        findings.add(Diagnostic.of("document-type", Severity.WARNING, LocalizedText.of(
            "Văn bản là \"" + h.getDocumentTypeName().get() + "\", không phải kế hoạch"
                + (type.isEmpty() ? " (loại không có trong danh mục: giữ loại Kế hoạch)" : ""),
            "The document is a \"" + h.getDocumentTypeName().get() + "\", not a plan"
                + (type.isEmpty() ? " (a type not in the list: kept as Plan)" : "")),
            where.getOrDefault("DocumentType/TypeName", header)));
      }
    }

    p.subject(h.getSubject().orElse(""));
    if (h.getSubject().isEmpty()) {
      missing(findings, header, "/subject", "trích yếu (Subject)", "the subject (Subject)");
    }

    List<Recipient> recipients = new ArrayList<>();
    for (String line : h.getToPlaces()) {
      Recipients.parse(line).ifPresent(recipients::add);
      bareArchive(line, where.getOrDefault("ToPlaces", header), findings);
    }
    if (recipients.isEmpty()) {
      List<Organ> to = h.getTo();
      for (int i = 0; i < to.size(); i++) {
        Optional<String> name = to.get(i).getOrganName();
        name.flatMap(Recipients::parse).ifPresent(recipients::add);
        if (name.isPresent()) {
          bareArchive(name.get(), where.getOrDefault("To[" + (i + 1) + "]", header), findings);
        }
      }
    }
    for (int i = 0; i < recipients.size(); i++) {
      Recipient r = recipients.get(i);
      for (Organ o : h.getTo()) {
        if (o.getOrganId().isPresent() && o.getOrganName().filter(r.getName()::equals).isPresent()) {
          recipients.set(i, Recipient.builder().from(r).agencyId(o.getOrganId()).build());
          break;
        }
      }
    }
    p.recipients(recipients);
    if (recipients.isEmpty()) {
      missing(findings, where.getOrDefault("ToPlaces", header), "/recipients", "nơi nhận (ToPlaces, To)",
          "the recipients (ToPlaces, To)");
    }

    Optional<Signature> signature = h.getSignerInfo().flatMap(s -> signature(s, where, findings, header));
    signature.ifPresent(p::signature);
    if (signature.isEmpty()) {
      missing(findings, where.getOrDefault("SignerInfo", header), "/signature",
          "chữ ký (SignerInfo/Position và FullName)", "the signature (SignerInfo/Position and FullName)");
    }

    List<String> appendixes = h.getOtherInfo().map(OtherInfo::getAppendixes).orElse(List.of());
    for (int i = 0; i < appendixes.size(); i++) {
      p.addAnnex(Annex.builder().id("phu-luc-" + (i + 1)).title(appendixes.get(i)).build());
    }

    findings.add(Diagnostic.of("part.missing", Severity.WARNING, LocalizedText.of(
        "Phần đầu edXML không mang nội dung kế hoạch: thiếu mục đích, yêu cầu, nội dung, hình thức, tổ chức thực hiện "
            + "(cơ quan, nhiệm vụ), kinh phí, chế độ báo cáo, căn cứ, thời kỳ, địa bàn; trạng thái đặt là dự thảo",
        "The edXML header does not carry the plan's content: purposes, requirements, content, channels, "
            + "implementation (bodies, tasks), budget, reporting rules, legal basis, period and territory are missing; "
            + "the status is set to draft"), Location.builder().from(header).pointer("").build()));
    return p.build();
  }

  /**
   * Says that an archive entry naming no units ({@code Lưu}, {@code Lưu:}) is kept as the archive
   * entry named {@code "Lưu"}, rather than dropped.
   */
  private static void bareArchive(String line, Location at, List<Diagnostic> findings) {
    if (Recipients.isBareArchive(line)) {
      findings.add(Diagnostic.of("recipient.archive-bare", Severity.INFO, LocalizedText.of(
          "Nơi nhận \"" + line.strip() + "\" là mục lưu không ghi đơn vị lưu: giữ là mục lưu \""
              + Recipients.BARE_ARCHIVE + "\"",
          "The recipient \"" + line.strip() + "\" is an archive entry naming no units: kept as the archive entry \""
              + Recipients.BARE_ARCHIVE + "\""), at));
    }
  }

  private static Optional<Signature> signature(SignerInfo s, Map<String, Location> where, List<Diagnostic> findings,
      Location header) {
    if (s.getPosition().isEmpty() || s.getFullName().isEmpty()) {
      return Optional.empty();
    }
    Signature.Builder b = Signature.builder().position(s.getPosition().get()).name(s.getFullName().get());
    if (s.getCompetence().isPresent()) {
      String c = s.getCompetence().get();
      String folded = Recipients.fold(c).strip();
      if (!folded.equals("truc tiep")) {
        for (String line : c.split("\\s*[;\\n]\\s*")) {
          if (line.isBlank()) {
            continue;
          }
          try {
            b.addMarker(SigningMarker.parse(line));
          } catch (MalformedInputException e) {
            findings.add(Diagnostic.of("value.unreadable", Severity.WARNING, LocalizedText.of(
                "Thẩm quyền ký \"" + line + "\" không đọc được: " + e.getText().vi(),
                "The signing authority \"" + line + "\" cannot be read: " + e.getText().en()),
                where.getOrDefault("SignerInfo/Competence", header)));
          }
        }
      }
    }
    return Optional.of(b.build());
  }

  /** The type whose Vietnamese name is {@code name}, ignoring case and diacritics. */
  static Optional<DocumentType> typeNamed(String name) {
    String f = Recipients.fold(name).strip();
    for (DocumentType t : DocumentType.values()) {
      if (Recipients.fold(t.getLabel().vi()).equals(f)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static void missing(List<Diagnostic> findings, Location at, String pointer, String vi, String en) {
    Location l = Location.builder().from(at).pointer(pointer).build();
    findings.add(Diagnostic.of("part.missing", Severity.WARNING, LocalizedText.of(
        "Phần đầu không có " + vi, "The header does not give " + en), l));
  }
}
