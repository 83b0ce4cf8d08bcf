package io.kehoach.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.yaml.snakeyaml.LoaderOptions;
import io.kehoach.InvalidDataException;
import io.kehoach.KehoachException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.json.internal.Absent;
import io.kehoach.json.internal.DocumentBytes;
import io.kehoach.json.internal.DuplicateCheckingParser;
import io.kehoach.json.internal.Errors;
import io.kehoach.json.internal.Extras;
import io.kehoach.json.internal.Migrations;
import io.kehoach.json.internal.PlanEnvelope;
import io.kehoach.json.internal.TreeReader;
import io.kehoach.json.internal.Utf8;
import io.kehoach.json.internal.ValueCodecs;
import io.kehoach.json.internal.YamlWriter;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes plans as JSON and YAML.
 *
 * <pre>{@code
 * PlanMapper mapper = PlanMapper.create();                   // once; keep it
 * Plan plan = mapper.read(Path.of("plan.yaml")).getPlan();
 * String json = mapper.write(PlanFormat.JSON, plan);
 * }</pre>
 *
 * <p>Every document starts with {@code "formatVersion": "1.0"}. Reading enforces
 * {@link ReadLimits} on every format, rejects duplicate keys, empty input, trailing content and
 * YAML anchors, aliases and tags, accepts one UTF-8 byte-order mark, and reports every problem as a
 * {@link MalformedInputException} (the input cannot be read: syntax, encoding, limits) or an
 * {@link InvalidDataException} (read, but not a plan of this format: unknown or missing property,
 * wrong type, unknown code), with line, column and JSON Pointer, in Vietnamese and English. Never
 * a Jackson or SnakeYAML exception.
 *
 * <p>A mapper is immutable and thread-safe; building one is the expensive part.
 *
 * @since 0.1
 */
public final class PlanMapper {
  private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  private final ReadMode mode;
  private final ReadLimits limits;
  private final JsonFactory jsonFactory;
  private final StreamReadConstraints constraints;
  private final StreamReadConstraints streamConstraints;
  private final JsonFactory streamFactory;
  // Built on first YAML use, like the YAML reader: a JSON-only application never loads SnakeYAML.
  private volatile @Nullable YAMLFactory yamlFactory;
  private volatile @Nullable YAMLFactory yamlStreamFactory;
  private final ObjectMapper json;
  private final ObjectReader jsonReader;
  // The fast path's factory: duplicate keys are found by DuplicateCheckingParser instead.
  private final JsonFactory fastFactory;
  // The reader for YAML (scalars kept as written) is built on first use: building a reader builds
  // the deserializers of the whole model, which is most of a cold start, and JSON-only
  // applications never need this one.
  private volatile @Nullable ObjectReader textReader;
  private final YamlWriter yamlWriter = new YamlWriter();
  private final Migrations migrations;
  private final boolean pretty;

  private PlanMapper(Builder b) {
    this.mode = b.mode;
    this.limits = b.limits;
    this.pretty = b.prettyJson;
    this.migrations = b.migrations;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.getMaxNestingDepth())
        .maxStringLength(limits.getMaxStringLength())
        .maxNameLength(limits.getMaxNameLength())
        .maxNumberLength(limits.getMaxNumberLength())
        .maxDocumentLength(limits.getMaxDocumentBytes())
        .maxTokenCount(limits.getMaxTokenCount())
        .build();
    this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.fastFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    // readAll: the size and token limits are per plan (TreeReader counts them), not over the stream.
    this.streamConstraints = constraints.rebuild().maxDocumentLength(-1).maxTokenCount(-1).build();
    this.streamFactory = JsonFactory.builder().streamReadConstraints(streamConstraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.constraints = constraints;
    this.json = mapper(jsonFactory, false);
    this.jsonReader = reader(json);
  }

  private YAMLFactory yamlFactory() {
    YAMLFactory f = yamlFactory;
    if (f == null) {
      // Two threads may both build one; either is the same, so no lock is needed.
      f = yamlFactory(constraints, limits.getMaxDocumentBytes());
      yamlFactory = f;
    }
    return f;
  }

