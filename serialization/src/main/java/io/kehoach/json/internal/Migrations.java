package io.kehoach.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The chain of small steps that moves a document of an older format version to the current one.
 * Each step moves one minor or major version ({@code 0.9 → 1.0}) and is tested on its own.
 *
 * <p>1.0 is the first published version, so the chain of this release is empty; the mechanism is
 * in place (and tested with steps of its tests) for the versions to come.
 */
public final class Migrations {
  /** One step: from a version to the next, as a transformation of the document tree. */
  public static final class Step {
    final String from;
    final String to;
    final UnaryOperator<ObjectNode> apply;

    public Step(String from, String to, UnaryOperator<ObjectNode> apply) {
      this.from = from;
      this.to = to;
      this.apply = apply;
    }
  }

  private final List<Step> steps;

  public Migrations(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The chain of this release (empty: 1.0 is the first version). */
  public static Migrations standard() {
    return new Migrations(List.of());
  }

  /**
   * Migrates {@code tree} from {@code version} to {@code target}, or gives empty when no chain of
   * steps leads there.
   */
  public Optional<ObjectNode> migrate(ObjectNode tree, String version, String target) {
    String v = version;
    ObjectNode t = tree;
    int guard = 0;
    while (!v.equals(target)) {
      Step next = null;
      for (Step s : steps) {
        if (s.from.equals(v)) {
          next = s;
          break;
        }
      }
      if (next == null || ++guard > steps.size()) {
        return Optional.empty();
      }
      t = next.apply.apply(t);
      v = next.to;
    }
    return Optional.of(t);
  }
}
