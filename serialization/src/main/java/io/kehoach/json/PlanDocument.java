package io.kehoach.json;

import io.kehoach.plan.Plan;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A plan as read from a document: the plan, the format version the document stated, and (in
 * {@linkplain ReadMode#LENIENT lenient} mode) the properties the format does not define, by JSON
 * Pointer, as JSON text: {@code {"/assignments/0/x-owner": "\"Phòng KSTTHC\""}}. Writing the
 * document writes them back where they were.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PlanDocument {
  PlanDocument() {}

  /** The plan. */
  @Value.Parameter
  public abstract Plan getPlan();

  /** The format version the document stated, such as {@code "1.0"}. */
  @Value.Default
  public String getFormatVersion() {
    return FormatVersion.CURRENT;
  }

  /** Unknown properties by JSON Pointer, as JSON text, in document order; empty in strict mode. */
  public abstract Map<String, String> getUnknownProperties();

  /** A document holding only a plan. */
  public static PlanDocument of(Plan plan) {
    return ImmutablePlanDocument.of(plan);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanDocument}. */
  public static final class Builder extends ImmutablePlanDocument.Builder {}
}
