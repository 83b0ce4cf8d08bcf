package io.kehoach.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The provinces of Vietnam before and after the reform of 1 July 2025, with their codes and
 * successors: {@code province("70", 2017-02-16)} is Bình Phước, which {@link #successor} maps to
 * Đồng Nai ({@code 75}).
 *
 * <p>Sources: the 34 provinces from 1 July 2025 and their codes follow Resolution 202/2025/QH15
 * and Decision 19/2025/QĐ-TTg (REFERENCE.md: codes [agreed]; the mergers of Bình Phước into Đồng
 * Nai, Sóc Trăng and Hậu Giang into Cần Thơ, Phú Yên into Đắk Lắk [confirmed]). The 63 provinces
 * before, their codes (Decision 124/2004/QĐ-TTg as amended) and the other mergers are public facts
 * not yet confirmed against the source text here: callers should treat a mismatch as a warning.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class AdministrativeUnits {
  /** The first day of the 34 provinces. */
  public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

  private static final LocalDate LAST_DAY_BEFORE = REFORM_DATE.minusDays(1);

  // code, name, successor code: the 63 provinces until 30 June 2025.
  private static final String[][] BEFORE = {
    {"01", "Hà Nội", "01"}, {"02", "Hà Giang", "08"}, {"04", "Cao Bằng", "04"}, {"06", "Bắc Kạn", "19"},
    {"08", "Tuyên Quang", "08"}, {"10", "Lào Cai", "15"}, {"11", "Điện Biên", "11"}, {"12", "Lai Châu", "12"},
    {"14", "Sơn La", "14"}, {"15", "Yên Bái", "15"}, {"17", "Hòa Bình", "25"}, {"19", "Thái Nguyên", "19"},
    {"20", "Lạng Sơn", "20"}, {"22", "Quảng Ninh", "22"}, {"24", "Bắc Giang", "24"}, {"25", "Phú Thọ", "25"},
    {"26", "Vĩnh Phúc", "25"}, {"27", "Bắc Ninh", "24"}, {"30", "Hải Dương", "31"}, {"31", "Hải Phòng", "31"},
    {"33", "Hưng Yên", "33"}, {"34", "Thái Bình", "33"}, {"35", "Hà Nam", "37"}, {"36", "Nam Định", "37"},
    {"37", "Ninh Bình", "37"}, {"38", "Thanh Hóa", "38"}, {"40", "Nghệ An", "40"}, {"42", "Hà Tĩnh", "42"},
    {"44", "Quảng Bình", "44"}, {"45", "Quảng Trị", "44"}, {"46", "Thừa Thiên Huế", "46"}, {"48", "Đà Nẵng", "48"},
    {"49", "Quảng Nam", "48"}, {"51", "Quảng Ngãi", "51"}, {"52", "Bình Định", "52"}, {"54", "Phú Yên", "66"},
    {"56", "Khánh Hòa", "56"}, {"58", "Ninh Thuận", "56"}, {"60", "Bình Thuận", "68"}, {"62", "Kon Tum", "51"},
    {"64", "Gia Lai", "52"}, {"66", "Đắk Lắk", "66"}, {"67", "Đắk Nông", "68"}, {"68", "Lâm Đồng", "68"},
    {"70", "Bình Phước", "75"}, {"72", "Tây Ninh", "80"}, {"74", "Bình Dương", "79"}, {"75", "Đồng Nai", "75"},
    {"77", "Bà Rịa - Vũng Tàu", "79"}, {"79", "Hồ Chí Minh", "79"}, {"80", "Long An", "80"}, {"82", "Tiền Giang", "82"},
    {"83", "Bến Tre", "86"}, {"84", "Trà Vinh", "86"}, {"86", "Vĩnh Long", "86"}, {"87", "Đồng Tháp", "82"},
    {"89", "An Giang", "91"}, {"91", "Kiên Giang", "91"}, {"92", "Cần Thơ", "92"}, {"93", "Hậu Giang", "92"},
    {"94", "Sóc Trăng", "92"}, {"95", "Bạc Liêu", "96"}, {"96", "Cà Mau", "96"},
  };

  // code, name: the 34 provinces from 1 July 2025 (REFERENCE.md, [agreed]).
  private static final String[][] AFTER = {
    {"01", "Hà Nội"}, {"04", "Cao Bằng"}, {"08", "Tuyên Quang"}, {"11", "Điện Biên"}, {"12", "Lai Châu"},
    {"14", "Sơn La"}, {"15", "Lào Cai"}, {"19", "Thái Nguyên"}, {"20", "Lạng Sơn"}, {"22", "Quảng Ninh"},
    {"24", "Bắc Ninh"}, {"25", "Phú Thọ"}, {"31", "Hải Phòng"}, {"33", "Hưng Yên"}, {"37", "Ninh Bình"},
    {"38", "Thanh Hóa"}, {"40", "Nghệ An"}, {"42", "Hà Tĩnh"}, {"44", "Quảng Trị"}, {"46", "Huế"},
    {"48", "Đà Nẵng"}, {"51", "Quảng Ngãi"}, {"52", "Gia Lai"}, {"56", "Khánh Hòa"}, {"66", "Đắk Lắk"},
    {"68", "Lâm Đồng"}, {"75", "Đồng Nai"}, {"79", "Hồ Chí Minh"}, {"80", "Tây Ninh"}, {"82", "Đồng Tháp"},
    {"86", "Vĩnh Long"}, {"91", "An Giang"}, {"92", "Cần Thơ"}, {"96", "Cà Mau"},
  };

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s.\\-–]+");
  private static final List<AdministrativeUnit> PROVINCES_BEFORE;
  private static final List<AdministrativeUnit> PROVINCES_AFTER;

  static {
    List<AdministrativeUnit> before = new ArrayList<>();
    for (String[] p : BEFORE) {
      before.add(AdministrativeUnit.builder().code(p[0]).name(p[1]).level(UnitLevel.PROVINCE)
          .validUntil(LAST_DAY_BEFORE).successorCode(p[2]).build());
    }
    List<AdministrativeUnit> after = new ArrayList<>();
    for (String[] p : AFTER) {
      after.add(AdministrativeUnit.builder().code(p[0]).name(p[1]).level(UnitLevel.PROVINCE)
          .validFrom(REFORM_DATE).build());
    }
    PROVINCES_BEFORE = Collections.unmodifiableList(before);
    PROVINCES_AFTER = Collections.unmodifiableList(after);
    BEFORE_BY_KEY = byKey(PROVINCES_BEFORE);
    AFTER_BY_KEY = byKey(PROVINCES_AFTER);
  }

  /** The provinces by the key of their names, computed once: a look-up by name is a map look-up. */
  private static final java.util.Map<String, AdministrativeUnit> BEFORE_BY_KEY;
  private static final java.util.Map<String, AdministrativeUnit> AFTER_BY_KEY;

  private static java.util.Map<String, AdministrativeUnit> byKey(List<AdministrativeUnit> units) {
    java.util.Map<String, AdministrativeUnit> m = new java.util.HashMap<>();
    for (AdministrativeUnit u : units) {
      m.putIfAbsent(key(u.getName()), u);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private AdministrativeUnits() {}

  /** The 63 provinces that existed until 30 June 2025, ordered by code. */
  public static List<AdministrativeUnit> provincesBeforeReform() {
    return PROVINCES_BEFORE;
  }

  /** The 34 provinces from 1 July 2025, ordered by code. */
  public static List<AdministrativeUnit> provincesAfterReform() {
    return PROVINCES_AFTER;
  }

  /** The provinces that existed on {@code date}. */
  public static List<AdministrativeUnit> provincesOn(LocalDate date) {
    return date.isBefore(REFORM_DATE) ? PROVINCES_BEFORE : PROVINCES_AFTER;
  }

  /**
   * The province with {@code code} on {@code date}: {@code "15"} is Yên Bái on 2017-01-01 and Lào
   * Cai (which kept Yên Bái's code) on 2025-07-01.
   */
  public static Optional<AdministrativeUnit> province(String code, LocalDate date) {
    return provincesOn(date).stream().filter(u -> u.getCode().orElse("").equals(code)).findFirst();
  }

  /**
   * The province named {@code name} on {@code date}, ignoring case, tone marks, and the words
   * "tỉnh", "thành phố", "TP." before it: {@code "tỉnh Bình Phước"}, {@code "BÌNH PHƯỚC"},
   * {@code "TP. Hồ Chí Minh"} and {@code "Thành phố Hồ Chí Minh"} are all found.
   */
  public static Optional<AdministrativeUnit> provinceNamed(String name, LocalDate date) {
    return Optional.ofNullable((date.isBefore(REFORM_DATE) ? BEFORE_BY_KEY : AFTER_BY_KEY).get(key(name)));
  }

  /**
   * The province that took over {@code unit} on 1 July 2025 (Bình Phước gives Đồng Nai), or
   * {@code unit} itself when it is a province of today, or empty when it is not a province here.
   */
  public static Optional<AdministrativeUnit> successor(AdministrativeUnit unit) {
    if (unit.getValidUntil().isEmpty()) {
      return PROVINCES_AFTER.contains(unit) ? Optional.of(unit) : Optional.empty();
    }
    return unit.getSuccessorCode().flatMap(c -> province(c, REFORM_DATE));
  }

  private static String key(String name) {
    String s = SEPARATORS.matcher(MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("")
        .replace('Đ', 'D').replace('đ', 'd').toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    for (String prefix : new String[] {"tinh ", "thanh pho ", "tp "}) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length());
      }
    }
    return s.replace("thua thien hue", "hue");
  }
}
