package io.kehoach.benchmarks.baseline;

import java.util.List;

/**
 * Mirrors the top-level object of {@code docs/plan.schema.json} (a whole plan), for the plain
 * Jackson databind baseline.
 */
public class PlainPlan {
  public String formatVersion;
  public PlainIssuingBody issuer;
  /** A number and symbol as written (e.g. {@code "36 /KH-UBND"}); not parsed. */
  public String number;
  public String place;
  /** ISO date as written; not parsed. */
  public String issueDate;
  public String documentType;
  public String subject;
  public String status;
  public PlainPeriod period;
  public PlainAdministrativeUnit territory;
  public PlainDocumentReference issuingDecision;
  public List<PlainDocumentReference> legalBases;
  public List<PlainObjective> objectives;
  public List<PlainRequirement> requirements;
  public List<PlainContentItem> contentItems;
  public List<PlainMediaChannel> channels;
  public List<PlainResponsibleBody> bodies;
  public List<PlainAssignment> assignments;
  public PlainBudget budget;
  public List<PlainReportingRule> reportingRules;
  public List<PlainAdministrativeProcedure> procedures;
  public String closingText;
  public List<PlainRecipient> recipients;
  public PlainSignature signature;
  public List<PlainAnnex> annexes;
  public List<PlainUnclassifiedText> unclassifiedTexts;
}
