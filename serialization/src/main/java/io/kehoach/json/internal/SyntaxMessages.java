package io.kehoach.json.internal;

import io.kehoach.LocalizedText;
import io.kehoach.plan.internal.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's JSON syntax messages in kehoach's words, in Vietnamese and English. Jackson words its
 * messages for programmers ({@code Unexpected character ('}' (code 125)): was expecting
 * double-quote to start field name}) and repeats a {@code [Source: …]} location that kehoach gives
 * in its own form; the people who read kehoach's errors are mostly not programmers.
 *
 * <p>The patterns follow the wording of jackson-core 2.x ({@code ParserBase}, {@code
 * ParserMinimalBase}, {@code UTF8StreamJsonParser}); a message that matches none of them is kept as
 * Jackson wrote it (its first line), so nothing is lost when a later Jackson words one differently.
 */
final class SyntaxMessages {
  private static final Pattern EOF_CLOSE = Pattern.compile(
      "^Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)");
  private static final Pattern EOF = Pattern.compile("^Unexpected end-of-input(.*)");
  private static final Pattern CHAR = Pattern.compile("^Unexpected character \\((.+) \\(code (\\d+)\\)\\):? ?(.*)");
  private static final Pattern CTRL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting");
  private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern UTF8 = Pattern.compile("^Invalid UTF-8 (start|middle) byte (0x[0-9a-fA-F]+)");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'");
  private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape (.+) \\(code (\\d+)\\)");
  private static final Pattern NUMBER = Pattern.compile("^(?:Invalid numeric value|Leading zeroes not allowed|"
      + "Non-standard token|Unexpected character \\('.' \\(code \\d+\\)\\) in numeric value)(.*)");

  private SyntaxMessages() {}

  /** The message for Jackson's {@code original} message (first line), or null when it is not one kehoach knows. */
  static @Nullable LocalizedText of(String original) {
    Matcher m;
    if ((m = EOF_CLOSE.matcher(original)).find()) {
      boolean object = m.group(1).equals("Object");
      String at = m.group(2) + ", cột " + m.group(3);
      String atEn = m.group(2) + ", column " + m.group(3);
      return object
          ? LocalizedText.of("tài liệu kết thúc khi đối tượng mở ở dòng " + at + " chưa đóng (thiếu '}')",
              "the document ends before the object opened at line " + atEn + " is closed ('}' missing)")
          : LocalizedText.of("tài liệu kết thúc khi mảng mở ở dòng " + at + " chưa đóng (thiếu ']')",
              "the document ends before the array opened at line " + atEn + " is closed (']' missing)");
    }
    if ((m = EOF.matcher(original)).find()) {
      String rest = m.group(1);
      if (rest.contains("String value") || rest.contains("closing quote") || rest.contains("VALUE_STRING")) {
        return LocalizedText.of("tài liệu kết thúc giữa một chuỗi (thiếu dấu '\"' đóng)",
            "the document ends inside a string (closing '\"' missing)");
      }
      if (rest.contains("field name") || rest.contains("FIELD_NAME")) {
        return LocalizedText.of("tài liệu kết thúc giữa tên một thuộc tính", "the document ends inside a property name");
      }
      return LocalizedText.of("tài liệu kết thúc giữa chừng", "the document ends too early");
    }
    if ((m = CTRL.matcher(original)).find()) {
      String code = codePoint(m.group(1));
      return LocalizedText.of("ký tự điều khiển " + code + " trong chuỗi phải được viết thoát (\\u....)",
          "control character " + code + " inside a string must be escaped (\\u....)");
    }
    if ((m = NUMBER.matcher(original)).find()) {
      return LocalizedText.of("số viết không đúng cú pháp JSON", "a number not written as JSON writes numbers");
    }
    if ((m = CHAR.matcher(original)).find()) {
      String ch = describe(m.group(1), m.group(2));
      String expected = m.group(3);
      if (expected.contains("double-quote to start field name")) {
        return LocalizedText.of("gặp " + ch + " ở chỗ cần tên thuộc tính trong dấu ngoặc kép",
            "found " + ch + " where a property name in double quotes should be");
      }
      if (expected.contains("comma to separate Object entries")) {
        return LocalizedText.of("gặp " + ch + " ở chỗ cần dấu ',' hoặc '}' sau một thuộc tính",
            "found " + ch + " where ',' or '}' should follow a property");
      }
      if (expected.contains("comma to separate Array entries")) {
        return LocalizedText.of("gặp " + ch + " ở chỗ cần dấu ',' hoặc ']' sau một phần tử",
            "found " + ch + " where ',' or ']' should follow an element");
      }
      if (expected.contains("colon to separate field name and value")) {
        return LocalizedText.of("gặp " + ch + " ở chỗ cần dấu ':' sau tên thuộc tính",
            "found " + ch + " where ':' should follow a property name");
      }
      if (expected.contains("expected a value") || expected.contains("expected a valid value")) {
        return LocalizedText.of("gặp " + ch + " ở chỗ cần một giá trị", "found " + ch + " where a value should be");
      }
      return LocalizedText.of("ký tự không mong đợi " + ch, "unexpected character " + ch);
    }
    if ((m = TOKEN.matcher(original)).find()) {
      String token = Text.quote(m.group(1));
      return LocalizedText.of("không hiểu " + token + ": cần một chuỗi, số, mảng, đối tượng, true, false hoặc null",
          "cannot read " + token + ": expected a string, number, array, object, true, false or null");
    }
    if ((m = CLOSE.matcher(original)).find()) {
      return LocalizedText.of("dấu đóng '" + m.group(1) + "' không khớp: cần '" + m.group(2) + "'",
          "closing '" + m.group(1) + "' does not match: expected '" + m.group(2) + "'");
    }
    if ((m = UTF8.matcher(original)).find()) {
      return LocalizedText.of("byte " + m.group(2) + " không hợp lệ trong UTF-8 (tệp có thể dùng bảng mã cũ)",
          "byte " + m.group(2) + " is not valid UTF-8 (the file may use an old encoding)");
    }
    if ((m = DUPLICATE.matcher(original)).find()) {
      String name = Text.quote(m.group(1));
      return LocalizedText.of("thuộc tính " + name + " xuất hiện hai lần",
          "property " + name + " appears twice");
    }
    if ((m = ESCAPE.matcher(original)).find()) {
      return LocalizedText.of("chuỗi thoát không hợp lệ: \\" + stripQuotes(m.group(1)),
          "invalid escape sequence: \\" + stripQuotes(m.group(1)));
    }
    return null;
  }

  // Jackson writes the character as 'x' (or as a description such as (CTRL-CHAR)); the code is decimal.
  private static String describe(String shown, String code) {
    int cp = Integer.parseInt(code);
    if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp)) {
      return codePoint(code);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private static String codePoint(String decimal) {
    return String.format("U+%04X", Integer.parseInt(decimal));
  }

  private static String stripQuotes(String s) {
    return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
  }
}
