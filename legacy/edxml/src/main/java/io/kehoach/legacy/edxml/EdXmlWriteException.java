package io.kehoach.legacy.edxml;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import java.util.List;

/**
 * A plan whose header fields cannot be written as an edXML envelope: one exception listing every
 * field over its limit or holding a character XML cannot carry, such as
 * {@code MessageHeader/Subject: 612 characters, limit 500}.
 *
 * <p>Its message names every field in both languages; {@link #getViolations()} lists them.
 *
 * @since 0.1
 */
public class EdXmlWriteException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final List<FieldViolation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every field that cannot be written, not empty
   */
  public EdXmlWriteException(List<FieldViolation> violations) {
    super(text(violations), null);
    this.violations = List.copyOf(violations);
  }

  private static LocalizedText text(List<FieldViolation> violations) {
    StringBuilder vi = new StringBuilder("Không ghi được phong bì edXML, ").append(violations.size())
        .append(" trường không hợp lệ:");
    StringBuilder en = new StringBuilder("Cannot write the edXML envelope, ").append(violations.size())
        .append(violations.size() == 1 ? " field is invalid:" : " fields are invalid:");
    for (FieldViolation v : violations) {
      vi.append("\n- ").append(v.getField()).append(": ").append(v.getMessage().vi());
      en.append("\n- ").append(v.getField()).append(": ").append(v.getMessage().en());
    }
    return LocalizedText.of(vi.toString(), en.toString());
  }

  /** Every field that cannot be written, in header order. */
  public List<FieldViolation> getViolations() {
    return violations;
  }
}
