package io.kehoach.json;

import io.kehoach.json.internal.SchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (2020-12) of the format, as shipped inside this jar (and in {@code docs/} of the
 * project): generated from the model by the build, never written by hand.
 *
 * @since 0.1
 */
public final class PlanSchema {
  private PlanSchema() {}

  /** The schema as JSON text. */
  public static String json() {
    try (InputStream in = PlanSchema.class.getResourceAsStream(SchemaGenerator.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar: " + SchemaGenerator.RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
