package io.kehoach.cli;

import io.kehoach.json.PlanFormat;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the tool reads: the native JSON and YAML, the official text, Word ({@code .docx},
 * {@code .doc}) and PDF files of a plan, annex task tables (CSV, {@code .xlsx}, {@code .xls}; read
 * into a plan given with {@code --into}) and edXML envelopes.
 */
enum InputFormat {
  json, yaml, text, csv, edxml, docx, doc, pdf, xlsx, xls;

  /** Whether the format is an annex table, read into the plan it belongs to. */
  boolean isAnnex() {
    return this == csv || this == xlsx || this == xls;
  }

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
    if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
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
    for (InputFormat office : new InputFormat[] {docx, doc, pdf, xlsx, xls}) {
      if (n.endsWith("." + office.name())) {
        return Optional.of(office);
      }
    }
    return Optional.empty();
  }

  /**
   * The format of a file whose bytes say it: a PDF, a zip of Office Open XML parts (Word or Excel by
   * the parts it names) or an OLE2 compound file (Word or Excel by its streams); empty for text.
   * The bytes win over the extension: a Word file saved as {@code .doc} but holding Office Open
   * XML is read as {@code .docx}. {@code hint} (the extension's format) settles what the bytes leave open.
   */
  static Optional<InputFormat> sniff(byte[] content, Optional<InputFormat> hint) {
    if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(pdf);
    }
    if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      boolean word = contains(content, "word/".getBytes(StandardCharsets.US_ASCII));
      boolean excel = contains(content, "xl/".getBytes(StandardCharsets.US_ASCII));
      if (word != excel) {
        return Optional.of(word ? docx : xlsx);
      }
      return hint.filter(f -> f == docx || f == xlsx).or(() -> Optional.of(docx));
    }
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    if (startsWith(content, 0, ole2)) {
      boolean word = contains(content, "WordDocument".getBytes(StandardCharsets.UTF_16LE));
      boolean excel = contains(content, "Workbook".getBytes(StandardCharsets.UTF_16LE))
          || contains(content, "Book".getBytes(StandardCharsets.UTF_16LE));
      if (word != excel) {
        return Optional.of(word ? doc : xls);
      }
      return hint.filter(f -> f == doc || f == xls).or(() -> Optional.of(doc));
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int at, byte[] prefix) {
    if (content.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] content, byte[] part) {
    for (int i = 0; i + part.length <= content.length; i++) {
      if (content[i] == part[0] && startsWith(content, i, part)) {
        return true;
      }
    }
    return false;
  }

  /** Where the content of {@code bytes} begins: after a UTF-8 byte-order mark and white space. */
  static int contentStart(byte[] bytes) {
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i;
  }

  /** The format of a file, by its extension, or by its first characters when the extension says nothing. */
  static Optional<InputFormat> detect(String name, byte[] content) {
    Optional<InputFormat> byName = byExtension(name);
    Optional<InputFormat> binary = sniff(content, byName);
    if (binary.isPresent()) {
      return binary;
    }
    if (byName.isPresent()) {
      return byName;
    }
    int i = contentStart(content);
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
