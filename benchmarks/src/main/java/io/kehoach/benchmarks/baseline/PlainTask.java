package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Task} of {@code docs/plan.schema.json}. */
public class PlainTask {
  public String id;
  public String description;
  public List<PlainTaskParticipant> participants;
  public PlainTiming timing;
  public List<String> outputs;
  public List<String> contentItemIds;
  public List<String> channelIds;
  /**
   * An amount: the schema's {@code oneOf} of a number (đồng) or an object {@code {"amount",
   * "currency"}}. Plain databind reads it untyped: a {@link Number}, or a {@code Map} for the
   * object form.
   */
  public Object cost;
}
