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
          + "|Bảo hiểm|Kho bạc|Chi cục|Thanh tra|Viện|Bộ|Tòa án|Viện kiểm sát|Bưu điện)(?![\\p{L}\\p{N}])");

  private Texts() {}

  /** Kinds of item marker, by {@link #marker}: their levels are 3, 4, 2, 2, 2, 1 and 0. */
  static final int BULLET = 1;
  static final int PLUS = 2;
  static final int PAREN = 3;
  static final int LETTER = 4;
  static final int DOTTED = 5;
  static final int NUMBER = 6;
  static final int ROMAN = 7;
  private static final int[] LEVELS = {9, 3, 4, 2, 2, 2, 1, 0};

  /**
   * The item marker {@code s} begins with, as {@code end << 3 | kind} (the end includes the spaces
   * after it), or 0: {@code "- "}, {@code "+ "}, {@code "(1) "}/{@code "1) "}, {@code "a) "},
   * {@code "1.1. "}, {@code "1. "}, {@code "II. "}. What {@link #MARKER} matches, without a regex
   * (this runs on every line); a dotted number is not one when a digit follows ({@code "1.000 đồng"}).
   */
  static int marker(String s) {
    int n = s.length();
    if (n == 0) {
      return 0;
    }
    char c = s.charAt(0);
    int end;
    int kind;
    if ("-+•*–—·".indexOf(c) >= 0) {
      end = 1;
      kind = c == '+' ? PLUS : BULLET;
    } else if (c == '(' || c >= '0' && c <= '9') {
      int i = c == '(' ? 1 : 0;
      int d = digits(s, i);
      if (d >= 1 && d <= 3 && i + d < n && s.charAt(i + d) == ')') {
        end = i + d + 1;
        kind = PAREN;
      } else if (c == '(') {
        return 0;
      } else {
        int k = d;
        boolean dotted = false;
        while (d <= 2 && k + 1 < n && s.charAt(k) == '.') {
          int g = digits(s, k + 1);
          if (g < 1 || g > 2) {
            break;
          }
          k += 1 + g;
          dotted = true;
        }
        if (dotted) {
          end = k < n && s.charAt(k) == '.' ? k + 1 : k;
          kind = DOTTED;
        } else if (d <= 3 && d < n && (s.charAt(d) == '.' || s.charAt(d) == ')')
            && !(d + 1 < n && Character.isDigit(s.charAt(d + 1)))) {
          end = d + 1;
          kind = NUMBER;
        } else {
          return 0;
        }
      }
    } else if (c >= 'a' && c <= 'z' || c == 'đ') {
      if (n < 2 || s.charAt(1) != ')') {
        return 0;
      }
      end = 2;
      kind = LETTER;
    } else if (c == 'I' || c == 'V' || c == 'X') {
      int i = 0;
      while (i < n && i < 6 && (s.charAt(i) == 'I' || s.charAt(i) == 'V' || s.charAt(i) == 'X')) {
        i++;
      }
      if (i > 5 || i >= n || s.charAt(i) != '.' && s.charAt(i) != ')') {
        return 0;
      }
      end = i + 1;
      kind = ROMAN;
    } else {
      return 0;
    }
    while (end < n && Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    return end << 3 | kind;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  static int markerEnd(int marker) {
    return marker >>> 3;
  }

  static int markerKind(int marker) {
    return marker & 7;
  }

  static int markerLevel(int marker) {
    return LEVELS[marker & 7];
  }

  /** Whether a line is a rule of the layout: "_______", "-----", "* * *". */
  static boolean isRule(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean rule = c == '_' || c == '=' || c == '-' || c == '–' || c == '—' || c == '.' || c == '*' || Character.isWhitespace(c);
      if (!rule) {
        return false;
      }
    }
    return true;
  }

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
    int a = stripStart(t, 0, t.length());
    return t.substring(a, statementEnd(t, a));
  }

  /**
   * Where the statement of {@code t} ends, its start being {@code a} (the first character that is
   * not white space): before a final ";", "," or "." (not "..."), or "./.", and the white space
   * before it.
   */
  static int statementEnd(CharSequence t, int a) {
    int b = stripEnd(t, a, t.length());
    if (b - a >= 3 && t.charAt(b - 3) == '.' && t.charAt(b - 2) == '/' && t.charAt(b - 1) == '.') {
      b -= 3;
    } else if (b > a && ";.,".indexOf(t.charAt(b - 1)) >= 0
        && !(b - a >= 3 && t.charAt(b - 1) == '.' && t.charAt(b - 2) == '.' && t.charAt(b - 3) == '.')) {
      b -= 1;
    }
    return stripEnd(t, a, b);
  }

  /** The first index from {@code from} before {@code to} that is not white space (as {@link String#strip}), or {@code to}. */
  static int stripStart(CharSequence t, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code t} before {@code to} without its trailing white space, not before {@code from}. */
  static int stripEnd(CharSequence t, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(t.charAt(i - 1))) {
      i--;
    }
    return i;
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
