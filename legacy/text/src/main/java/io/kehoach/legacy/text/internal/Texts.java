package io.kehoach.legacy.text.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small tests on the text of a line that several stages share. */
final class Texts {
  /**
   * An item marker at the start of a line: group 1 a bullet ({@code -}, {@code +}, {@code •}),
   * 2 {@code (1)}/{@code 1)}, 3 {@code a)}, 4 {@code 1.1.}, 5 {@code 1.}, 6 a Roman {@code II.}.
   */
  static final Pattern MARKER = Pattern.compile(
      "^(?:([-+•*–—·])|\\(?(\\d{1,3})\\)|([a-zđ])\\)|(\\d{1,2}(?:\\.\\d{1,2})+)\\.?|(\\d{1,3})[.)](?!\\d)|([IVX]{1,5})[.)])\\s*");
  static final Pattern ROMAN_HEADING = Pattern.compile("^[IVX]{1,4}\\..*");
  static final Pattern DIGIT = Pattern.compile("\\d");
  static final Pattern RULE = Pattern.compile("^[_=\\-–—.*\\s]+$");
  /** A body named at the start of a clause: "Sở Tư pháp ...", "Các sở, ban, ngành ...". */
  static final Pattern BODY_START = Pattern.compile(
      "(?u)^(?:Thủ trưởng|Chủ tịch|Giám đốc|Sở|Báo|Đài|UBND|Ủy ban|Uỷ ban|Văn phòng|Các|các|Ban|Hội|Mặt trận|Công an"
          + "|Bộ chỉ huy|Tỉnh đoàn|Liên đoàn|Cục|Trung tâm|Phòng|Người đứng đầu|Lãnh đạo|Đoàn|Liên minh|Hợp tác xã"
          + "|Bảo hiểm|Kho bạc|Chi cục|Thanh tra|Viện|Bộ|Tòa án|Viện kiểm sát|Bưu điện)(?![\\p{L}\\p{N}]).*");

  private Texts() {}

  /** Whether every letter of {@code s} is upper case and it has one. */
  static boolean isUpper(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** A title line: "KẾ HOẠCH", "QUYẾT ĐỊNH" in upper case, whatever its spacing and punctuation. */
  static boolean isTitle(Line l, String folded) {
    // "QUYẾT ĐỊNH:" is a decision's enacting formula, not its title.
    return l.text.length() < 40 && l.lettersAndSpaces().equals(folded) && isUpper(l.text) && !l.text.endsWith(":");
  }

  /** "Nguyễn Văn An": two to six capitalised words of letters. */
  static boolean isPersonName(String s) {
    if (s.length() > 50 || s.isEmpty()) {
      return false;
    }
    String[] words = s.strip().split(" ");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        if (!Character.isLetter(w.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a text ends a sentence or a clause: ".", ";", ":", "./.". */
  static boolean endsSentence(String t) {
    return t.endsWith(".") || t.endsWith(";") || t.endsWith(":");
  }

  /** An item's text as a statement: without the final ";", "." or "./.". */
  static String statement(String t) {
    String s = t.strip();
    if (s.endsWith("./.")) {
      s = s.substring(0, s.length() - 3);
    } else if ((s.endsWith(";") || s.endsWith(".") || s.endsWith(",")) && !s.endsWith("...")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
