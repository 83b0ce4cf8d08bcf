package io.kehoach.json;

import java.util.Locale;
import java.util.Optional;

/**
 * The native formats of a plan: {@link #JSON} for services, {@link #YAML} for files that people
 * edit and keep in version control. Both carry the same tree.
 *
 * @since 0.1
 */
public enum PlanFormat {
  /** JSON ({@code .json}), UTF-8. */
  JSON("json"),
  /** YAML ({@code .yaml}, {@code .yml}), UTF-8, block style. */
  YAML("yaml");

  private final String extension;

  PlanFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String getExtension() {
    return extension;
  }

  /** The format a file name's extension names ({@code plan.yml} is YAML), if any. */
  public static Optional<PlanFormat> fromFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
