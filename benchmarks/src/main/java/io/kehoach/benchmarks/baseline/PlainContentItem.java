package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/ContentItem} of {@code docs/plan.schema.json}. */
public class PlainContentItem {
  public String id;
  public String theme;
  public List<String> audiences;
  public List<String> focusSectors;
  /** Procedure codes as written; not parsed. */
  public List<String> procedureCodes;
  public List<String> procedureFields;
}
