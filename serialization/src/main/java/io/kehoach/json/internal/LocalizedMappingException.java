package io.kehoach.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.kehoach.LocalizedText;

/** A binding error with kehoach's own bilingual message; Jackson adds the path as it unwinds. */
public final class LocalizedMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final transient LocalizedText text;

  /** Creates the exception. */
  public LocalizedMappingException(JsonParser parser, LocalizedText text) {
    super(parser, text.en());
    this.text = text;
  }

  /** The message in both languages. */
  public LocalizedText text() {
    return text;
  }
}
