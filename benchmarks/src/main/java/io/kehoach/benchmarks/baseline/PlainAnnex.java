package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Annex} of {@code docs/plan.schema.json}. */
public class PlainAnnex {
  public String id;
  public String label;
  public String title;
  public String text;
  public List<String> taskIds;
}
