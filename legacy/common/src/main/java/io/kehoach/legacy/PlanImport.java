package io.kehoach.legacy;

import io.kehoach.InvalidDataException;
import io.kehoach.Location;
import io.kehoach.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link PlanReader} made of one input: the plan, where each part of it came from, where
 * the input held what was kept as unclassified text, and diagnostics.
 *
 * <p>The plan is a whole plan, or a {@linkplain io.kehoach.plan.PlanStatus#DRAFT draft} holding what
 * the source states (an article about a plan, an envelope header); it is empty when the input holds
 * no plan (a text that is not a plan, an annex table read without the plan it belongs to), and
 * {@link #planOrThrow()} then says why. What the reader kept but could not place is in the plan too,
 * as {@linkplain Plan#getUnclassifiedTexts() unclassified text}; {@link #getUnclassified()} says where
 * in the input it stood. Each format's result adds what only that format knows.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.2
 */
public interface PlanImport {

  /** The name of the input (a file name), when the reader was given one. */
  Optional<String> getSource();

  /** The plan or draft; empty when the input holds none. */
  Optional<Plan> getPlan();

  /** Which part of the plan came from where in the input, in input order. */
  List<RecognizedPart> getRecognized();

  /** Where the input held what was kept as unclassified text, in input order. */
  List<Location> getUnclassified();

  /** What the reader noticed and settled leniently, in input order. */
  List<Diagnostic> getDiagnostics();

  /**
   * The plan.
   *
   * @throws InvalidDataException if the input holds none, saying why
   */
  Plan planOrThrow();

  /** Whether a diagnostic of {@code code} was given. */
  default boolean hasDiagnostic(String code) {
    for (Diagnostic d : getDiagnostics()) {
      if (d.getCode().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
