package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/MediaChannel} of {@code docs/plan.schema.json}. */
public class PlainMediaChannel {
  public String id;
  public List<String> kinds;
  public String description;
  public List<PlainOutlet> outlets;
}
