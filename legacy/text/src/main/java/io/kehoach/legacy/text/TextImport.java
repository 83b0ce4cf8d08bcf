package io.kehoach.legacy.text;

import io.kehoach.InvalidDataException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.PlanImport;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.encoding.LegacyEncoding;
import io.kehoach.plan.Plan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of importing a text: what kind of document it is, the plan made from it (none when
 * it is not a plan), and the report: which part came from which lines, which lines were not
 * understood (kept in the plan as unclassified text of the nearest section), and diagnostics.
 *
 * <p>Diagnostic codes (warnings unless said): {@code number.unreadable}, {@code date.unreadable},
 * {@code date.contradiction}, {@code issuer.inferred}, {@code section.missing},
 * {@code signature.missing}, {@code truncated}, {@code press-summary}, {@code annex.value},
 * {@code budget.amount}, {@code encoding.converted}, {@code encoding.uncertain}; and, as
 * information, {@code text.chrome} (lines set apart as a web page's or a PDF's additions, or a
 * decision's own recipients) and {@code head.mark} (a mark such as {@code DỰ THẢO} above the head).
 * Each is located by line (by the document's own locations for an imported document).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class TextImport implements PlanImport {
  TextImport() {}

  /** What the text is. */
  public abstract DocumentKind getKind();

  @Override
  public abstract Optional<String> getSource();

  /** The plan; empty when the text is not a plan. */
  @Override
  public abstract Optional<Plan> getPlan();

  /** Which part of the plan came from which lines, in document order. */
  @Override
  public abstract List<RecognizedPart> getRecognized();

  /** The lines kept as unclassified text, in document order. */
  @Override
  public abstract List<Location> getUnclassified();

  /**
   * The pre-Unicode encoding the text was converted from (TCVN3, VNI or VISCII), when the importer
   * found it was one; a diagnostic {@code encoding.converted} (or {@code encoding.uncertain}) says so too.
   */
  public abstract Optional<LegacyEncoding> getConvertedFrom();

  /** What the importer noticed and could not settle. */
  @Override
  public abstract List<Diagnostic> getDiagnostics();

  /**
   * The plan.
   *
   * @throws InvalidDataException if the text is not a plan
   */
  @Override
  public Plan planOrThrow() {
    return getPlan().orElseThrow(() -> new InvalidDataException(LocalizedText.of(
        "Văn bản không phải là một kế hoạch", "The text is not a plan"),
        getSource().map(s -> Location.builder().source(s).build()).orElse(null)));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TextImport}. */
  public static final class Builder extends ImmutableTextImport.Builder {}
}
