package io.kehoach.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kehoach.LocalizedText;
import io.kehoach.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON syntax errors are worded by kehoach in both languages, with kehoach's location, and never
 * show Jackson's programmer wording or its {@code [Source: …]} location. The documents are broken by
 * hand for the tests; the messages come from the real parser, so a Jackson upgrade that rewords one
 * fails here rather than leaking.
 */
class SyntaxMessagesTest {
  private static final PlanMapper MAPPER = PlanMapper.create();
  private static final String HEAD = "{\"formatVersion\": \"1.0\", \"issuer\": {\"name\": \"U\"}, ";

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        Arguments.of(HEAD + "\"subject\": \"x\", \"objectives\": [", "the array opened at line 1, column 81 is closed",
            "mảng mở ở dòng 1, cột 81"),
        Arguments.of(HEAD + "\"subject\": \"x\"", "the object opened at line 1, column 1 is closed ('}' missing)",
            "đối tượng mở ở dòng 1, cột 1"),
        Arguments.of(HEAD + "\"subject\": \"x", "ends inside a string", "giữa một chuỗi"),
        Arguments.of(HEAD + "\"subj", "ends inside a property name", "giữa tên một thuộc tính"),
        Arguments.of(HEAD + "subject: \"x\"}", "found 's' where a property name in double quotes should be",
            "cần tên thuộc tính"),
        Arguments.of(HEAD + "\"subject\": \"x\" \"place\": \"y\"}", "found '\"' where ',' or '}' should follow a property",
            "sau một thuộc tính"),
        Arguments.of(HEAD + "\"subject\": \"x\", \"objectives\": [{} {}]}", "where ',' or ']' should follow an element",
            "sau một phần tử"),
        Arguments.of(HEAD + "\"subject\" \"x\"}", "where ':' should follow a property name", "cần dấu ':'"),
        Arguments.of(HEAD + "\"subject\": }", "found '}' where a value should be", "cần một giá trị"),
        Arguments.of(HEAD + "\"subject\": nope}", "cannot read 'nope'", "không hiểu 'nope'"),
        Arguments.of(HEAD + "\"subject\": \"x\", \"objectives\": [}", "closing '}' does not match: expected ']'",
            "dấu đóng '}' không khớp"),
        Arguments.of(HEAD + "\"subject\": \"a\tb\"}", "control character U+0009 inside a string must be escaped",
            "ký tự điều khiển U+0009"),
        Arguments.of(HEAD + "\"subject\": \"a\\qb\"}", "invalid escape sequence: \\q", "chuỗi thoát không hợp lệ"),
        Arguments.of(HEAD + "\"subject\": \"x\", \"budget\": {\"total\": 012}}", "a number not written as JSON writes numbers",
            "số viết không đúng"),
        Arguments.of(HEAD + "\"subject\": \"x\", \"subject\": \"y\"}", "property 'subject' appears twice",
            "thuộc tính 'subject' xuất hiện hai lần"));
  }

  @ParameterizedTest
  @MethodSource("brokenDocuments")
  void syntaxErrors_areWordedByKehoach_inBothLanguages(String document, String english, String vietnamese) {
    MalformedInputException e = catchThrowableOfType(MalformedInputException.class,
        () -> MAPPER.read(PlanFormat.JSON, document.getBytes(StandardCharsets.UTF_8), "broken.json"));
    LocalizedText text = e.getText();
    assertThat(text.en()).startsWith("Not valid JSON: ").contains(english).doesNotContain("[Source", "expecting", "code ");
    assertThat(text.vi()).startsWith("Không phải JSON hợp lệ: ").contains(vietnamese).doesNotContain("[Source");
    assertThat(e.getLocation()).hasValueSatisfying(l -> {
      assertThat(l.getSource()).hasValue("broken.json");
      assertThat(l.getLine()).hasValue(1);
    });
  }

  @org.junit.jupiter.api.Test
  void invalidUtf8_suggestsAnOldEncoding() {
    byte[] tcvn3 = (HEAD + "\"subject\": \"K\u00b8 ho\u00b9ch\"}").getBytes(StandardCharsets.ISO_8859_1);
    MalformedInputException e = catchThrowableOfType(MalformedInputException.class,
        () -> MAPPER.read(PlanFormat.JSON, tcvn3, "old.json"));
    assertThat(e.getText().en()).contains("is not valid UTF-8 (the file may use an old encoding)");
    assertThat(e.getText().vi()).contains("bảng mã cũ");
  }
}
