package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/ResponsibleBody} of {@code docs/plan.schema.json}. */
public class PlainResponsibleBody {
  public String id;
  public String name;
  public String kind;
  public String abbreviation;
  public Boolean group;
  public List<String> memberIds;
  public String headTitle;
  public String agencyId;
}
