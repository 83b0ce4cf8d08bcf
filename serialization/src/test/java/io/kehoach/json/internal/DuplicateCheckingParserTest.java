package io.kehoach.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path's duplicate-key check: the same tokens as the parser it wraps, and every duplicate found. */
class DuplicateCheckingParserTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static List<String> tokens(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      out.add(t + (t == JsonToken.FIELD_NAME ? ":" + p.currentName() : t.isScalarValue() ? "=" + p.getText() : ""));
    }
    return out;
  }

  @Test
  void validDocument_givesTheSameTokens() throws IOException {
    String doc = "{\"a\":1,\"b\":{\"a\":2,\"c\":[{\"a\":3,\"b\":4},{\"a\":5}]},\"c\":\"x\",\"d\":[[],{}],\"e\":null}";
    assertThat(tokens(new DuplicateCheckingParser(FACTORY.createParser(doc)))).isEqualTo(tokens(FACTORY.createParser(doc)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"a\":1,\"a\":2}",
      "{\"a\":{\"b\":1,\"c\":2,\"b\":3}}",
      "{\"list\":[{\"x\":1},{\"x\":1,\"y\":2,\"x\":3}]}",
      "[{\"deep\":[[{\"k\":1,\"k\":1}]]}]"})
  void everyDuplicate_isFound_atAnyDepth(String doc) {
    assertThatThrownBy(() -> tokens(new DuplicateCheckingParser(FACTORY.createParser(doc))))
        .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field");
  }

  @Test
  void manyProperties_moveToAHashSet_andStillFindTheDuplicate() throws IOException {
    String many = IntStream.range(0, 100_000).mapToObj(i -> "\"k" + i + "\":" + i).collect(Collectors.joining(","));
    assertThat(tokens(new DuplicateCheckingParser(FACTORY.createParser("{" + many + "}")))).hasSize(200_002);
    String dup = IntStream.range(0, DuplicateCheckingParser.LINEAR + 5).mapToObj(i -> "\"k" + i + "\":" + i)
        .collect(Collectors.joining(","));
    assertThatThrownBy(() -> tokens(new DuplicateCheckingParser(FACTORY.createParser("{" + dup + ",\"k3\":0}"))))
        .isInstanceOf(JsonParseException.class);
    // A large object closes; its sibling starts with an empty set.
    assertThat(tokens(new DuplicateCheckingParser(FACTORY.createParser("[{" + dup + "},{" + dup + "}]")))).isNotEmpty();
  }

  @Test
  void theOtherWaysOfMovingOn_checkToo() throws IOException {
    JsonParser p = new DuplicateCheckingParser(FACTORY.createParser("{\"a\":\"x\",\"b\":2,\"c\":true,\"a\":1}"));
    assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    assertThat(p.nextFieldName()).isEqualTo("a");
    assertThat(p.nextTextValue()).isEqualTo("x");
    assertThat(p.nextFieldName(new SerializedString("b"))).isTrue();
    assertThat(p.nextIntValue(-1)).isEqualTo(2);
    assertThat(p.nextValue()).isEqualTo(JsonToken.VALUE_TRUE);
    assertThatThrownBy(p::nextFieldName).isInstanceOf(JsonParseException.class).hasMessageContaining("'a'");

    JsonParser skip = new DuplicateCheckingParser(FACTORY.createParser("{\"s\":{\"k\":1,\"k\":2}}"));
    skip.nextToken();
    skip.nextToken();
    skip.nextToken();
    assertThatThrownBy(skip::skipChildren).isInstanceOf(JsonParseException.class);
  }
}
