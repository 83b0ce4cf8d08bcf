package io.kehoach.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.kehoach.InvalidDataException;
import io.kehoach.KehoachException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.plan.internal.Text;
import java.util.regex.Matcher;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.regex.Pattern;

/** Turns Jackson's and SnakeYAML's exceptions into kehoach's, with a location and a bilingual message. */
public final class Errors {
  private static final Pattern REQUIRED = Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  private Errors() {}

  /** An error met while reading the document into a tree (syntax, encoding, limits). */
  public static MalformedInputException reading(Exception e, String format, String source) {
    if (e instanceof MalformedInputException) {
      return (MalformedInputException) e;
    }
    JsonLocation where = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    String detail = detail(e);
    MarkedYAMLException yaml = yamlCause(e);
    if (yaml != null && yaml.getProblemMark() != null) {
      Mark m = yaml.getProblemMark();
      Location.Builder at = Location.builder().line(m.getLine() + 1).column(m.getColumn() + 1);
      if (source != null) {
        at.source(source);
      }
      String problem = yaml.getProblem() == null ? detail : quoteLine(yaml.getProblem());
      return new MalformedInputException(LocalizedText.of("Không phải " + format + " hợp lệ: " + problem,
          "Not valid " + format + ": " + problem), at.build(), e);
    }
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getMessage());
      String[][] kinds = {
        {"String value length", "độ dài chuỗi", "string length"},
        {"Number value length", "độ dài số", "number length"},
        {"Name length", "độ dài tên thuộc tính", "property name length"},
        {"Token count", "số token", "token count"},
        {"Document length", "kích thước tài liệu", "document size"},
        {"Document nesting depth", "độ sâu lồng nhau", "nesting depth"},
        {"nesting depth", "độ sâu lồng nhau", "nesting depth"}};
      for (String[] k : kinds) {
        if (m.contains(k[0])) {
          return new MalformedInputException(LocalizedText.of(
              "Tài liệu không đọc được: vượt giới hạn " + k[1], "Unreadable document: exceeds the limit on " + k[2]),
              TreeReader.location(where, source), e);
        }
      }
      return new MalformedInputException(LocalizedText.of(
          "Tài liệu vượt giới hạn an toàn khi đọc: " + detail, "The document exceeds a read limit: " + detail),
          TreeReader.location(where, source), e);
    }
    LocalizedText known = e instanceof JsonProcessingException && yaml == null
        ? SyntaxMessages.of(String.valueOf(((JsonProcessingException) e).getOriginalMessage())) : null;
    if (known != null) {
      return new MalformedInputException(LocalizedText.of("Không phải " + format + " hợp lệ: " + known.vi(),
          "Not valid " + format + ": " + known.en()), TreeReader.location(where, source), e);
    }
    return new MalformedInputException(LocalizedText.of(
        "Không phải " + format + " hợp lệ: " + detail, "Not valid " + format + ": " + detail),
        TreeReader.location(where, source), e);
  }

  /** An error met while binding the tree to the model; the location is found again in {@code input}. */
  public static KehoachException binding(JsonMappingException e, JsonFactory factory, byte[] input, String source) {
    String pointer = Pointers.of(e.getPath());
    LocalizedText text;
    Throwable cause = e.getCause();
    if (e instanceof LocalizedMappingException) {
      text = ((LocalizedMappingException) e).text();
    } else if (e instanceof UnrecognizedPropertyException) {
      String name = Text.quote(((UnrecognizedPropertyException) e).getPropertyName());
      text = LocalizedText.of("Thuộc tính không có trong định dạng: " + name, "Unknown property " + name);
    } else if (cause instanceof IllegalStateException && cause.getMessage() != null
        && REQUIRED.matcher(cause.getMessage()).find()) {
      Matcher m = REQUIRED.matcher(cause.getMessage());
      m.find();
      text = LocalizedText.of("Thiếu thuộc tính bắt buộc: " + m.group(2), "Missing required property: " + m.group(2));
    } else if (cause instanceof KehoachException) {
      text = ((KehoachException) cause).getText();
    } else if (cause instanceof IllegalArgumentException) {
      text = LocalizedText.of("Giá trị không hợp lệ: " + cause.getMessage(), "Invalid value: " + cause.getMessage());
    } else if (e instanceof InvalidFormatException) {
      String value = Text.quote(String.valueOf(((InvalidFormatException) e).getValue()));
      String type = ((InvalidFormatException) e).getTargetType().getSimpleName();
      text = LocalizedText.of("Giá trị " + value + " không đúng kiểu " + type, "Value " + value + " is not a valid " + type);
    } else if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      String type = target == null ? "?" : target.getSimpleName();
      text = LocalizedText.of("Sai kiểu giá trị: cần " + type, "Wrong kind of value: expected " + type);
    } else {
      text = LocalizedText.of("Không đọc được giá trị: " + detail(e), "Cannot read the value: " + detail(e));
    }
    JsonLocation where = LocationFinder.find(factory, input, pointer);
    Location location = Location.builder().from(TreeReader.location(where, source)).pointer(pointer).build();
    return new InvalidDataException(text, location);
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException) {
        return (MarkedYAMLException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String quoteLine(String s) {
    int nl = s.indexOf('\n');
    return Text.quote(nl < 0 ? s : s.substring(0, nl)).replaceAll("^'|'$", "");
  }

  private static String detail(Throwable e) {
    String m = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return Text.quote(nl < 0 ? m : m.substring(0, nl)).replaceAll("^'|'$", "");
  }

  /** Whether {@code e} is a syntax-level failure of a parser (as opposed to a binding failure). */
  public static boolean isSyntax(Exception e) {
    return e instanceof StreamReadException && !(e instanceof MismatchedInputException);
  }
}
