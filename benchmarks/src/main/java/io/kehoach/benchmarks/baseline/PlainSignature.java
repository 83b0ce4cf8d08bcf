package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Signature} of {@code docs/plan.schema.json}. */
public class PlainSignature {
  public List<PlainSigningMarker> markers;
  public String position;
  public String name;
}
