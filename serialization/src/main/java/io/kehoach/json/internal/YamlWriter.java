package io.kehoach.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a tree as human-friendly YAML: block style, two-space indent, Vietnamese unescaped,
 * multi-line texts as literal block scalars ({@code |}), long one-line texts as folded block scalars
 * ({@code >-}); strings that would read as something else ({@code no}, {@code 012}) are quoted.
 *
 * <p>The tree goes straight to SnakeYAML's emitter as events, which the emitter writes as they
 * come: no copy of the document is made on the way (SnakeYAML's {@code Yaml.dump} would represent
 * it as Java maps, then as a node graph, before writing a byte). The events are those {@code dump}
 * makes of the same data, with the same resolver deciding which scalars need their tag, so the
 * bytes are the same. Thread-safe: nothing is shared between calls.
 */
public final class YamlWriter {
  private static final int LONG_TEXT = 80;
  private static final Resolver RESOLVER = new Resolver();

  /** Writes {@code tree} to {@code out}. SnakeYAML's emitter keeps state, so each call builds its own. */
  public void write(JsonNode tree, Writer out) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setAllowUnicode(true);
    options.setWidth(100);
    options.setSplitLines(true);
    options.setExplicitStart(false);
    Emitter emitter = new Emitter(out, options);
    try {
      emitter.emit(new StreamStartEvent(null, null));
      emitter.emit(new DocumentStartEvent(null, null, false, null, null));
      node(emitter, tree);
      emitter.emit(new DocumentEndEvent(null, null, false));
      emitter.emit(new StreamEndEvent(null, null));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void node(Emitter e, JsonNode n) throws IOException {
    if (n.isObject()) {
      e.emit(new MappingStartEvent(null, Tag.MAP.getValue(), true, null, null, DumperOptions.FlowStyle.BLOCK));
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        text(e, f.getKey());
        node(e, f.getValue());
      }
      e.emit(new MappingEndEvent(null, null));
    } else if (n.isArray()) {
      e.emit(new SequenceStartEvent(null, Tag.SEQ.getValue(), true, null, null, DumperOptions.FlowStyle.BLOCK));
      for (JsonNode x : n) {
        node(e, x);
      }
      e.emit(new SequenceEndEvent(null, null));
    } else if (n.isTextual()) {
      text(e, n.textValue());
    } else if (n.isIntegralNumber()) {
      scalar(e, Tag.INT, n.bigIntegerValue().toString(), DumperOptions.ScalarStyle.PLAIN);
    } else if (n.isNumber()) {
      scalar(e, Tag.FLOAT, n.decimalValue().toPlainString(), DumperOptions.ScalarStyle.PLAIN);
    } else if (n.isBoolean()) {
      scalar(e, Tag.BOOL, n.booleanValue() ? "true" : "false", DumperOptions.ScalarStyle.PLAIN);
    } else {
      scalar(e, Tag.NULL, "null", DumperOptions.ScalarStyle.PLAIN);
    }
  }

  /** A string: literal if it has several lines, folded if long, else plain (quoted by the emitter where it must be). */
  private static void text(Emitter e, String s) throws IOException {
    DumperOptions.ScalarStyle style = s.indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL
        : s.length() > LONG_TEXT ? DumperOptions.ScalarStyle.FOLDED : DumperOptions.ScalarStyle.PLAIN;
    scalar(e, Tag.STR, s, style);
  }

  /** A scalar whose tag is left implicit where the resolver would read the value back with that tag, as SnakeYAML's serializer does. */
  private static void scalar(Emitter e, Tag tag, String value, DumperOptions.ScalarStyle style) throws IOException {
    ImplicitTuple implicit = new ImplicitTuple(tag.equals(RESOLVER.resolve(NodeId.scalar, value, true)),
        tag.equals(RESOLVER.resolve(NodeId.scalar, value, false)));
    e.emit(new ScalarEvent(null, tag.getValue(), implicit, value, null, null, style));
  }
}
