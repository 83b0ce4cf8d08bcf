package io.kehoach.legacy.edxml;

import io.kehoach.legacy.testing.Seeds;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.plan.Annex;
import io.kehoach.plan.BodyKind;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.Period;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Plans for the edXML tests: the real seed 003 and hand-built ones. */
final class Plans {
  static final Clock FIXED = Clock.fixed(Instant.parse("2017-02-16T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private Plans() {}

  /** Seed 003 (Bình Phước, 36/KH-UBND, 16/02/2017), imported from its official text. */
  static Plan seed003() {
    return PlanTextImporter.create().read(Seeds.text("003"), "003.txt").planOrThrow();
  }

  /** Seed 003 with agency identifiers on the issuer and on two recipients. */
  static Plan seed003WithAgencyIds() {
    Plan p = seed003();
    Plan.Builder b = Plan.builder().from(p)
        .issuer(IssuingBody.builder().from(p.getIssuer()).agencyId("000.00.00.H10").build());
    b.recipients(p.getRecipients().stream().map(r -> r.getName().equals("Văn phòng Chính phủ")
        ? Recipient.builder().from(r).agencyId("000.00.00.G01").build()
        : r.getName().equals("Báo Bình Phước") ? Recipient.builder().from(r).agencyId("000.00.21.H10").build() : r)
        .toList());
    return b.build();
  }

  /** A deputy-signed plan with a superior body, a number below 10, annexes and purposes. */
  static Plan deputySigned() {
    return Plan.builder()
        .issuer(IssuingBody.builder().name("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG").superiorBody("CHÍNH PHỦ")
            .agencyId("000.00.00.H60").build())
        .number(DocumentNumber.parse("05/KH-UBND"))
        .placeAndDate(PlaceAndDate.parse("Sóc Trăng, ngày 09 tháng 01 năm 2018"))
        .subject("Tuyên truyền cải cách hành chính giai đoạn 2018 - 2020 & \"một cửa\" <liên thông>")
        .period(Period.ofYears(2018, 2020))
        .status(PlanStatus.ISSUED)
        .addBody(ResponsibleBody.builder().id("so-noi-vu").name("Sở Nội vụ").kind(BodyKind.DEPARTMENT)
            .agencyId("000.01.30.H60").build())
        .addRecipient(Recipient.builder().name("Sở Nội vụ").purpose(RecipientPurpose.TO_ACT).bodyId("so-noi-vu").build())
        .addRecipient(Recipient.of("Bộ Nội vụ (b/c)", RecipientPurpose.TO_REPORT))
        .addRecipient(Recipient.of("Các sở, ban, ngành tỉnh"))
        .addRecipient(Recipient.archive("VT, NC"))
        .signature(Signature.builder()
            .addMarker(SigningMarker.of(SigningAuthority.TM, "ỦY BAN NHÂN DÂN"))
            .addMarker(SigningMarker.of(SigningAuthority.KT, "CHỦ TỊCH"))
            .position("PHÓ CHỦ TỊCH").name("Lê Thành Trí").build())
        .addAnnex(Annex.builder().id("phu-luc-1").title("Danh mục nhiệm vụ tuyên truyền năm 2018").build())
        .build();
  }

  /** A draft: no number, no date, no signature, no recipients. */
  static Plan draft() {
    return Plan.builder().issuer(IssuingBody.of("SỞ TƯ PHÁP TỈNH ĐẮK LẮK"))
        .subject("Dự thảo kế hoạch truyền thông năm 2026").build();
  }
}