  /** The YAML factory of readAll: limits of size and tokens per document (TreeReader), none over the stream. */
  private YAMLFactory yamlStreamFactory() {
    YAMLFactory f = yamlStreamFactory;
    if (f == null) {
      f = yamlFactory(streamConstraints, Integer.MAX_VALUE);
      yamlStreamFactory = f;
    }
    return f;
  }

  private YAMLFactory yamlFactory(StreamReadConstraints c, long codePoints) {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, codePoints));
    loader.setNestingDepthLimit(limits.getMaxNestingDepth());
    loader.setMaxAliasesForCollections(0);
    loader.setAllowDuplicateKeys(false);
    return YAMLFactory.builder().streamReadConstraints(c).loaderOptions(loader)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  private ObjectMapper mapper(JsonFactory factory, boolean textScalars) {
    JsonMapper m = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new SimpleModule("kehoach-dates")
            .addSerializer(LocalDate.class, new ValueCodecs.TextSerializer<>(LocalDate.class, LocalDate::toString))
            .addDeserializer(LocalDate.class, new ValueCodecs.DateDeserializer()))
        .addModule(new KehoachModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, textScalars)
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.CUSTOM, JsonInclude.Include.ALWAYS,
            Absent.class, null))
        .build();
    if (!textScalars) {
      for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
        m.coercionConfigFor(t).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
      }
      for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
        m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      }
    }
    return m;
  }

  private ObjectReader textReader() {
    ObjectReader r = textReader;
    if (r == null) {
      // Two threads may both build one; either result is the same, so no lock is needed.
      r = reader(mapper(jsonFactory, true)).withAttribute(ValueCodecs.TEXT_SCALARS, Boolean.TRUE);
      textReader = r;
    }
    return r;
  }

  private ObjectReader reader(ObjectMapper m) {
    ObjectReader r = m.readerFor(Plan.class);
    return mode == ReadMode.STRICT ? r.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        : r.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** A strict mapper with the default limits and pretty JSON. */
  public static PlanMapper create() {
    return builder().build();
  }

  /** A builder, to choose the read mode, the limits and the JSON layout. */
  public static Builder builder() {
    return new Builder();
  }

  /** The read mode. */
  public ReadMode getMode() {
    return mode;
  }

  /** The read limits. */
  public ReadLimits getLimits() {
    return limits;
  }

  // -- reading --------------------------------------------------------------------------------

  /**
   * Reads a file, in the format its extension names.
   *
   * @throws MalformedInputException if the file cannot be read as the format, or its extension names none
   * @throws InvalidDataException if it is not a plan of this format
   * @throws UncheckedIOException if the file cannot be read at all
   */
  public PlanDocument read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    PlanFormat format = PlanFormat.fromFileName(name).orElseThrow(() -> new MalformedInputException(LocalizedText.of(
        "Không rõ định dạng của tệp (cần .json, .yaml hoặc .yml)", "Unknown file format (expected .json, .yaml or .yml)"),
        Location.builder().source(name).build()));
    try (InputStream in = Files.newInputStream(file)) {
      return read(format, in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document held in a string. */
  public PlanDocument read(PlanFormat format, String document) {
    return read(format, document.getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * Reads a document from a stream (not closed), reading at most the document size limit.
   *
   * @param source the name of the input for error locations (a file name), or null
   * @throws UncheckedIOException if the stream fails
   */
  public PlanDocument read(PlanFormat format, InputStream in, @Nullable String source) {
    return read(format, DocumentBytes.bounded(in, limits, source), source);
  }

  /**
   * Reads a document held in bytes of UTF-8.
   *
   * @param source the name of the input for error locations (a file name), or null
   */
  public PlanDocument read(PlanFormat format, byte[] document, @Nullable String source) {
    Objects.requireNonNull(format, "format");
    byte[] bytes = DocumentBytes.withoutBom(document, source);
    if (bytes.length > limits.getMaxDocumentBytes()) {
      throw DocumentBytes.tooLarge(limits, source);
    }
    if (format == PlanFormat.JSON) {
      // Jackson decodes an overlong sequence (C0 AF) as the character it spells; UTF-8 forbids it.
      int overlong = Utf8.overlong(bytes);
      if (overlong >= 0) {
        throw Utf8.error(bytes, overlong, source);
      }
    }
    if (format == PlanFormat.JSON && mode == ReadMode.STRICT) {
      Plan plan = readStreaming(bytes);
      if (plan != null) {
        return PlanDocument.builder().plan(plan).formatVersion(FormatVersion.CURRENT).build();
      }
    }
    TreeReader reader = new TreeReader(limits, source);
    JsonNode tree = parse(format, bytes, source, reader);
    return bind(format, tree, bytes, source, reader.typedScalars());
  }

  /**
   * The fast path for the common case: strict JSON in the current format version, written first (as
   * kehoach writes it). Binds straight from the token stream, under the same limits and duplicate-key
   * detection as the tree, without building a tree. Gives null when the document is anything else or
   * fails in any way, so that the general path (tree, version check, migrations) reads it and reports
   * the failure with its full location; a valid document never pays that twice.
   */
  private @Nullable Plan readStreaming(byte[] bytes) {
    try (JsonParser p = new DuplicateCheckingParser(fastFactory.createParser(bytes))) {
      if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
          || !FormatVersion.PROPERTY.equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING
          || !FormatVersion.CURRENT.equals(p.getText()) || p.nextToken() != JsonToken.FIELD_NAME) {
        return null;
      }
      Plan plan = jsonReader.readValue(p);
      // The reader consumed the plan's closing brace; anything after it is for the general path to report.
      return plan != null && p.nextToken() == null ? plan : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private JsonNode parse(PlanFormat format, byte[] bytes, @Nullable String source, TreeReader reader) {
    String name = format == PlanFormat.JSON ? "JSON" : "YAML";
    try (JsonParser p = createParser(format, bytes, source)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new MalformedInputException(LocalizedText.of("Tài liệu trống", "The document is empty"),
            Location.builder().source(Objects.requireNonNullElse(source, "-")).build());
      }
      JsonNode tree = reader.readValue(p);
      JsonToken after;
      try {
        after = p.nextToken();
      } catch (IOException | RuntimeException e) {
        MalformedInputException cause = Errors.reading(e, name, source);
        throw new MalformedInputException(LocalizedText.of(
            "Còn nội dung thừa sau khi kết thúc tài liệu: " + cause.getText().vi(),
            "Trailing content after the end of the document: " + cause.getText().en()), cause.getLocation().orElse(null), e);
      }
      if (after != null) {
        throw new MalformedInputException(LocalizedText.of(
            "Còn nội dung thừa sau khi kết thúc tài liệu", "Trailing content after the end of the document"),
            TreeReader.location(p.currentLocation(), source));
      }
      return tree;
    } catch (KehoachException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw Errors.reading(e, name, source);
    }
  }

  private JsonParser createParser(PlanFormat format, byte[] bytes, @Nullable String source) throws IOException {
    if (format == PlanFormat.JSON) {
      return jsonFactory.createParser(bytes);
    }
    return yamlFactory().createParser(DocumentBytes.yamlText(bytes, limits, source));
  }

  private PlanDocument bind(PlanFormat format, JsonNode tree, byte[] bytes, @Nullable String source,
      Map<String, JsonNode> typedScalars) {
    JsonFactory locator = format == PlanFormat.JSON ? jsonFactory : yamlFactory();
    if (!tree.isObject()) {
      throw new InvalidDataException(LocalizedText.of("Kế hoạch phải là một đối tượng", "A plan is an object"),
          Location.builder().source(Objects.requireNonNullElse(source, "-")).pointer("").build());
    }
    ObjectNode root = (ObjectNode) tree;
    String version = version(root, locator, bytes, source);
    ObjectNode body = root.deepCopy();
    body.remove(FormatVersion.PROPERTY);
    if (!version.equals(FormatVersion.CURRENT) && !isCurrentMajorNewerMinor(version)) {
      body = migrations.migrate(body, version, FormatVersion.CURRENT).orElseThrow(() -> new UnsupportedFormatVersionException(
          version, LocalizedText.of("Không có bước chuyển đổi từ phiên bản định dạng " + version + " lên " + FormatVersion.CURRENT,
              "No migration from format version " + version + " to " + FormatVersion.CURRENT),
          Location.builder().pointer("/" + FormatVersion.PROPERTY).build()));
    }
    Plan plan;
    try {
      plan = (format == PlanFormat.JSON ? jsonReader : textReader()).readValue(body);
    } catch (JsonMappingException e) {
      throw Errors.binding(e, locator, bytes, source);
    } catch (IOException e) {
      throw Errors.reading(e, format.name(), source);
    }
    PlanDocument.Builder doc = PlanDocument.builder().plan(plan).formatVersion(version);
    if (mode == ReadMode.LENIENT) {
      try {
        doc.unknownProperties(Extras.diff(body, json.valueToTree(plan), json, typedScalars));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return doc.build();
  }

  private static boolean isCurrentMajorNewerMinor(String version) {
    Matcher m = VERSION.matcher(version);
    return m.matches() && Integer.parseInt(m.group(1)) == FormatVersion.MAJOR
        && Integer.parseInt(m.group(2)) >= FormatVersion.MINOR;
  }

  private String version(ObjectNode root, JsonFactory locator, byte[] bytes, @Nullable String source) {
    JsonNode v = root.get(FormatVersion.PROPERTY);
    Location.Builder where = Location.builder().pointer("/" + FormatVersion.PROPERTY);
    if (source != null) {
      where.source(source);
    }
    if (v == null) {
      throw new InvalidDataException(LocalizedText.of(
          "Thiếu thuộc tính formatVersion (phiên bản định dạng, ví dụ \"1.0\")",
          "Missing formatVersion (the format version, such as \"1.0\")"), where.pointer("").build());
    }
    // A string: as a number, 1.10 would read as 1.1.
    String s = v.isTextual() ? v.textValue() : v.toString();
    Matcher m = VERSION.matcher(s);
    if (!v.isTextual() || !m.matches()) {
      throw new InvalidDataException(LocalizedText.of(
          "formatVersion phải là một chuỗi dạng \"1.0\"", "formatVersion must look like \"1.0\" (a string)"), where.build());
    }
    if (Integer.parseInt(m.group(1)) > FormatVersion.MAJOR) {
      throw new UnsupportedFormatVersionException(s, LocalizedText.of(
          "Tài liệu theo định dạng phiên bản " + s + ", mới hơn phiên bản " + FormatVersion.CURRENT
              + " mà thư viện này đọc được; hãy nâng cấp kehoach",
          "The document is in format version " + s + ", newer than " + FormatVersion.CURRENT
              + " which this library reads; upgrade kehoach"), where.build());
    }
    return s;
  }

  /**
   * Reads many plans one at a time: a JSON array of plans, or newline-delimited JSON (one plan per
   * line), or YAML documents separated by {@code ---}. Memory is bounded by the largest single
   * plan, and the {@link ReadLimits} apply to each plan (its size, in bytes of JSON or characters of
   * YAML, and its tokens), not to the stream, which may be of any length. The stream must be closed (it closes {@code in}); a bad plan ends it with the typed
   * error of that plan, whose pointer starts with its index.
   */
  public Stream<PlanDocument> readAll(PlanFormat format, InputStream in, @Nullable String source) {
    JsonParser p;
    try {
      // Jackson's UTF-8 decoders (JSON and YAML) read an overlong sequence as the character it spells.
      InputStream checked = Utf8.checking(in, source);
      p = format == PlanFormat.JSON ? streamFactory.createParser(checked) : yamlStreamFactory().createParser(checked);
    } catch (IOException e) {
      throw Errors.reading(e, format.name(), source);
    }
    Spliterator<PlanDocument> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
      private boolean started;
      private boolean array;
      private int index;

      @Override
      public boolean tryAdvance(Consumer<? super PlanDocument> action) {
        JsonNode tree;
        TreeReader reader;
        try {
          JsonToken t = p.nextToken();
          if (!started) {
            started = true;
            array = t == JsonToken.START_ARRAY && format == PlanFormat.JSON;
            if (array) {
              t = p.nextToken();
            }
          }
          if (t == null || array && t == JsonToken.END_ARRAY) {
            if (array && p.nextToken() != null) {
              throw new MalformedInputException(LocalizedText.of(
                  "Còn nội dung thừa sau mảng kế hoạch", "Trailing content after the array of plans"),
                  Location.builder().source(Objects.requireNonNullElse(source, "-")).build());
            }
            return false;
          }
          reader = new TreeReader(limits, source);
          tree = reader.readValue(p, true);
        } catch (KehoachException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          throw Errors.reading(e, format.name(), source);
        }
        int i = index++;
        byte[] element;
        try {
          element = json.writeValueAsBytes(tree);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        try {
          action.accept(bind(format, tree, element, source, reader.typedScalars()));
        } catch (KehoachException e) {
          throw prefixed(e, i);
        }
        return true;
      }
    };
    return StreamSupport.stream(split, false).onClose(() -> {
      try {
        p.close();
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static KehoachException prefixed(KehoachException e, int index) {
    Location l = e.getLocation().orElse(Location.builder().build());
    Location at = Location.builder().from(l).pointer("/" + index + l.getPointer().orElse("")).build();
    LocalizedText text = LocalizedText.of("Kế hoạch thứ " + (index + 1) + ": " + e.getText().vi(),
        "Plan " + (index + 1) + ": " + e.getText().en());
    return e instanceof MalformedInputException ? new MalformedInputException(text, at, e)
        : new InvalidDataException(text, at);
  }

  // -- writing --------------------------------------------------------------------------------

  /** The plan as a document of {@code format}. */
  public String write(PlanFormat format, Plan plan) {
    return write(format, PlanDocument.of(plan));
  }

  /** The document (plan and unknown properties) in {@code format}. */
  public String write(PlanFormat format, PlanDocument document) {
    StringWriter out = new StringWriter();
    write(format, document, out);
    return out.toString();
  }

  /** Writes the document to {@code out} as UTF-8 (not closed). */
  public void write(PlanFormat format, PlanDocument document, OutputStream out) {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(format, document, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(PlanFormat format, PlanDocument document, Writer out) {
    try {
      if (format == PlanFormat.JSON && document.getUnknownProperties().isEmpty()) {
        // The common case writes straight from the model: no tree, same bytes (FastPathTest).
        jsonWriter().writeValue(out, new PlanEnvelope(document.getPlan(), FormatVersion.CURRENT));
        if (pretty) {
          out.write('\n');
        }
        return;
      }
      ObjectNode root = tree(document);
      if (format == PlanFormat.JSON) {
        jsonWriter().writeValue(out, root);
        if (pretty) {
          out.write('\n');
        }
      } else {
        yamlWriter.write(root, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON writer: it leaves the target open (Jackson closes it by default), as the stream methods promise. */
  private ObjectWriter jsonWriter() {
    return (pretty ? json.writerWithDefaultPrettyPrinter() : json.writer()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** The document as the tree both formats write; the format version first. */
  ObjectNode tree(PlanDocument document) throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put(FormatVersion.PROPERTY, FormatVersion.CURRENT);
    root.setAll((ObjectNode) json.valueToTree(document.getPlan()));
    Extras.restore(root, document.getUnknownProperties(), json);
    return root;
  }

  /** Chooses the read mode, the limits and the JSON layout of a {@link PlanMapper}. */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private ReadLimits limits = ReadLimits.defaults();
    private boolean prettyJson = true;
    private Migrations migrations = Migrations.standard();

    private Builder() {}

    /** What to do with unknown properties; {@link ReadMode#STRICT} by default. */
    public Builder mode(ReadMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** The limits on input; {@link ReadLimits#defaults()} by default. */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether JSON is written indented, one property a line (the default) or on one line. */
    public Builder prettyJson(boolean pretty) {
      this.prettyJson = pretty;
      return this;
    }

    Builder migrations(Migrations migrations) {
      this.migrations = migrations;
      return this;
    }

    /** The mapper. */
    public PlanMapper build() {
      return new PlanMapper(this);
    }
  }
}
