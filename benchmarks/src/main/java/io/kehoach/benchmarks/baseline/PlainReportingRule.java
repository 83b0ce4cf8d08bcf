package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/ReportingRule} of {@code docs/plan.schema.json}. */
public class PlainReportingRule {
  public String id;
  public List<String> reporterIds;
  public String recipientId;
  public String intermediaryId;
  public List<PlainDeadline> deadlines;
  public String text;
}
