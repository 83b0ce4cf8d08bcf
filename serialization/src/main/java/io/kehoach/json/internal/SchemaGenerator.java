package io.kehoach.json.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kehoach.json.FormatVersion;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.Money;
import io.kehoach.plan.Plan;
import io.kehoach.plan.ProcedureCode;
import io.kehoach.plan.Vocabulary;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the JSON Schema (2020-12) of the format from the model, by the same conventions the
 * mapper binds with: a type's properties are its attributes in {@link PropertyOrder}, required are
 * those its builder requires, vocabularies are enumerations of their codes, and the scalar value
 * types have the patterns of their text forms. Run by the build; never edited by hand.
 */
public final class SchemaGenerator {
  /** Where the schema is found inside the jar. */
  public static final String RESOURCE = "/io/kehoach/json/plan.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // The parser of document numbers (DocumentNumber.parse) is the authority; this pattern is its
  // shape: an optional "Số:", the number, an optional year, the symbol; stray spaces and en dashes allowed.
  private static final String NUMBER_PATTERN =
      "^\\s*(?:[Ss][ốoỐO]\\s*[:.]?\\s*)?[0-9]{1,9}[a-zđ]{0,3}\\s*/\\s*(?:[0-9]{4}\\s*/\\s*)?"
          + "[\\p{L}\\p{N}.&]+(?:\\s*[-–]\\s*[\\p{L}\\p{N}.&]+)*\\s*$";
  private static final String PROCEDURE_PATTERN = "^\\s*[0-9]\\.[0-9]{6}(?:\\.[0-9A-Za-z]+)*\\s*$";

  private final ObjectNode defs = NODES.objectNode();
  private final Set<Class<?>> done = new HashSet<>();
  private final Deque<Class<?>> pending = new ArrayDeque<>();

  private SchemaGenerator() {}

  /** Writes the schema to every file named in {@code args}. */
  public static void main(String[] args) throws IOException {
    String schema = generate();
    for (String a : args) {
      Path out = Path.of(a);
      Files.createDirectories(out.toAbsolutePath().getParent());
      if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(schema)) {
        Files.writeString(out, schema, StandardCharsets.UTF_8);
      }
    }
  }

  /** The schema, as pretty-printed JSON with a final newline. */
  public static String generate() {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(new SchemaGenerator().schema())
          + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode schema() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://kehoach.io/schema/plan/" + FormatVersion.MAJOR + ".json");
    root.put("title", "kehoach plan, format " + FormatVersion.MAJOR + ".x");
    root.put("description", "An administrative plan (Kế hoạch) in the native format of kehoach. Generated from the "
        + "model by the build. Dates use the 'date' format, which validators must assert (a 31 February is not a "
        + "plan's date). Text values (document numbers, procedure codes) are read by kehoach's parsers; the "
        + "patterns here give their shape.");
    ObjectNode plan = object(Plan.class);
    ObjectNode properties = NODES.objectNode();
    ObjectNode version = properties.putObject(FormatVersion.PROPERTY);
    version.put("type", "string");
    version.put("pattern", "^" + FormatVersion.MAJOR + "\\.[0-9]{1,4}$");
    version.put("description", "The format version; this schema describes " + FormatVersion.MAJOR + ".x.");
    properties.setAll((ObjectNode) plan.get("properties"));
    plan.set("properties", properties);
    ((ArrayNode) plan.get("required")).insert(0, FormatVersion.PROPERTY);
    root.setAll(plan);
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      defs.set(type.getSimpleName(), object(type));
    }
    ObjectNode sorted = NODES.objectNode();
    new TreeMap<>(toMap(defs)).forEach(sorted::set);
    root.set("$defs", sorted);
    return root;
  }

  private static TreeMap<String, com.fasterxml.jackson.databind.JsonNode> toMap(ObjectNode n) {
    TreeMap<String, com.fasterxml.jackson.databind.JsonNode> m = new TreeMap<>();
    n.properties().forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  private ObjectNode object(Class<?> type) {
    ObjectNode o = NODES.objectNode();
    o.put("type", "object");
    ObjectNode properties = o.putObject("properties");
    ArrayNode required = o.putArray("required");
    Set<String> requiredNames = required(type);
    for (String name : PropertyOrder.of(type)) {
      Method getter = getter(type, name);
      properties.set(name, schemaOf(getter.getGenericReturnType()));
      if (requiredNames.contains(name)) {
        required.add(name);
      }
    }
    o.put("additionalProperties", false);
    return o;
  }

  private ObjectNode schemaOf(Type t) {
    if (t instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) t;
      Class<?> raw = (Class<?>) p.getRawType();
      Type arg = p.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        return schemaOf(arg);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        ObjectNode a = NODES.objectNode();
        a.put("type", "array");
        a.set("items", schemaOf(arg));
        return a;
      }
      throw new IllegalStateException("no schema for " + t);
    }
    Class<?> c = (Class<?>) t;
    ObjectNode s = NODES.objectNode();
    if (c == String.class) {
      s.put("type", "string");
    } else if (c == int.class || c == Integer.class || c == OptionalInt.class || c == long.class) {
      s.put("type", "integer");
    } else if (c == boolean.class) {
      s.put("type", "boolean");
    } else if (c == BigDecimal.class) {
      s.put("type", "number");
    } else if (c == LocalDate.class) {
      s.put("type", "string");
      s.put("format", "date");
    } else if (c == DocumentNumber.class) {
      s.put("type", "string");
      s.put("pattern", NUMBER_PATTERN);
      s.put("description", "A number and symbol such as 36/KH-UBND or 30/2020/NĐ-CP.");
    } else if (c == ProcedureCode.class) {
      s.put("type", "string");
      s.put("pattern", PROCEDURE_PATTERN);
    } else if (c == Money.class) {
      ArrayNode any = s.putArray("oneOf");
      any.addObject().put("type", "number").put("description", "An amount of Vietnamese đồng.");
      ObjectNode other = any.addObject();
      other.put("type", "object");
      ObjectNode p = other.putObject("properties");
      p.putObject("amount").put("type", "number");
      p.putObject("currency").put("type", "string").put("pattern", "^[A-Za-z]{3}$");
      other.putArray("required").add("amount");
      other.put("additionalProperties", false);
    } else if (c.isEnum() && Vocabulary.class.isAssignableFrom(c)) {
      s.put("type", "string");
      ArrayNode codes = s.putArray("enum");
      for (Object e : c.getEnumConstants()) {
        codes.add(((Vocabulary) e).getCode());
      }
    } else if (PropertyOrder.of(c) != null) {
      if (done.add(c)) {
        pending.push(c);
      }
      s.put("$ref", "#/$defs/" + c.getSimpleName());
    } else {
      throw new IllegalStateException("no schema for " + c);
    }
    return s;
  }

  private static Method getter(Class<?> type, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String name : List.of("get" + cap, "is" + cap)) {
      try {
        return type.getMethod(name);
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    throw new IllegalStateException("no getter for " + type.getSimpleName() + "." + property);
  }

  /** The attributes the generated builder insists on (its INIT_BIT_ constants). */
  static Set<String> required(Class<?> type) {
    Set<String> out = new HashSet<>();
    Class<?> builder;
    try {
      builder = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Builder", false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return out;
    }
    Set<String> attributes = Attributes.attributes(type).orElseThrow();
    for (Field f : builder.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("INIT_BIT_")) {
        String snake = f.getName().substring("INIT_BIT_".length());
        for (String a : attributes) {
          if (a.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT).equals(snake)) {
            out.add(a);
          }
        }
      }
    }
    return out;
  }
}
