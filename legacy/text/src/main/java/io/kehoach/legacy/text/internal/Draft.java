package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Bodies;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.Budget;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Objective;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.Signature;
import io.kehoach.plan.UnclassifiedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plan being built from one text: what the recognising stages found, assembled by {@link Assemble}. */
final class Draft {
  final Plan.Builder plan = Plan.builder();
  final Bodies bodies = new Bodies();

  // The head (Head): issuer lines, number, place and date.
  final List<String> issuerLines = new ArrayList<>();
  int issuerFrom = -1;
  int issuerTo = -1;
  @Nullable DocumentNumber number;
  int numberIndex = -1;
  @Nullable PlaceAndDate placeAndDate;
  @Nullable LocalDate date;
  int dateIndex = -1;

  /** The issuer's name and, for a committee, its body id: the recipient of reports that name none. */
  @Nullable String issuerName;
  @Nullable String issuerBodyId;

  // A decision carrying the plan (Decision).
  @Nullable DocumentReference issuingDecision;
  String decisionSubject = "";
  @Nullable Signature decisionSignature;
  boolean hasSubject;
  String subject = "";
  io.kehoach.plan.@Nullable Period period;

  int legalBases;
  final List<Objective> objectives = new ArrayList<>();
  final List<Requirement> requirements = new ArrayList<>();
  final List<ContentItem> contents = new ArrayList<>();
  final List<MediaChannel> channels = new ArrayList<>();
  final List<Assignment> assignments = new ArrayList<>();
  final List<ReportingRule> reporting = new ArrayList<>();
  final List<Recipient> recipients = new ArrayList<>();
  final Budget.Builder budget = Budget.builder();
  final List<String> budgetText = new ArrayList<>();
  boolean hasBudget;
  int budgetLines;
  @Nullable Signature signature;
  @Nullable String closingText;

  /** Text kept as unclassified, with the indices of its lines. */
  final List<UnclassifiedText> unclassified = new ArrayList<>();
  final List<Integer> unclassifiedLines = new ArrayList<>();
}
