package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/UnclassifiedText} of {@code docs/plan.schema.json}. */
public class PlainUnclassifiedText {
  public String section;
  public String text;
}
