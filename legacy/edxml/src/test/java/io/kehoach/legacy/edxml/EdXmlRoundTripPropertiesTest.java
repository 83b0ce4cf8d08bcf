package io.kehoach.legacy.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated plans: written and read back whole through the attachment, and as a draft through the header. */
class EdXmlRoundTripPropertiesTest {
  private static final EdXmlWriter WRITER = EdXmlWriter.builder().clock(Plans.FIXED).senderAgencyId("000.00.00.H01").build();
  private static final EdXmlWriter HEADER_ONLY = EdXmlWriter.builder().clock(Plans.FIXED).attachPlan(false).build();
  private static final EdXmlReader READER = EdXmlReader.create();

  @Property
  void attachment_givesTheWholePlanBack(@ForAll("plans") Plan plan) {
    EdXmlImport r = READER.read(WRITER.write(plan), "p.edxml");
    assertThat(r.planOrThrow()).isEqualTo(plan);
    assertThat(r.hasDiagnostic("header.mismatch")).isFalse();
  }

  @Property
  void header_givesTheIdentityBack(@ForAll("plans") Plan plan) {
    EdXmlImport r = READER.read(HEADER_ONLY.write(plan), "h.edxml");
    Plan d = r.planOrThrow();
    assertThat(r.getPlanSource()).isEqualTo(PlanSource.HEADER);
    assertThat(d.getIssuer().getName()).isEqualTo(plan.getIssuer().getName());
    assertThat(d.getNumber()).isEqualTo(plan.getNumber());
    assertThat(d.getIssueDate()).isEqualTo(plan.getIssueDate());
    assertThat(d.getPlace()).isEqualTo(plan.getPlace());
    assertThat(d.getSubject()).isEqualTo(plan.getSubject());
    assertThat(d.getSignature()).isEqualTo(plan.getSignature());
    assertThat(d.getRecipients()).isEqualTo(plan.getRecipients());
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Optional<DocumentNumber>> number = Combinators.combine(Arbitraries.integers().between(0, 9999),
        Arbitraries.of("UBND", "SYT", "STP", "UBND-VX", "BNV")).as((n, i) -> DocumentNumber.of(n, "KH", i))
        .optional();
    Arbitrary<Optional<LocalDate>> date = Combinators.combine(Arbitraries.integers().between(1990, 2040),
        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31))
        .as((y, m, d) -> YearMonth.of(y, m).atDay(Math.min(d, YearMonth.of(y, m).lengthOfMonth()))).optional();
    // A recipient line that reads "Lưu …" is the archive entry, in ToPlaces as in the official text (a
    // bare "luu" was found by this property): other recipients are named otherwise.
    Arbitrary<String> recipient = text(1, 140).filter(n -> !java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).strip().startsWith("luu"));
    Arbitrary<List<Recipient>> recipients = Combinators.combine(recipient.list().ofMaxSize(6),
        text(1, 30).optional()).as((names, archive) -> {
          List<Recipient> out = new java.util.ArrayList<>();
          names.forEach(n -> out.add(Recipient.of(n)));
          archive.ifPresent(a -> out.add(Recipient.archive(a)));
          return out;
        });
    Arbitrary<Optional<Signature>> signature = Combinators.combine(
        Arbitraries.of(SigningAuthority.values()).list().ofMaxSize(2),
        // A marker line is read with its spaces collapsed, as SigningMarker.parse does.
        text(1, 15).map(s -> s.replaceAll(" +", " ")), text(1, 40), text(1, 50))
        .as((auths, onBehalf, position, name) -> Signature.builder()
            .markers(auths.stream().map(a -> SigningMarker.of(a, onBehalf)).toList())
            .position(position).name(name).build()).optional();
    return Combinators.combine(text(1, 200), number, text(1, 50).optional(), date, text(1, 500), recipients, signature)
        .as((issuer, n, place, d, subject, rs, sig) -> {
          Plan.Builder b = Plan.builder().issuer(IssuingBody.of(issuer)).subject(subject).status(PlanStatus.ISSUED)
              .recipients(rs);
          n.ifPresent(b::number);
          place.ifPresent(b::place);
          d.ifPresent(b::issueDate);
          sig.ifPresent(b::signature);
          return b.build();
        });
  }

  /**
   * Text as a header holds it: Vietnamese letters, digits, XML's special characters, a character
   * outside the BMP; no surrounding white space, no line breaks, no "Lưu" (the archive's mark) at the
   * start, no "(b/c)"-like purpose marks and no ';' (the separator of signing markers).
   */
  static Arbitrary<String> text(int min, int max) {
    return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ"
            + "ìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ÂĐƯ0123456789&<>\"'.,-/()#")
        .ofMinLength(min).ofMaxLength(max)
        // '#' stands for a character outside the BMP (two UTF-16 units, one code point).
        .map(s -> s.replace("#", "𝔸").strip())
        .filter(s -> !s.isEmpty() && s.codePointCount(0, s.length()) <= max)
        .filter(s -> !io.kehoach.plan.internal.Text.lower(s).startsWith("lưu") && !s.contains("(b/") && !s.contains("(t/"));
  }
}
