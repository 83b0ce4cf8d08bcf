package io.kehoach.cli;

/**
 * The formats {@code kehoach convert} writes: the native JSON and YAML, the official text, edXML
 * envelopes, annex task tables as CSV or {@code .xlsx}, and Word {@code .docx} laid out as Decree
 * 30/2020 sets. The binary ones ({@code docx}, {@code xlsx}) are written to a file only.
 */
enum OutputFormat {
  json, yaml, text, csv, edxml, docx, xlsx;

  String extension() {
    return this == text ? "txt" : name();
  }

  boolean isBinary() {
    return this == docx || this == xlsx;
  }
}
