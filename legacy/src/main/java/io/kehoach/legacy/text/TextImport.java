package io.kehoach.legacy.text;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.legacy.encoding.LegacyEncoding;
import io.kehoach.plan.Plan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of importing a text: what kind of document it is, the plan made from it (none when
 * it is not a plan), and the report: which part came from which lines, which lines were not
 * understood (kept in the plan as unclassified text of the nearest section), and warnings.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class TextImport {
  TextImport() {}

  /** What the text is. */
  public abstract DocumentKind getKind();

  /** The plan; empty when the text is not a plan. */
  public abstract Optional<Plan> getPlan();

  /** Which part of the plan came from which lines, in document order. */
  public abstract List<RecognizedPart> getRecognized();

  /** The lines (from 1) kept as unclassified text. */
  public abstract List<Integer> getUnclassifiedLines();

  /**
   * The pre-Unicode encoding the text was converted from (TCVN3, VNI or VISCII), when the importer
   * found it was one; a warning {@code encoding.converted} (or {@code encoding.uncertain}) says so too.
   */
  public abstract Optional<LegacyEncoding> getConvertedFrom();

  /** What the importer noticed and could not settle. */
  public abstract List<ImportWarning> getWarnings();

  /** Whether a warning of {@code code} was given. */
  public boolean hasWarning(String code) {
    return getWarnings().stream().anyMatch(w -> w.getCode().equals(code));
  }

  /**
   * The plan.
   *
   * @throws InvalidDataException if the text is not a plan
   */
  public Plan planOrThrow() {
    return getPlan().orElseThrow(() -> new InvalidDataException(LocalizedText.of(
        "Văn bản không phải là một kế hoạch", "The text is not a plan"), null));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TextImport}. */
  public static final class Builder extends ImmutableTextImport.Builder {}
}
