package io.kehoach.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kehoach.LocalizedText;
import io.kehoach.MalformedInputException;
import io.kehoach.plan.Money;
import io.kehoach.plan.Vocabulary;
import io.kehoach.plan.internal.Decimals;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The format's (de)serializers for the value types that are not written as objects of attributes. */
public final class ValueCodecs {
  /** Context attribute: the document is YAML, whose scalars are all read as text. */
  public static final String TEXT_SCALARS = "kehoach.textScalars";

  private ValueCodecs() {}

  static LocalizedMappingException error(JsonParser p, String vi, String en) {
    return new LocalizedMappingException(p, LocalizedText.of(vi, en));
  }

  private static String text(JsonParser p, String whatVi, String whatEn) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw error(p, "Cần một chuỗi ký tự (" + whatVi + ")", "Expected a string (" + whatEn + ")");
    }
    return p.getText();
  }

  /** Writes a vocabulary term as its code. */
  public static final class VocabularySerializer extends StdSerializer<Vocabulary> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public VocabularySerializer() {
      super(Vocabulary.class);
    }

    @Override
    public void serialize(Vocabulary value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.getCode());
    }
  }

  /** Finds the deserializer of every vocabulary enum. */
  public static final class VocabularyDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return Vocabulary.class.isAssignableFrom(type) ? new VocabularyDeserializer(type) : null;
    }
  }

  /** Reads a vocabulary term from its code. */
  static final class VocabularyDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> byCode;

    VocabularyDeserializer(Class<?> type) {
      super(type);
      this.byCode = Arrays.stream(type.getEnumConstants())
          .collect(Collectors.toUnmodifiableMap(e -> ((Vocabulary) e).getCode(), e -> e));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String code = text(p, "mã", "a code");
      Object term = byCode.get(code);
      if (term != null) {
        return term;
      }
      String allowed = Arrays.stream(handledType().getEnumConstants()).map(e -> ((Vocabulary) e).getCode())
          .collect(Collectors.joining(", "));
      throw error(p, "Mã không hợp lệ; các mã được dùng: " + allowed,
          "Unknown code; the codes are: " + allowed);
    }
  }

  /** Writes a value as text: {@code print} gives the text. */
  public static final class TextSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> print;

    /** Creates the serializer. */
    public TextSerializer(Class<T> type, Function<T, String> print) {
      super(type);
      this.print = print;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(print.apply(value));
    }
  }

  /** Reads a value from text with its parser, whose error becomes the binding error. */
  public static final class TextDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;
    private final String whatVi;
    private final String whatEn;

    /** Creates the deserializer; {@code whatVi}/{@code whatEn} describe the expected text. */
    public TextDeserializer(Class<T> type, Function<String, T> parse, String whatVi, String whatEn) {
      super(type);
      this.parse = parse;
      this.whatVi = whatVi;
      this.whatEn = whatEn;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = text(p, whatVi, whatEn);
      try {
        return parse.apply(s);
      } catch (MalformedInputException e) {
        throw new LocalizedMappingException(p, e.getText());
      }
    }
  }

  /**
   * Writes an amount: a number of đồng ({@code 150000000}), or {@code {"amount": 12.5, "currency":
   * "USD"}} for another currency.
   */
  public static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (Money.VND.equals(value.getCurrency())) {
        writeAmount(value.getAmount(), gen);
      } else {
        gen.writeStartObject();
        gen.writeFieldName("amount");
        writeAmount(value.getAmount(), gen);
        gen.writeStringField("currency", value.getCurrency());
        gen.writeEndObject();
      }
    }

    private static void writeAmount(BigDecimal amount, JsonGenerator gen) throws IOException {
      if (amount.scale() <= 0) {
        gen.writeNumber(amount.toBigIntegerExact());
      } else {
        gen.writeNumber(amount.toPlainString());
      }
    }
  }

  /** Reads an amount written by {@link MoneySerializer}. */
  public static final class MoneyDeserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return Money.of(bounded(p, p.getDecimalValue()), Money.VND);
      }
      if (t == JsonToken.VALUE_STRING && Boolean.TRUE.equals(ctxt.getAttribute(TEXT_SCALARS))) {
        return Money.of(bounded(p, number(p, p.getText())), Money.VND);
      }
      if (t == JsonToken.START_OBJECT) {
        JsonNode node = p.readValueAsTree();
        BigDecimal amount = null;
        String currency = Money.VND;
        for (Map.Entry<String, JsonNode> f : node.properties()) {
          if (f.getKey().equals("amount") && f.getValue().isNumber()) {
            amount = f.getValue().decimalValue();
          } else if (f.getKey().equals("amount") && f.getValue().isTextual()
              && Boolean.TRUE.equals(ctxt.getAttribute(TEXT_SCALARS))) {
            amount = number(p, f.getValue().textValue());
          } else if (f.getKey().equals("currency") && f.getValue().isTextual()) {
            currency = f.getValue().textValue();
          } else {
            throw error(p, "Số tiền chỉ có 'amount' (số) và 'currency' (mã ISO 4217)",
                "An amount has only 'amount' (a number) and 'currency' (an ISO 4217 code)");
          }
        }
        if (amount == null) {
          throw error(p, "Thiếu 'amount' của số tiền", "The amount has no 'amount'");
        }
        bounded(p, amount);
        try {
          return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
          throw error(p, "Mã tiền tệ phải gồm 3 chữ cái (ISO 4217)", "A currency is an ISO 4217 code of 3 letters");
        }
      }
      throw error(p, "Số tiền phải là một số (đồng) hoặc {\"amount\", \"currency\"}",
          "An amount is a number (of đồng) or {\"amount\", \"currency\"}");
    }

    /** {@code amount} if within the model's bounds (checked from its precision and scale, whatever its size). */
    private static BigDecimal bounded(JsonParser p, BigDecimal amount) throws JsonMappingException {
      if (!Decimals.fits(amount)) {
        throw error(p, "Số tiền có tối đa " + Decimals.MAX_INTEGER_DIGITS + " chữ số phần nguyên và "
            + Decimals.MAX_FRACTION_DIGITS + " chữ số thập phân: " + Decimals.describe(amount),
            "An amount has at most " + Decimals.MAX_INTEGER_DIGITS + " digits before the decimal point and "
            + Decimals.MAX_FRACTION_DIGITS + " after it: " + Decimals.describe(amount));
      }
      return amount;
    }

    private static BigDecimal number(JsonParser p, String s) throws JsonMappingException {
      if (s.length() > 64 || !s.matches("-?\\d+(\\.\\d+)?")) {
        throw error(p, "Số tiền phải là một số", "An amount must be a number");
      }
      return new BigDecimal(s);
    }
  }

  /**
   * Reads a date written {@code YYYY-MM-DD} (RFC 3339 {@code full-date}, the schema's {@code
   * format: date}): four-digit year, two-digit month and day, a day that exists. Written back with
   * {@link TextSerializer} and {@code LocalDate::toString}. PlanMapper's own mappers use these in
   * place of Jackson's {@code JavaTimeModule}, which registers codecs for every {@code java.time}
   * type (about 75 classes to load on a cold start) when the format has dates only.
   */
  public static final class DateDeserializer extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = text(p, "ngày dạng YYYY-MM-DD", "a date written YYYY-MM-DD");
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
          return LocalDate.of(year, month, day);
        }
      }
      String v = io.kehoach.plan.internal.Text.quote(s);
      throw error(p, "Ngày không hợp lệ: " + v + " (cần một ngày có thật, dạng YYYY-MM-DD)",
          "Not a valid date: " + v + " (expected a real date written YYYY-MM-DD)");
    }

    /** The number of the ASCII digits {@code s[from, to)}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }
}
