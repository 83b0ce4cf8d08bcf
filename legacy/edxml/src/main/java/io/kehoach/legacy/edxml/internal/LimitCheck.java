package io.kehoach.legacy.edxml.internal;

import io.kehoach.LocalizedText;
import io.kehoach.legacy.edxml.FieldViolation;
import io.kehoach.legacy.edxml.FieldViolation.Kind;
import io.kehoach.legacy.edxml.MessageHeader;
import io.kehoach.legacy.edxml.Organ;
import io.kehoach.legacy.edxml.OtherInfo;
import io.kehoach.legacy.edxml.SignerInfo;
import io.kehoach.plan.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every field of a header before it is written: characters XML 1.0 cannot carry, and the
 * limits of REFERENCE.md [agreed, limits from one implementation's checker, unverified as norms].
 * Lengths are Unicode code points of the NFC text.
 */
public final class LimitCheck {
  private final List<FieldViolation> violations = new ArrayList<>();

  private LimitCheck() {}

  /** Every violation in {@code header}, in header order; characters first for each field. */
  public static List<FieldViolation> check(MessageHeader header) {
    LimitCheck c = new LimitCheck();
    c.run(header);
    return c.violations;
  }

  private void run(MessageHeader h) {
    String m = "MessageHeader/";
    h.getFrom().ifPresent(o -> organ(m + "From/", o));
    for (int i = 0; i < h.getTo().size(); i++) {
      organ(m + "To[" + (i + 1) + "]/", h.getTo().get(i));
    }
    text(m + "Code/CodeNumber", h.getCodeNumber(), EdXml.CODE_NUMBER);
    text(m + "Code/CodeNotation", h.getCodeNotation(), EdXml.CODE_NOTATION);
    text(m + "PromulgationInfo/Place", h.getPlace(), EdXml.PLACE);
    text(m + "DocumentType/TypeName", h.getDocumentTypeName(), EdXml.TYPE_NAME);
    text(m + "Subject", h.getSubject(), EdXml.SUBJECT);
    text(m + "Content", h.getContent(), EdXml.CONTENT);
    h.getSignerInfo().ifPresent(s -> signer(m + "SignerInfo/", s));
    for (int i = 0; i < h.getToPlaces().size(); i++) {
      text(m + "ToPlaces/Place[" + (i + 1) + "]", Optional.of(h.getToPlaces().get(i)), EdXml.TO_PLACE);
    }
    h.getOtherInfo().ifPresent(o -> other(m + "OtherInfo/", o));
    text(m + "DocumentId", h.getDocumentId(), 0);
  }

  private void organ(String p, Organ o) {
    text(p + "OrganId", o.getOrganId(), 0);
    text(p + "OrganizationInCharge", o.getOrganizationInCharge(), 0);
    text(p + "OrganName", o.getOrganName(), EdXml.ORGAN_NAME);
    text(p + "OrganAdd", o.getOrganAdd(), EdXml.ORGAN_ADD);
    text(p + "Email", o.getEmail(), 0);
    text(p + "Telephone", o.getTelephone(), 0);
    text(p + "Fax", o.getFax(), 0);
    text(p + "Website", o.getWebsite(), 0);
  }

  private void signer(String p, SignerInfo s) {
    text(p + "Competence", s.getCompetence(), EdXml.SIGNER);
    text(p + "Position", s.getPosition(), EdXml.SIGNER);
    text(p + "FullName", s.getFullName(), EdXml.SIGNER);
  }

  private void other(String p, OtherInfo o) {
    if (o.getPriority().isPresent()) {
      int v = o.getPriority().getAsInt();
      if (v < 0 || v > EdXml.PRIORITY_MAX) {
        violations.add(FieldViolation.builder().field(p + "Priority").kind(Kind.OUT_OF_RANGE).actual(v)
            .limit(EdXml.PRIORITY_MAX).message(LocalizedText.of(
                "giá trị " + v + " ngoài khoảng 0–" + EdXml.PRIORITY_MAX,
                "value " + v + " outside 0–" + EdXml.PRIORITY_MAX)).build());
      }
    }
    text(p + "SphereOfPromulgation", o.getSphereOfPromulgation(), 0);
    text(p + "TyperNotation", o.getTyperNotation(), 0);
    for (int i = 0; i < o.getAppendixes().size(); i++) {
      text(p + "Appendixes/Appendix[" + (i + 1) + "]", Optional.of(o.getAppendixes().get(i)), 0);
    }
  }

  /** Checks one text; {@code limit} 0 means no length limit. */
  private void text(String field, Optional<String> value, int limit) {
    if (value.isEmpty()) {
      return;
    }
    String s = Text.nfc(value.get());
    int bad = firstInvalidXmlChar(s);
    if (bad >= 0) {
      int cp = s.codePointAt(bad);
      String hex = String.format("U+%04X", cp);
      violations.add(FieldViolation.builder().field(field).kind(Kind.INVALID_CHARACTER)
          .message(LocalizedText.of(
              "có ký tự " + hex + " (vị trí " + (s.codePointCount(0, bad) + 1) + ") mà XML 1.0 không chứa được",
              "holds character " + hex + " (position " + (s.codePointCount(0, bad) + 1) + ") that XML 1.0 cannot carry"))
          .build());
    }
    int length = s.codePointCount(0, s.length());
    if (limit > 0 && length > limit) {
      violations.add(FieldViolation.builder().field(field).kind(Kind.TOO_LONG).actual(length).limit(limit)
          .message(LocalizedText.of(length + " ký tự, giới hạn " + limit, length + " characters, limit " + limit))
          .build());
    }
  }

  /**
   * The index of the first character XML 1.0 does not allow ({@code #x9 | #xA | #xD | [#x20-#xD7FF] |
   * [#xE000-#xFFFD] | [#x10000-#x10FFFF]}, unpaired surrogates included), or -1.
   */
  public static int firstInvalidXmlChar(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
          || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
      if (!ok) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }
}
