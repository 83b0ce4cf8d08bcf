package io.kehoach.legacy.edxml.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.Diagnostic.Severity;
import io.kehoach.legacy.edxml.MessageHeader;
import io.kehoach.legacy.edxml.Organ;
import io.kehoach.legacy.edxml.OtherInfo;
import io.kehoach.legacy.edxml.SignerInfo;
import io.kehoach.plan.Annex;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningMarker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Maps a plan's document identity to an edXML message header, noting what the header cannot carry. */
public final class HeaderMapper {
  /** The separator of marker lines in {@code Competence}. [unverified] */
  public static final String COMPETENCE_SEPARATOR = "; ";

  private HeaderMapper() {}

  /** A header and what the mapping reports. */
  public record Result(MessageHeader header, List<Diagnostic> findings) {}

  /**
   * Maps {@code plan}.
   *
   * @param senderAgencyId the organ id to use when the issuer has none, or null
   * @param typeCode the DocumentType/Type code to write
   */
  public static Result map(Plan plan, @Nullable String senderAgencyId, int typeCode) {
    List<Diagnostic> findings = new ArrayList<>();
    MessageHeader.Builder h = MessageHeader.builder();

    Optional<String> organId = plan.getIssuer().getAgencyId().or(() -> Optional.ofNullable(senderAgencyId));
    h.from(Organ.builder().organId(organId).organName(plan.getIssuer().getName()).build());
    if (plan.getIssuer().getSuperiorBody().isPresent()) {
      findings.add(info("not-carried", "/issuer/superiorBody",
          "Phần đầu edXML không có chỗ cho cơ quan chủ quản (\"" + plan.getIssuer().getSuperiorBody().get()
              + "\"); nó chỉ có trong tệp kế hoạch đính kèm",
          "The edXML header has no place for the superior body (\"" + plan.getIssuer().getSuperiorBody().get()
              + "\"); it travels only in the attached plan"));
    }
    if (organId.isEmpty()) {
      findings.add(warn("organ-id.missing", "/issuer/agencyId",
          "Cơ quan ban hành không có mã định danh (OrganId) và không có mã bên gửi mặc định",
          "The issuer has no agency identifier (OrganId) and no default sender id was given"));
    }

    Map<String, ResponsibleBody> bodies = new HashMap<>();
    for (ResponsibleBody b : plan.getBodies()) {
      bodies.putIfAbsent(b.getId(), b);
    }
    int withoutId = 0;
    List<Recipient> recipients = plan.getRecipients();
    for (int i = 0; i < recipients.size(); i++) {
      Recipient r = recipients.get(i);
      h.addToPlace(place(r));
      if (r.isArchive()) {
        continue;
      }
      Optional<String> id = r.getAgencyId()
          .or(() -> r.getBodyId().map(bodies::get).flatMap(ResponsibleBody::getAgencyId));
      if (id.isEmpty()) {
        withoutId++;
      }
      h.addTo(Organ.builder().organId(id).organName(r.getName()).build());
      Optional<io.kehoach.plan.RecipientPurpose> implied = Recipients.purposeIn(r.getName());
      if (r.getPurpose().isPresent() && !r.getPurpose().equals(implied)) {
        findings.add(info("not-carried", "/recipients/" + i + "/purpose",
            "Mục đích gửi (" + r.getPurpose().get().getLabel().vi() + ") của nơi nhận \"" + r.getName()
                + "\" không có trong phần đầu edXML; nó chỉ có trong tệp kế hoạch đính kèm",
            "The purpose (" + r.getPurpose().get().getLabel().en() + ") of recipient \"" + r.getName()
                + "\" is not in the edXML header; it travels only in the attached plan"));
      }
    }
    if (withoutId > 0) {
      findings.add(info("recipient.no-agency-id", "/recipients",
          withoutId + " nơi nhận không có mã định danh (OrganId): mạng trao đổi văn bản không tự chuyển được đến họ",
          withoutId + " recipient(s) have no agency identifier (OrganId): the exchange network cannot route to them"));
    }

    plan.getNumber().ifPresentOrElse(n -> {
      String[] parts = split(n);
      h.codeNumber(parts[0]).codeNotation(parts[1]);
    }, () -> findings.add(warn("part.missing", "/number", "Kế hoạch chưa có số, ký hiệu: bỏ phần Code",
        "The plan has no number and symbol: Code is left out")));
    plan.getPlace().ifPresent(h::place);
    plan.getIssueDate().ifPresent(h::promulgationDate);
    h.documentTypeCode(typeCode).documentTypeName(plan.getDocumentType().getLabel().vi());
    h.subject(plan.getSubject());
    plan.getSignature().ifPresent(s -> h.signerInfo(signer(s)));

    List<String> appendixes = plan.getAnnexes().stream().map(Annex::getTitle).collect(Collectors.toList());
    h.otherInfo(OtherInfo.builder().priority(0).appendixes(appendixes).build());

    if (organId.isPresent() && plan.getIssueDate().isPresent() && plan.getNumber().isPresent()) {
      String[] parts = split(plan.getNumber().get());
      h.documentId(organId.get() + "," + EdXml.DATE.format(plan.getIssueDate().get()) + "," + parts[0] + "/" + parts[1]);
    } else {
      findings.add(warn("document-id.omitted", "",
          "Bỏ DocumentId: cần mã định danh của cơ quan ban hành, ngày ban hành và số, ký hiệu",
          "DocumentId left out: it needs the issuer's agency identifier, the date of issue and the number"));
    }
    return new Result(h.build(), findings);
  }

  /** The number and the notation: {@code 36} and {@code KH-UBND}; {@code 30} and {@code 2020/NĐ-CP}. */
  static String[] split(DocumentNumber n) {
    String s = n.toString();
    int slash = s.indexOf('/');
    return new String[] {s.substring(0, slash), s.substring(slash + 1)};
  }

  /** A recipient as a line of the recipient list: the name, or {@code Lưu: VT, NC} for the archive. */
  static String place(Recipient r) {
    return r.isArchive() ? Recipients.ARCHIVE_PREFIX + r.getName() : r.getName();
  }

  static SignerInfo signer(Signature s) {
    SignerInfo.Builder b = SignerInfo.builder().position(s.getPosition()).fullName(s.getName());
    if (!s.getMarkers().isEmpty()) {
      b.competence(s.getMarkers().stream().map(SigningMarker::toString)
          .collect(Collectors.joining(COMPETENCE_SEPARATOR)));
    }
    return b.build();
  }

  private static Diagnostic info(String code, String pointer, String vi, String en) {
    return Diagnostic.of(code, Severity.INFO, LocalizedText.of(vi, en), Location.atPointer(pointer));
  }

  private static Diagnostic warn(String code, String pointer, String vi, String en) {
    return Diagnostic.of(code, Severity.WARNING, LocalizedText.of(vi, en), Location.atPointer(pointer));
  }
}
