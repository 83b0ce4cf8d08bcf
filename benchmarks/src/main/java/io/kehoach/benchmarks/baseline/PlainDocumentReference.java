package io.kehoach.benchmarks.baseline;

/** Mirrors {@code $defs/DocumentReference} of {@code docs/plan.schema.json}. */
public class PlainDocumentReference {
  public String citation;
  /** A number and symbol as written (e.g. {@code "30/2020/NĐ-CP"}); not parsed. */
  public String number;
  public String documentType;
  public String issueDate;
  public String issuer;
  public String subject;
}
