package io.kehoach.legacy.text.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * What a press item leaves to the reader: the body a symbol's issuer part names ({@code BNV} is
 * Bộ Nội vụ, {@code SNV} a Sở Nội vụ), a province's name found as a whole phrase, and dates in
 * Vietnamese and English forms.
 */
final class PressNames {
  private static final Map<String, String[]> ISSUERS = Map.ofEntries(
      Map.entry("BNV", new String[] {"Bộ Nội vụ", "Ministry of Home Affairs"}),
      Map.entry("BTP", new String[] {"Bộ Tư pháp", "Ministry of Justice"}),
      Map.entry("BYT", new String[] {"Bộ Y tế", "Ministry of Health"}),
      Map.entry("BTC", new String[] {"Bộ Tài chính", "Ministry of Finance"}),
      Map.entry("BCA", new String[] {"Bộ Công an", "Ministry of Public Security"}),
      Map.entry("BQP", new String[] {"Bộ Quốc phòng", "Ministry of National Defence"}),
      Map.entry("BCT", new String[] {"Bộ Công Thương", "Ministry of Industry and Trade"}),
      Map.entry("BXD", new String[] {"Bộ Xây dựng", "Ministry of Construction"}),
      Map.entry("BGTVT", new String[] {"Bộ Giao thông vận tải", "Ministry of Transport"}),
      Map.entry("BTTTT", new String[] {"Bộ Thông tin và Truyền thông", "Ministry of Information and Communications"}),
      Map.entry("BGDĐT", new String[] {"Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"}),
      Map.entry("BKHĐT", new String[] {"Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment"}),
      Map.entry("BKHCN", new String[] {"Bộ Khoa học và Công nghệ", "Ministry of Science and Technology"}),
      Map.entry("BTNMT", new String[] {"Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment"}),
      Map.entry("BNNPTNT", new String[] {"Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development"}),
      Map.entry("BNNMT", new String[] {"Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment"}),
      Map.entry("BLĐTBXH", new String[] {"Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs"}),
      Map.entry("BVHTTDL", new String[] {"Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"}),
      Map.entry("BNG", new String[] {"Bộ Ngoại giao", "Ministry of Foreign Affairs"}),
      Map.entry("VPCP", new String[] {"Văn phòng Chính phủ", "Government Office"}),
      Map.entry("UBND", new String[] {"UBND tỉnh", "People's Committee"}),
      Map.entry("VP", new String[] {"Văn phòng UBND tỉnh", "Office of the People's Committee"}),
      Map.entry("SNV", new String[] {"Sở Nội vụ", "Department of Home Affairs"}),
      Map.entry("STP", new String[] {"Sở Tư pháp", "Department of Justice"}),
      Map.entry("STTTT", new String[] {"Sở Thông tin và Truyền thông", "Department of Information and Communications"}),
      Map.entry("SYT", new String[] {"Sở Y tế", "Department of Health"}),
      Map.entry("STC", new String[] {"Sở Tài chính", "Department of Finance"}),
      Map.entry("SKHCN", new String[] {"Sở Khoa học và Công nghệ", "Department of Science and Technology"}));
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  private PressNames() {}

  /** The body named by a symbol's issuer part, in Vietnamese or (for an English item) in English; null if unknown. */
  static @Nullable String issuer(String abbreviation, boolean english) {
    String[] names = ISSUERS.get(abbreviation.toUpperCase(java.util.Locale.ROOT));
    return names == null ? null : names[english ? 1 : 0];
  }

  /** Where {@code name} (folded) occurs in {@code folded} as a whole phrase, or -1. */
  static int indexOfName(String folded, String name) {
    int k = folded.indexOf(name);
    while (k >= 0) {
      boolean before = k == 0 || !Character.isLetterOrDigit(folded.charAt(k - 1));
      int end = k + name.length();
      boolean after = end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
      if (before && after) {
        return k;
      }
      k = folded.indexOf(name, k + 1);
    }
    return -1;
  }

  /** The date a match of {@code PressSummary}'s date alternatives holds, or null if it is not a date. */
  static @Nullable LocalDate date(Matcher m) {
    try {
      if (m.group(1) != null) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      if (m.group(4) != null) {
        return LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
      }
      if (m.group(7) != null) {
        return LocalDate.of(Integer.parseInt(m.group(9)), month(m.group(7)), Integer.parseInt(m.group(8)));
      }
      if (m.group(10) != null) {
        return LocalDate.of(Integer.parseInt(m.group(12)), month(m.group(11)), Integer.parseInt(m.group(10)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static int month(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT).substring(0, 3);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(n)) {
        return i + 1;
      }
    }
    throw new DateTimeException(name);
  }
}
