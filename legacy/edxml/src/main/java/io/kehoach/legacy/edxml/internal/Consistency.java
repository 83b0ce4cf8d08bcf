package io.kehoach.legacy.edxml.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.Diagnostic.Severity;
import io.kehoach.legacy.edxml.MessageHeader;
import io.kehoach.legacy.edxml.Organ;
import io.kehoach.legacy.edxml.SignerInfo;
import io.kehoach.plan.Plan;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Compares a header with the plan attached to it; each disagreement is a warning. */
final class Consistency {
  private Consistency() {}

  static void check(MessageHeader h, Plan plan, Map<String, Location> where, List<Diagnostic> findings) {
    if (h.getCodeNumber().isPresent() || h.getCodeNotation().isPresent()) {
      String header = h.getCodeNumber().orElse("") + "/" + h.getCodeNotation().orElse("");
      String attached = plan.getNumber().map(Object::toString).orElse("");
      boolean same = h.documentNumber().isPresent() && plan.getNumber().isPresent()
          && h.documentNumber().get().equals(plan.getNumber().get());
      if (!same) {
        mismatch(findings, where.get("Code/CodeNumber"), "Code", "số, ký hiệu", "number", header, attached);
      }
    }
    compare(findings, where.get("Subject"), "Subject", "trích yếu", "subject", h.getSubject(),
        Optional.of(plan.getSubject()));
    compare(findings, where.get("PromulgationInfo/Place"), "PromulgationInfo/Place", "địa danh", "place",
        h.getPlace(), plan.getPlace());
    compare(findings, where.get("PromulgationInfo/PromulgationDate"), "PromulgationInfo/PromulgationDate",
        "ngày ban hành", "date of issue", h.getPromulgationDate().map(Object::toString),
        plan.getIssueDate().map(Object::toString));
    compare(findings, where.get("From/OrganName"), "From/OrganName", "cơ quan ban hành", "issuer",
        h.getFrom().flatMap(Organ::getOrganName), Optional.of(plan.getIssuer().getName()));
    if (plan.getIssuer().getAgencyId().isPresent()) {
      compare(findings, where.get("From/OrganId"), "From/OrganId", "mã định danh cơ quan ban hành",
          "issuer's agency id", h.getFrom().flatMap(Organ::getOrganId), plan.getIssuer().getAgencyId());
    }
    compare(findings, where.get("DocumentType/TypeName"), "DocumentType/TypeName", "tên loại văn bản",
        "document type", h.getDocumentTypeName().map(s -> s.toLowerCase(java.util.Locale.ROOT)),
        Optional.of(plan.getDocumentType().getLabel().vi().toLowerCase(java.util.Locale.ROOT)));
    if (plan.getSignature().isPresent()) {
      compare(findings, where.get("SignerInfo/FullName"), "SignerInfo/FullName", "người ký", "signer",
          h.getSignerInfo().flatMap(SignerInfo::getFullName), Optional.of(plan.getSignature().get().getName()));
      compare(findings, where.get("SignerInfo/Position"), "SignerInfo/Position", "chức vụ người ký",
          "signer's position", h.getSignerInfo().flatMap(SignerInfo::getPosition),
          Optional.of(plan.getSignature().get().getPosition()));
    }
  }

  /** Compares when the header states a value. */
  private static void compare(List<Diagnostic> findings, Location at, String field, String vi, String en,
      Optional<String> header, Optional<String> attached) {
    if (header.isPresent() && !Objects.equals(header.get(), attached.orElse(null))) {
      mismatch(findings, at, field, vi, en, header.get(), attached.orElse(""));
    }
  }

  private static void mismatch(List<Diagnostic> findings, Location at, String field, String vi, String en,
      String header, String attached) {
    LocalizedText text = LocalizedText.of(
        "Phần đầu và kế hoạch đính kèm khác nhau về " + vi + " (" + field + "): \"" + header + "\" và \"" + attached
            + "\"; dùng giá trị của kế hoạch đính kèm",
        "The header and the attached plan disagree on the " + en + " (" + field + "): \"" + header + "\" and \""
            + attached + "\"; the attached plan's value is used");
    findings.add(at == null ? Diagnostic.of("header.mismatch", Severity.WARNING, text)
        : Diagnostic.of("header.mismatch", Severity.WARNING, text, at));
  }
}
