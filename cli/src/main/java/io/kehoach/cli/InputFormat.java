package io.kehoach.cli;

import io.kehoach.json.PlanFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the tool reads and writes: the native JSON and YAML, the official text, annex task
 * tables (CSV; read into a plan given with {@code --into}) and edXML envelopes.
 */
enum InputFormat {
  json, yaml, text, csv, edxml;

  Optional<PlanFormat> planFormat() {
    return this == json ? Optional.of(PlanFormat.JSON) : this == yaml ? Optional.of(PlanFormat.YAML) : Optional.empty();
  }

  String extension() {
    return this == text ? "txt" : name();
  }

  /**
   * The format a file's name says, or empty. The one list of extensions: single files and folder
   * batches use it both (a folder batch skips CSV annexes, which need the plan they belong to).
   */
  static Optional<InputFormat> byExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Optional.of(json);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(yaml);
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Optional.of(text);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(csv);
    }
    if (n.endsWith(".edxml")) {
      return Optional.of(edxml);
    }
    return Optional.empty();
  }

  /** The format of a file, by its extension, or by its first characters when the extension says nothing. */
  static Optional<InputFormat> detect(String name, byte[] content) {
    Optional<InputFormat> byName = byExtension(name);
    if (byName.isPresent()) {
      return byName;
    }
    int i = 0;
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    if (i < content.length && (content[i] == '{' || content[i] == '[')) {
      return Optional.of(json);
    }
    if (i < content.length && content[i] == '<') {
      // kehoach reads one kind of XML: the edXML envelope (a .xml file, or XML on standard input).
      return Optional.of(edxml);
    }
    String head = new String(content, i, Math.min(content.length - i, 64), java.nio.charset.StandardCharsets.UTF_8);
    if (head.startsWith("formatVersion:") || head.startsWith("---") || head.startsWith("# ")) {
      return Optional.of(yaml);
    }
    return content.length == 0 ? Optional.empty() : Optional.of(text);
  }
}
