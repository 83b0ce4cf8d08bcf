package io.kehoach.legacy.text.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1, clean: finds what a web page or a PDF added around the document and claims it as
 * chrome, so that no later stage reads it as the plan's: the legal portal's metadata block
 * ({@code Số hiệu: 87/KH-UBND}, kept in {@link Work#metadata} for the checks of {@link Head}),
 * menus and buttons ({@code Đăng nhập}, {@code Xem với cỡ chữ}, {@code Chia sẻ}), time stamps
 * ({@code (08:15 | 02/06/2022)}), page numbers ({@code Trang 2/5}, {@code - 3 -}) and lists of
 * related documents or news ({@code - 1 Nghị định 92/2017/NĐ-CP về …}). Reads lines; writes
 * {@link Work#metadata} and {@link Work#chrome}, and claims those lines.
 */
final class Clean implements Stage {
  static final Pattern META = Pattern.compile("^(so hieu|so ky hieu|ky hieu|loai van ban|noi ban hanh|co quan ban hanh"
      + "|nguoi ky|ngay ban hanh|ngay hieu luc|ngay het hieu luc|ngay cong bao|so cong bao|tinh trang|linh vuc"
      + "|tinh trang hieu luc|ngay co hieu luc|trich yeu|cap co quan ban hanh|hinh thuc van ban|nguon thu thap"
      + "|ngay dang|ngay dang tai|chuc vu nguoi ky|ap dung)\\s*:?\\s*(.*)$");
  /** The first word of each label META reads. */
  private static final java.util.Set<String> META_FIRST_WORDS = java.util.Set.of("so", "ky", "loai", "noi", "co", "nguoi",
      "ngay", "tinh", "linh", "trich", "cap", "hinh", "nguon", "chuc", "ap");

  /** The text before the first space, colon or tab (all of it when there is none). */
  private static String firstWord(String folded) {
    int end = 0;
    while (end < folded.length() && " :\t".indexOf(folded.charAt(end)) < 0) {
      end++;
    }
    return folded.substring(0, end);
  }

  /** Lines of menus, buttons and footers, folded and without final punctuation: "Đăng nhập", "Chia sẻ". */
  private static final java.util.Set<String> MENU = java.util.Set.of("dang nhap", "dang ky", "dang xuat", "tim kiem",
      "in bai", "in bai viet", "in trang", "ban in", "gui bai", "gui bai viet", "thuoc tinh", "luoc do", "van ban goc",
      "tieng anh", "lien quan hieu luc", "facebook", "twitter", "zalo", "copy link", "sao chep lien ket", "quay lai",
      "len dau trang", "ve dau trang", "tro ve", "bo may hanh chinh", "van ban phap luat", "theo doi van ban",
      "luu van ban", "bao loi", "gop y", "luu tru", "ho tro", "hieu luc van ban", "in", "email", "print", "share", "like",
      "tweet", "top", "menu", "thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "chia se",
      "tai ve", "xem voi co chu", "ghi chu", "y kien", "thuoc tinh van ban", "noi dung van ban", "van ban tieng anh");
  /** Beginnings of such lines: "Trang chủ » Văn bản pháp luật", "Lượt xem: 1.024", "Bản quyền thuộc về …". */
  private static final String[] MENU_STARTS = {"trang chu", "tim kiem van ban", "tim kiem:", "xem voi co chu", "co chu:",
    "chia se:", "chia se |", "chia se facebook", "chia se zalo", "gui email", "luot xem", "tai ve:", "tai ve file",
    "tai ve van ban", "tai van ban", "tai file", "ban chua xem duoc", "vui long dang nhap", "ban dang xem", "ban quyen",
    "copyright", "©", "cap nhat:", "cap nhat :", "ngay cap nhat", "van ban nay chua co chi dan"};

  /** Whether a short folded line is a menu, a button, a footer or a page number ("Trang 2/5", "- 3 -", "12"). */
  static boolean isMenu(String folded) {
    String f = folded;
    int end = f.length();
    while (end > 0 && end > f.length() - 3 && ".:;,|»>".indexOf(f.charAt(end - 1)) >= 0) {
      end--;
    }
    f = f.substring(0, end).strip();
    if (f.isEmpty()) {
      return false;
    }
    char c = f.charAt(0);
    if (c >= '0' && c <= '9' || c == '-' || c == 't') {
      String n = f.startsWith("trang ") ? f.substring(6) : f;
      if (pageNumber(n)) {
        return true;
      }
    }
    if (MENU.contains(f)) {
      return true;
    }
    for (String s : MENU_STARTS) {
      if (f.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** "2/5", "- 3 -", "12": digits with at most one slash, or between dashes. */
  private static boolean pageNumber(String s) {
    String t = s.strip();
    if (t.length() > 2 && t.charAt(0) == '-' && t.charAt(t.length() - 1) == '-') {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.isEmpty() || t.length() > 9) {
      return false;
    }
    int digits = 0;
    int slashes = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '/') {
        slashes++;
      } else if (c != ' ') {
        return false;
      }
    }
    return digits > 0 && digits <= 6 && slashes <= 1 && (slashes == 1 || digits <= 3);
  }

  /** A time stamp: "(08:15 | 02/06/2022)", "17/08/2023 | 09:55 AM", "Thứ hai, 12/03/2023 08:15". */
  static final Pattern STAMP = Pattern.compile("(?iu)^[(\\[]?(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\\s*)?"
      + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm|sa|ch)?\\s*[|,\\-–]?\\s*\\d{1,2}/\\d{1,2}/\\d{4}"
      + "|\\d{1,2}/\\d{1,2}/\\d{4}\\s*[|,\\-–]?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm|sa|ch)?)?(?:\\s*gmt\\+?\\d*)?)[)\\]]?$");
  /** The heading of a list of related documents or news: "Văn bản liên quan", "Tin cùng chuyên mục". */
  private static final Pattern RELATED = Pattern.compile("^(?:cac )?(?:van ban (?:lien quan|duoc huong dan|huong dan"
      + "|can cu|dan chieu|bi thay the|thay the|sua doi|bi sua doi|hop nhat|quy dinh chi tiet|cung linh vuc|bi dinh chinh"
      + "|dinh chinh|lien quan cung noi dung)|tin (?:lien quan|cung chuyen muc|khac|moi|da dua|doc nhieu)"
      + "|bai viet (?:lien quan|khac|cung chuyen muc)|xem them|tin tuc khac|cac tin da dua)\\s*(?::.*)?$");
  /** An entry of such a list: "- 1 Nghị định 92/2017/NĐ-CP về …", "- 2Thông tư …", "3. Quyết định 1291/QĐ-TTg …". */
  private static final Pattern RELATED_ENTRY = Pattern.compile("^[-•*]\\s*\\d{1,3}\\s*(?=\\p{L})");

  /** A receiving office's stamp typed above the head: "SỞ TƯ PHÁP TỈNH HÒA BÌNH" / "CÔNG VĂN ĐẾN" / "Số: 86" / "Ngày: …". */
  private static final Pattern INCOMING = Pattern.compile("^(?:cong van |van ban )?den\\b.{0,20}$");
  private static final Pattern INCOMING_FIELD = Pattern.compile("^(?:so|ngay|gio|chuyen|luu ho so|ky hieu)\\b.{0,40}$");

  private static void incomingStamp(Work w) {
    for (int i = 0; i < Math.min(w.size(), 40); i++) {
      String f = w.line(i).folded;
      if (f.length() > 40 || !(f.startsWith("den") || f.startsWith("cong van ") || f.startsWith("van ban "))
          || !INCOMING.matcher(f).matches() || !Texts.isUpper(w.line(i).text)) {
        continue;
      }
      int from = i;
      int before = i - 1;
      if (before >= 0 && Texts.isUpper(w.line(before).text) && w.line(before).text.length() < 80) {
        from = before;
      }
      int to = i;
      for (int k = i + 1; k < w.size() && k <= i + 6; k++) {
        Line l = w.line(k);
        if (l.isBlank() || !INCOMING_FIELD.matcher(l.folded).matches()) {
          break;
        }
        to = k;
      }
      for (int k = from; k <= to; k++) {
        chrome(w, k);
      }
      return;
    }
  }

  @Override
  public void apply(Work w) {
    incomingStamp(w);
    int related = -1;
    for (int i = 0; i < w.size(); i++) {
      Line l = w.line(i);
      if (l.isBlank()) {
        continue;
      }
      if (metadata(w, i)) {
        continue;
      }
      String f = l.folded;
      String menu = "•·▪◦".indexOf(f.charAt(0)) >= 0 ? f.substring(1).strip() : f;
      if (l.text.length() < 60 && l.text.charAt(l.text.length() - 1) != ';' && (isMenu(menu) || stamp(l.text))
          || relatedEntry(l.text) && l.text.length() < 400 && documentType(f)) {
        chrome(w, i);
        continue;
      }
      if (!l.inTable() && l.text.length() < 300 && !menu.isEmpty() && "cvtbx".indexOf(menu.charAt(0)) >= 0
          && RELATED.matcher(menu).matches() && (l.text.length() < 60 || f.indexOf(':') > 0)) {
        related = i;
        chrome(w, i);
        continue;
      }
      if (related >= 0 && !f.startsWith("phu luc") && !Texts.isUpper(l.text) && !f.startsWith("so:")
          && !f.startsWith("cong hoa") && l.text.length() < 300) {
        // The entries under "Văn bản liên quan": titles of documents or news, marked or not.
        chrome(w, i);
        continue;
      }
      related = -1;
    }
  }

  /** A time stamp (checked only for lines that can begin one: a bracket, a digit, "Thứ", "Chủ nhật"). */
  static boolean stamp(String text) {
    char c = text.charAt(0);
    boolean may = c == '(' || c == '[' || c >= '0' && c <= '9'
        || (c == 'T' || c == 't') && text.regionMatches(true, 0, "thứ ", 0, 4)
        || (c == 'C' || c == 'c') && text.regionMatches(true, 0, "chủ nhật", 0, 8);
    return may && STAMP.matcher(text).matches();
  }

  private static boolean relatedEntry(String text) {
    char c = text.charAt(0);
    if (c != '-' && c != '•' && c != '*') {
      return false;
    }
    int i = 1;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isDigit(text.charAt(i)) && RELATED_ENTRY.matcher(text).lookingAt();
  }

  private static boolean metadata(Work w, int i) {
    Line l = w.line(i);
    if (l.text.length() >= 200 || !l.inTable() && l.text.indexOf(':') < 0 && l.text.length() > 30) {
      return false;
    }
    if (!META_FIRST_WORDS.contains(firstWord(l.folded))) {
      // META begins with one of these words: a set lookup spares most lines the pattern.
      return false;
    }
    Matcher m = META.matcher(l.folded);
    if (!m.matches()) {
      return false;
    }
    boolean colon = l.text.indexOf(':') > 0;
    String value = colon ? l.text.substring(l.text.indexOf(':') + 1).strip() : "";
    int valueLine = i;
    if (value.isEmpty()) {
      // "Số hiệu | 87/KH-UBND" as a row of two cells, or "Số hiệu:" with the value on the next line.
      int n = w.next(i, Math.min(w.size(), i + 3));
      boolean sameRow = n >= 0 && l.inTable() && w.line(n).table == l.table && w.line(n).row == l.row;
      if (!colon && !sameRow || n < 0 || w.line(n).text.length() > 150 || META.matcher(w.line(n).folded).matches()
          && !sameRow) {
        if (!colon) {
          return false;
        }
      } else {
        value = w.line(n).text;
        valueLine = n;
      }
    } else if (!colon && m.group(2).length() > 0 && !l.inTable()) {
      // "Số hiệu 87/KH-UBND" without a colon in running text is not metadata.
      return false;
    }
    w.metadata.putIfAbsent(m.group(1), value);
    for (int k = i; k <= valueLine; k++) {
      w.chrome.set(k);
    }
    w.claim(i, valueLine);
    return true;
  }

  private static boolean documentType(String folded) {
    int at = 0;
    while (at < folded.length() && !Character.isLetter(folded.charAt(at))) {
      at++;
    }
    String rest = folded.substring(at);
    return rest.startsWith("nghi dinh") || rest.startsWith("thong tu") || rest.startsWith("quyet dinh")
        || rest.startsWith("ke hoach") || rest.startsWith("chi thi") || rest.startsWith("nghi quyet")
        || rest.startsWith("luat") || rest.startsWith("cong van") || rest.startsWith("van ban")
        || rest.startsWith("thong bao") || rest.startsWith("huong dan") || rest.startsWith("chuong trinh")
        || rest.startsWith("bo luat") || rest.startsWith("phap lenh");
  }

  static void chrome(Work w, int i) {
    w.chrome.set(i);
    w.claim(i);
  }
}
