package io.kehoach.legacy.text.internal;

import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.text.DocumentKind;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.UnclassifiedText;
import io.kehoach.plan.VietnameseDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 11, assemble: the identity, the parts
 * every stage found, and the report. Every line no stage claimed is kept as unclassified text (of
 * the head when it stands before the body, else of the closing); chrome is reported once per run
 * of lines as an {@code text.chrome} diagnostic. Nothing is dropped. Builds the {@link TextImport}.
 */
final class Assemble {
  private Assemble() {}

  static TextImport apply(Work w) {
    Draft d = w.draft;
    Plan.Builder plan = d.plan;
    if (d.number != null) {
      plan.number(d.number);
    }
    if (d.placeAndDate != null) {
      plan.place(d.placeAndDate.getPlace());
    }
    if (d.date != null) {
      plan.issueDate(d.date);
      contradiction(w);
    }
    if (d.issuingDecision != null) {
      plan.issuingDecision(d.issuingDecision);
    }
    plan.subject(d.subject);
    if (d.period != null) {
      plan.period(d.period);
    }
    plan.status(d.date != null && (d.number != null || d.issuingDecision != null) ? PlanStatus.ISSUED : PlanStatus.DRAFT);
    if (d.signature != null) {
      plan.signature(d.signature);
    }
    if (d.closingText != null) {
      plan.closingText(d.closingText);
    }
    leftovers(w);
    plan.objectives(d.objectives).requirements(d.requirements).contentItems(d.contents).channels(d.channels)
        .assignments(d.assignments).reportingRules(d.reporting).recipients(d.recipients).unclassifiedTexts(d.unclassified);
    if (d.hasBudget) {
      plan.budget(d.budget.text(String.join("\n", d.budgetText)).build());
    }
    plan.bodies(d.bodies.all());
    if (d.objectives.isEmpty() && d.requirements.isEmpty()) {
      w.warn("section.missing", "Không thấy phần mục đích, yêu cầu", "No purposes or requirements were found", -1);
    }
    if (d.assignments.isEmpty()) {
      w.warn("section.missing", "Không thấy phần tổ chức thực hiện", "No implementation section was found", -1);
    }
    chrome(w);
    d.unclassifiedLines.sort(Integer::compare);
    List<Location> unclassified = new ArrayList<>(d.unclassifiedLines.size());
    for (int i : d.unclassifiedLines) {
      Location at = w.line(i).at;
      unclassified.add(w.source == null ? at : at.inSource(w.source));
    }
    return TextImport.builder().source(Optional.ofNullable(w.source)).kind(DocumentKind.OFFICIAL_TEXT)
        .plan(plan.build()).recognized(w.parts).unclassified(unclassified).diagnostics(w.diagnostics).build();
  }

  private static void contradiction(Work w) {
    String meta = w.metadata.get("ngay ban hanh");
    if (meta == null || meta.isBlank()) {
      return;
    }
    try {
      LocalDate m = VietnameseDates.parse(meta.replace('-', '/').replace('.', '/'));
      LocalDate date = w.draft.date;
      if (!m.equals(date)) {
        w.warn("date.contradiction", "Ngày ban hành " + date + " khác ngày trong phần thông tin của trang (" + m + ")",
            "The date of issue " + date + " differs from the site's metadata (" + m + ")", w.draft.dateIndex);
      }
    } catch (MalformedInputException e) {
      // metadata of another shape ("Không xác định"); nothing to compare
    }
  }

  private static void leftovers(Work w) {
    int body = w.segments.bodyStart < 0 ? w.segments.first : w.segments.bodyStart;
    for (int i = 0; i < w.size(); i++) {
      if (w.isFree(i)) {
        PlanSection section = i < body ? PlanSection.HEADER : PlanSection.CLOSING;
        w.draft.unclassified.add(UnclassifiedText.of(section, w.line(i).text));
        w.draft.unclassifiedLines.add(i);
      }
    }
  }

  /** One diagnostic per run of chrome lines (blank lines apart), so that what was set apart is known. */
  private static void chrome(Work w) {
    int i = w.chrome.nextSetBit(0);
    while (i >= 0) {
      int last = i;
      int count = 0;
      for (int k = i; k < w.size(); k++) {
        if (w.chrome.get(k)) {
          last = k;
          count++;
        } else if (!w.line(k).isBlank()) {
          break;
        }
      }
      String first = w.line(i).text;
      String excerpt = first.length() > 60 ? first.substring(0, 60) + "…" : first;
      w.info("text.chrome", count + " dòng không thuộc văn bản (trang web, thông tin văn bản, danh sách liên quan, số trang"
          + " hoặc nơi nhận của quyết định) được để riêng, bắt đầu: «" + excerpt + "»",
          count + " lines outside the document (site chrome, document metadata, related lists, page numbers or the"
          + " decision's recipients) were set apart, starting: «" + excerpt + "»", i);
      i = w.chrome.nextSetBit(last + 1);
    }
  }
}
