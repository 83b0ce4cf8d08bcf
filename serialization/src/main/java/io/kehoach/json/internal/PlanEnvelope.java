package io.kehoach.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.kehoach.plan.Plan;

/**
 * A plan with its format version written first, so that JSON is written straight from the model
 * without a tree when there are no unknown properties to restore.
 */
@JsonPropertyOrder({"formatVersion", "plan"})
public final class PlanEnvelope {
  private final Plan plan;
  private final String formatVersion;

  public PlanEnvelope(Plan plan, String formatVersion) {
    this.plan = plan;
    this.formatVersion = formatVersion;
  }

  @JsonProperty("formatVersion")
  public String getFormatVersion() {
    return formatVersion;
  }

  @JsonUnwrapped
  public Plan getPlan() {
    return plan;
  }
}
