package io.kehoach.benchmarks.baseline;

import java.util.List;

/** Mirrors {@code $defs/Deadline} of {@code docs/plan.schema.json}. */
public class PlainDeadline {
  public String frequency;
  public List<Integer> occurrences;
  public Integer monthOfPeriod;
  public Integer dayOfMonth;
  public Boolean inFollowingPeriod;
  public String date;
}
