package io.kehoach.examples;

import io.kehoach.legacy.edxml.EdXmlImport;
import io.kehoach.legacy.edxml.EdXmlReader;
import io.kehoach.legacy.edxml.EdXmlWriter;
import io.kehoach.legacy.edxml.MessageHeader;
import io.kehoach.plan.Plan;

/**
 * The README's edXML example: send the Bình Phước plan as an edXML envelope (QCVN 102:2016), read it
 * back whole from its JSON attachment, and read a header-only envelope as a draft.
 */
public final class EdXmlEnvelope {
  private EdXmlEnvelope() {}

  /** Prints the header a receiver sees, and what kehoach reads back. */
  public static void main(String[] args) {
    Plan plan = BinhPhuoc2017.plan();
    // README:begin
    String xml = EdXmlWriter.create().write(plan);             // header + the plan attached as JSON
    EdXmlImport received = EdXmlReader.create().read(xml, "36-KH-UBND.edxml");
    MessageHeader header = received.getHeader();
    boolean whole = received.planOrThrow().equals(plan);       // true: the attachment carries everything

    String headerOnly = EdXmlWriter.builder().attachPlan(false).build().write(plan);
    EdXmlImport draft = EdXmlReader.create().read(headerOnly, "header-only.edxml");
    // README:end
    System.out.println("Code: " + header.getCodeNumber().orElseThrow() + "/" + header.getCodeNotation().orElseThrow());
    System.out.println("PromulgationDate: " + header.getPromulgationDate().orElseThrow());
    System.out.println("Subject: " + header.getSubject().orElseThrow());
    System.out.println("read back whole: " + whole + " (" + received.getPlanSource() + ")");
    System.out.println("header only: " + draft.planOrThrow().getStatus() + " plan " + draft.planOrThrow().getNumber().orElseThrow()
        + ", " + draft.getDiagnostics().size() + " findings, e.g. " + draft.getDiagnostics().get(0).getCode());
  }
}
