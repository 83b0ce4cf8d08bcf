package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.AdministrativeUnits;
import io.kehoach.plan.IssuingBody;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The issuing body from the head's upper-case lines (called by {@link Assemble}):
 * {@code "ỦY BAN NHÂN DÂN"} / {@code "TỈNH QUẢNG NGÃI"} is one name; {@code "UBND TỈNH NGHỆ AN"} /
 * {@code "SỞ NỘI VỤ"} is the department under its superior; {@code "CHỦ TỊCH"} / {@code "ỦY BAN
 * NHÂN DÂN TỈNH …"} is the chairman. With no head lines, the site's metadata names it, or the
 * symbol {@code UBND} and the place do (with a diagnostic). The territory is the province named.
 */
final class Issuer {
  private static final Pattern UNIT = Pattern.compile("^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|tp\\.?) .*");
  private static final String[] CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"};

  private Issuer() {}

  static void apply(Work w) {
    Draft d = w.draft;
    List<String> il = new java.util.ArrayList<>();
    for (String line : d.issuerLines) {
      if (!il.isEmpty() && (il.get(il.size() - 1).length() <= 3 || endsWithUnitLevel(il.get(il.size() - 1)))) {
        // "ỦY" / "BAN NHÂN DÂN" / "TỈNH KON TUM": a word that a narrow cell broke off its line;
        // "ỦY BAN NHÂN DÂN TỈNH" / "QUẢNG NAM": a unit's level wrapped away from its name.
        il.set(il.size() - 1, il.get(il.size() - 1) + " " + line);
      } else {
        il.add(line);
      }
    }
    String issuer;
    String superior = null;
    if (il.isEmpty()) {
      issuer = w.metadata.getOrDefault("noi ban hanh", w.metadata.getOrDefault("co quan ban hanh", ""));
      if (issuer.isEmpty() && d.number != null && d.number.getIssuerAbbreviation().equals("UBND") && d.placeAndDate != null
          && AdministrativeUnits.provinceNamed(d.placeAndDate.getPlace(), d.date).isPresent()) {
        String place = d.placeAndDate.getPlace();
        String fp = Fold.fold(place);
        boolean city = false;
        for (String c : CITIES) {
          city |= fp.startsWith(c) || fp.contains(c) && c.equals("ho chi minh");
        }
        issuer = ("ỦY BAN NHÂN DÂN " + (city ? "THÀNH PHỐ " : "TỈNH ") + place).toUpperCase(Locale.ROOT);
        w.warn("issuer.inferred", "Văn bản không có dòng tên cơ quan ban hành; suy ra từ ký hiệu UBND và địa danh: " + issuer,
            "The text has no issuing body line; inferred from the symbol UBND and the place: " + issuer, d.numberIndex);
      } else if (issuer.isEmpty()) {
        w.warn("section.missing", "Không thấy tên cơ quan ban hành", "No issuing body was found", -1);
      }
    } else if (il.size() >= 2 && Fold.fold(il.get(0)).equals("chu tich")) {
      // "CHỦ TỊCH" / "ỦY BAN NHÂN DÂN" / "TỈNH HẢI DƯƠNG": the chairman, one name.
      issuer = String.join(" ", il);
    } else if (il.size() >= 2 && UNIT.matcher(Fold.fold(il.get(il.size() - 1))).matches()) {
      issuer = String.join(" ", il.subList(il.size() - 2, il.size()));
      if (il.size() > 2) {
        superior = String.join(" ", il.subList(0, il.size() - 2));
      }
    } else {
      issuer = il.get(il.size() - 1);
      if (il.size() > 1) {
        superior = String.join(" ", il.subList(0, il.size() - 1));
      }
    }
    IssuingBody.Builder ib = IssuingBody.builder().name(issuer.isEmpty() ? "(không rõ)" : issuer);
    if (superior != null) {
      ib.superiorBody(superior);
    }
    String fi = Fold.fold(issuer);
    if (fi.contains("uy ban nhan dan tinh") || fi.contains("uy ban nhan dan thanh pho") || fi.startsWith("ubnd tinh")
        || fi.startsWith("ubnd thanh pho")) {
      d.issuerBodyId = d.bodies.declare(fi.contains("tinh") ? "UBND tỉnh" : "UBND thành phố");
      ib.bodyId(d.issuerBodyId);
    }
    if (!issuer.isEmpty()) {
      d.issuerName = issuer;
    }
    d.plan.issuer(ib.build());
    territory(w, superior == null ? issuer : superior + " " + issuer, d.date);
  }

  /** Whether an issuer line ends with the level of a unit whose name must follow ("… TỈNH", "… THÀNH PHỐ"). */
  static boolean endsWithUnitLevel(String line) {
    String f = Fold.fold(line.strip());
    for (String level : new String[] {" tinh", " thanh pho", " huyen", " quan", " thi xa", " xa", " phuong", " thi tran"}) {
      if (f.endsWith(level) && f.length() > level.length()) {
        return true;
      }
    }
    return false;
  }

  private static void territory(Work w, String issuer, LocalDate date) {
    String f = Fold.fold(issuer);
    int at = Math.max(f.lastIndexOf("tinh "), f.lastIndexOf("thanh pho "));
    if (at < 0) {
      return;
    }
    String name = issuer.substring(at + (f.startsWith("tinh ", at) ? 5 : 10)).strip();
    int cut = Fold.fold(name).indexOf(" so ");
    if (cut > 0) {
      // "UBND TỈNH NGHỆ AN SỞ NỘI VỤ": the province before the department.
      name = name.substring(0, cut);
    }
    LocalDate on = date != null ? date : LocalDate.of(2025, 6, 30);
    String n = name;
    AdministrativeUnits.provinceNamed(n, on).or(() -> AdministrativeUnits.provinceNamed(n,
        AdministrativeUnits.REFORM_DATE)).ifPresent(w.draft.plan::territory);
  }
}
