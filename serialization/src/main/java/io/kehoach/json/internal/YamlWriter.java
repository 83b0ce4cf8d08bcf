package io.kehoach.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a tree as human-friendly YAML: block style, two-space indent, Vietnamese unescaped,
 * multi-line texts as literal block scalars ({@code |}), long one-line texts as folded block scalars
 * ({@code >-}); strings that would read as something else ({@code no}, {@code 012}) are quoted.
 * Thread-safe: nothing is shared between calls.
 */
public final class YamlWriter {
  private static final int LONG_TEXT = 80;

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
    Representer representer = new TextRepresenter(options);
    Yaml yaml = new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new LoaderOptions()), representer, options);
    yaml.dump(plain(tree), out);
  }

  private static Object plain(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        m.put(f.getKey(), plain(f.getValue()));
      }
      return m;
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>(n.size());
      for (JsonNode e : n) {
        l.add(plain(e));
      }
      return l;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    return null;
  }

  private static final class TextRepresenter extends Representer {
    TextRepresenter(DumperOptions options) {
      super(options);
      Represent text = data -> {
        String s = (String) data;
        DumperOptions.ScalarStyle style = s.indexOf('\n') >= 0 ? DumperOptions.ScalarStyle.LITERAL
            : s.length() > LONG_TEXT ? DumperOptions.ScalarStyle.FOLDED : null;
        return style == null ? representScalar(Tag.STR, s) : representScalar(Tag.STR, s, style);
      };
      this.representers.put(String.class, text);
      this.representers.put(BigDecimal.class, data -> representScalar(Tag.FLOAT, ((BigDecimal) data).toPlainString()));
      this.representers.put(BigInteger.class, data -> representScalar(Tag.INT, data.toString()));
    }

    @Override
    protected Node representScalar(Tag tag, String value) {
      return super.representScalar(tag, value);
    }
  }
}
