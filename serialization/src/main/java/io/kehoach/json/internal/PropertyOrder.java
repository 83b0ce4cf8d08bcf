package io.kehoach.json.internal;

import io.kehoach.plan.AdministrativeProcedure;
import io.kehoach.plan.AdministrativeUnit;
import io.kehoach.plan.Annex;
import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MeasurableTarget;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Outlet;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import io.kehoach.plan.UnclassifiedText;
import java.util.HashMap;
import java.util.Map;

/**
 * The order in which the format writes each model type's properties: identity first, then the
 * sections in the order of an official document. Every attribute of every type is listed (a test
 * keeps it so).
 */
public final class PropertyOrder {
  private static final Map<Class<?>, String[]> ORDER = new HashMap<>();

  static {
    put(Plan.class, "issuer", "number", "place", "issueDate", "documentType", "subject", "status", "period",
        "territory", "issuingDecision", "legalBases", "objectives", "requirements", "contentItems", "channels",
        "bodies", "assignments", "budget", "reportingRules", "procedures", "closingText", "recipients", "signature",
        "annexes", "unclassifiedTexts");
    put(IssuingBody.class, "name", "superiorBody", "bodyId", "agencyId");
    put(DocumentReference.class, "citation", "number", "documentType", "issueDate", "issuer", "subject");
    put(Period.class, "start", "end");
    put(AdministrativeUnit.class, "code", "name", "level", "validFrom", "validUntil", "successorCode");
    put(Objective.class, "id", "statement", "targets");
    put(Requirement.class, "id", "statement", "targets");
    put(MeasurableTarget.class, "indicator", "targetValue", "unit", "dueDate");
    put(ContentItem.class, "id", "theme", "audiences", "focusSectors", "procedureCodes", "procedureFields");
    put(MediaChannel.class, "id", "kinds", "description", "outlets");
    put(Outlet.class, "name", "kind", "bodyId");
    put(ResponsibleBody.class, "id", "name", "kind", "abbreviation", "group", "memberIds", "headTitle", "agencyId");
    put(Assignment.class, "id", "bodyId", "role", "text", "tasks");
    put(Task.class, "id", "description", "participants", "timing", "outputs", "contentItemIds", "channelIds", "cost");
    put(TaskParticipant.class, "bodyId", "role");
    put(Timing.class, "kind", "start", "end");
    put(Budget.class, "sources", "lines", "total", "approvalChain", "text");
    put(BudgetLine.class, "id", "description", "amount", "source", "taskIds");
    put(ApprovalStep.class, "stage", "bodyId");
    put(ReportingRule.class, "id", "reporterIds", "recipientId", "intermediaryId", "deadlines", "text");
    put(Deadline.class, "frequency", "occurrences", "monthOfPeriod", "dayOfMonth", "inFollowingPeriod", "date");
    put(Recipient.class, "name", "purpose", "bodyId", "agencyId");
    put(Signature.class, "markers", "position", "name");
    put(SigningMarker.class, "authority", "onBehalfOf");
    put(Annex.class, "id", "label", "title", "text", "taskIds");
    put(AdministrativeProcedure.class, "code", "name", "field", "fieldCode", "level", "oneStopShop",
        "onlineServiceLevel");
    put(UnclassifiedText.class, "section", "text");
  }

  private PropertyOrder() {}

  private static void put(Class<?> type, String... names) {
    ORDER.put(type, names);
  }

  /** The order of {@code type}'s properties, or null when the format has no order for it. */
  public static String[] of(Class<?> type) {
    return ORDER.get(type);
  }

  /** Every type with an order. */
  public static Map<Class<?>, String[]> all() {
    return Map.copyOf(ORDER);
  }
}
