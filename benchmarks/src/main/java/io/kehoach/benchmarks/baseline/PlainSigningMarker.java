package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/SigningMarker} of {@code docs/plan.schema.json}. */
public class PlainSigningMarker {
  public String authority;
  public String onBehalfOf;
}
