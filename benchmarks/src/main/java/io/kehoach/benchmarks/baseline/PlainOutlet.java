package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/Outlet} of {@code docs/plan.schema.json}. */
public class PlainOutlet {
  public String name;
  public String kind;
  public String bodyId;
}
