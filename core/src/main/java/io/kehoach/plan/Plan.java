package io.kehoach.plan;

import io.kehoach.plan.constraints.PlainText;
import io.kehoach.plan.constraints.SingleScript;
import io.kehoach.plan.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * An administrative plan (Kế hoạch): its identity as a document, its purposes and requirements,
 * the content and channels of its communication, who does what, its budget, its reporting rules,
 * and the recipients and signature that close it.
 *
 * <p>An example, the Bình Phước plan of 2017:
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .issuer(IssuingBody.of("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"))
 *     .number(DocumentNumber.parse("36/KH-UBND"))
 *     .placeAndDate(PlaceAndDate.parse("Bình Phước, ngày 16 tháng 02 năm 2017"))
 *     .subject("Truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2017 ...")
 *     .period(Period.ofYear(2017))
 *     .status(PlanStatus.ISSUED)
 *     .addBody(ResponsibleBody.of("so-tu-phap", "Sở Tư pháp", BodyKind.DEPARTMENT))
 *     // objectives, content items, channels, assignments, budget, reporting rules ...
 *     .build();
 * }</pre>
 *
 * <p>Parts refer to one another by ids declared once in the plan: bodies in {@link #getBodies()},
 * content items, channels, tasks. The model holds what the document says, right or wrong: whether
 * the ids resolve, the number carries {@code KH}, an issued plan has a date, is checked by the
 * validation module, which reports every problem with its place. Only the lifecycle moves are
 * enforced here ({@link #transitionTo(PlanStatus)}).
 *
 * <p>Immutable and thread-safe; every text normalised to Unicode NFC.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Plan implements WithPlan {
  Plan() {}

  // -- identity -------------------------------------------------------------------------------

  /** The issuing body as the header names it. */
  @Valid
  public abstract IssuingBody getIssuer();

  /** The number and symbol, such as {@code 36/KH-UBND}; empty for a draft. */
  public abstract Optional<DocumentNumber> getNumber();

  /** The place of issue (địa danh), such as {@code "Bình Phước"}. */
  public abstract Optional<@PlainText @SingleScript @Size(max = Limits.NAME) String> getPlace();

  /** The date of issue; empty for a draft. */
  public abstract Optional<LocalDate> getIssueDate();

  /** The type of the document; {@link DocumentType#PLAN} unless stated. */
  @Value.Default
  public DocumentType getDocumentType() {
    return DocumentType.PLAN;
  }

  /** The subject (trích yếu), naming the period and territory, as one line of text. */
  @NotBlank
  @PlainText
  @Size(max = Limits.LINE)
  public abstract String getSubject();

  /** The legal basis (căn cứ) in document order. */
  public abstract List<@Valid DocumentReference> getLegalBases();

  /** The period the plan covers. */
  public abstract Optional<@Valid Period> getPeriod();

  /** The territory the plan covers, such as the province of Bình Phước. */
  public abstract Optional<@Valid AdministrativeUnit> getTerritory();

  /** Where the plan stands in its life; {@link PlanStatus#DRAFT} unless stated. */
  @Value.Default
  public PlanStatus getStatus() {
    return PlanStatus.DRAFT;
  }

  /** The decision that issued the plan, when it was issued through one ({@code 3596/QĐ-UBND}). */
  public abstract Optional<@Valid DocumentReference> getIssuingDecision();

  // -- sections -------------------------------------------------------------------------------

  /** The purposes (mục đích), in document order. */
  public abstract List<@Valid Objective> getObjectives();

  /** The requirements (yêu cầu), in document order. */
  public abstract List<@Valid Requirement> getRequirements();

  /** The content of communication (nội dung), in document order. */
  public abstract List<@Valid ContentItem> getContentItems();

  /** The channels (hình thức), in document order. */
  public abstract List<@Valid MediaChannel> getChannels();

  /** Every body or group of bodies the plan names, declared once and referred to by id. */
  public abstract List<@Valid ResponsibleBody> getBodies();

  /** The implementation section (tổ chức thực hiện): one assignment per body or group. */
  public abstract List<@Valid Assignment> getAssignments();

  /** The budget (kinh phí), when the plan has a budget section. */
  public abstract Optional<@Valid Budget> getBudget();

  /** The reporting rules (chế độ báo cáo). */
  public abstract List<@Valid ReportingRule> getReportingRules();

  /** The administrative procedures the plan names, described. */
  public abstract List<@Valid AdministrativeProcedure> getProcedures();

  /** The closing paragraph ("Trên đây là Kế hoạch …"), when there is one. */
  public abstract Optional<@PlainText(multiline = true) @Size(max = Limits.PARAGRAPH) String> getClosingText();

  // -- closing --------------------------------------------------------------------------------

  /** The recipient list (nơi nhận), in document order, ending with the archive entry. */
  public abstract List<@Valid Recipient> getRecipients();

  /** The signature block. */
  public abstract Optional<@Valid Signature> getSignature();

  /** The annexes (phụ lục). */
  public abstract List<@Valid Annex> getAnnexes();

  /** Text an importer kept but could not place, by section. */
  public abstract List<@Valid UnclassifiedText> getUnclassifiedTexts();

  @Value.Check
  Plan normalize() {
    if (Text.isNfc(getSubject()) && Text.isNfc(getClosingText()) && Text.isNfc(getPlace())) {
      return this;
    }
    return ImmutablePlan.copyOf(this).withSubject(Text.nfc(getSubject()))
        .withClosingText(Text.nfc(getClosingText())).withPlace(Text.nfc(getPlace()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  // -- derived --------------------------------------------------------------------------------

  /** The place and date line, when the plan has both a place and a date of issue. */
  public Optional<PlaceAndDate> placeAndDate() {
    return getPlace().isPresent() && getIssueDate().isPresent()
        ? Optional.of(PlaceAndDate.of(getPlace().get(), getIssueDate().get())) : Optional.empty();
  }

  /** The body declared with {@code id}, searched in order (build an index for repeated look-ups). */
  public Optional<ResponsibleBody> findBody(String id) {
    for (ResponsibleBody b : getBodies()) {
      if (b.getId().equals(id)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** Every task of every assignment, in document order. */
  public Stream<Task> tasks() {
    return getAssignments().stream().flatMap(a -> a.getTasks().stream());
  }

  /**
   * Every due date of every reporting rule over the plan's period, ordered by date; empty when the
   * plan has no period, but for the deadlines written as dates. For the Bình Phước plan: 2017-06-15 and 2017-12-15 (section IV), and
   * 2017-06-30 and twice 2017-12-31 (Sở Tư pháp's six-monthly and yearly reports).
   *
   * @throws IllegalArgumentException if the period spans more than {@value Deadline#MAX_YEARS} years
   */
  public List<DueDate> dueDates() {
    if (getPeriod().isEmpty()) {
      // Without a period only the deadlines written as dates ("trước ngày 05/12/2019") have a due date;
      // each covers the year it falls in.
      List<DueDate> once = new ArrayList<>();
      for (ReportingRule r : getReportingRules()) {
        for (Deadline d : r.getDeadlines()) {
          if (d.getFrequency() == ReportingFrequency.ONCE && d.getDate().isPresent()) {
            LocalDate date = d.getDate().get();
            once.add(DueDate.of(date, ReportingFrequency.ONCE, Period.ofYear(date.getYear())).withRule(r.getId()));
          }
        }
      }
      Collections.sort(once);
      return Collections.unmodifiableList(once);
    }
    List<DueDate> all = new ArrayList<>();
    for (ReportingRule r : getReportingRules()) {
      all.addAll(r.dueDates(getPeriod().get()));
    }
    Collections.sort(all);
    return Collections.unmodifiableList(all);
  }

  /**
   * This plan in status {@code next}.
   *
   * @param next the new status, not null
   * @return a copy in the new status ({@code this} when it is already there)
   * @throws IllegalStatusTransitionException if the current status does not allow the move
   */
  public Plan transitionTo(PlanStatus next) {
    if (next == getStatus()) {
      return this;
    }
    if (!getStatus().canTransitionTo(next)) {
      throw new IllegalStatusTransitionException(getStatus(), next);
    }
    return withStatus(next);
  }

  /** Builds a {@link Plan}; {@code issuer} and {@code subject} are required. */
  public static final class Builder extends ImmutablePlan.Builder {
    /** Sets the place and the date of issue from a place and date line. */
    public Builder placeAndDate(PlaceAndDate placeAndDate) {
      place(placeAndDate.getPlace());
      issueDate(placeAndDate.getDate());
      return this;
    }
  }
}
