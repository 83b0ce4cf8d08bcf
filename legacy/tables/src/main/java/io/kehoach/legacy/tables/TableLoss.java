package io.kehoach.legacy.tables;

import io.kehoach.LocalizedText;
import org.immutables.value.Value;

/**
 * Something of a plan that an annex task table cannot carry, reported by {@link AnnexTableWriter}
 * so that nothing is dropped silently: what ({@code code}), where in the plan (a JSON Pointer such
 * as {@code /assignments/1/tasks/0/channelIds}) and a message in Vietnamese and English.
 *
 * <p>Codes: {@code plan.other-parts}, {@code body.unreferenced}, {@code body.undeclared},
 * {@code body.id}, {@code body.name}, {@code body.kind}, {@code body.group}, {@code body.head-title},
 * {@code body.abbreviation}, {@code body.members}, {@code body.agency-id}, {@code assignment.empty},
 * {@code assignment.role}, {@code assignment.text}, {@code assignment.merged}, {@code assignment.id},
 * {@code task.id}, {@code task.description}, {@code task.lead}, {@code task.monitor},
 * {@code task.coordinator}, {@code task.output}, {@code task.timing}, {@code task.cost},
 * {@code task.content-items}, {@code task.channels}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class TableLoss {
  TableLoss() {}

  /** The code, such as {@code "task.channels"}. */
  @Value.Parameter
  public abstract String getCode();

  /** The JSON Pointer (RFC 6901) of what is lost in the plan; {@code ""} is the whole plan. */
  @Value.Parameter
  public abstract String getPointer();

  /** What is lost and why, in Vietnamese and English. */
  @Value.Parameter
  public abstract LocalizedText getMessage();

  /** A loss. */
  public static TableLoss of(String code, String pointer, LocalizedText message) {
    return ImmutableTableLoss.of(code, pointer, message);
  }

  @Override
  public String toString() {
    return getCode() + " at " + (getPointer().isEmpty() ? "/" : getPointer()) + ": " + getMessage().en();
  }
}
