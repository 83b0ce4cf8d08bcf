package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.ReportingRule;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a reporting clause (called by {@link Items} and {@link Implementation}): a sentence
 * with {@code báo cáo}, the deadlines it states ({@link DeadlineText}: {@code "định kỳ 6 tháng
 * (trước ngày 10/6) và hằng năm (trước ngày 10/12)"}) and the body it reports to
 * ({@code "về UBND tỉnh"}); {@code "(qua Sở Tư pháp)"} names the body it goes through. The reporter
 * is the task's body, or the bodies named before the verb ({@code "các cơ quan, đơn vị gửi báo cáo
 * về …"}). {@code "… để tổng hợp, báo cáo Bộ Tư pháp"} is the onward report of the body that
 * gathers, a rule of its own.
 */
final class Reporting {
  private static final String RECIPIENT = "((?:Chủ tịch\\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
      + " (?:tỉnh|thành phố|huyện|xã|phường)|Sở [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+)?(?: [\\p{Lu}][\\p{Ll}]*)?"
      + "|Bộ [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+)?|Văn phòng Bộ|Văn phòng Sở|Bộ(?=[ ,.;(])|Sở(?=[ ,.;(])"
      + "|Văn phòng (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố)|Thủ tướng Chính phủ|Chính phủ"
      + "|Văn phòng Chính phủ|Chánh Văn phòng|Giám đốc Sở|Bộ trưởng|Vụ [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+){0,4}"
      + "|Phòng [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+){0,4}|Ban Chỉ đạo [\\p{L} ]{3,40}?(?= |,|;|\\.|$))";
  private static final Pattern REPORT_TO = Pattern.compile(
      "(?iu)(?<![\\p{L}\\p{N}])(?:về|cho|lên|tới|đến|gửi(?: về)?)\\s+" + RECIPIENT);
  private static final Pattern REPORT_DIRECT = Pattern.compile("(?iu)báo cáo\\s+" + RECIPIENT);
  /** "(qua Sở Tư pháp)", "(thông qua Phòng Thông tin - Báo chí - Xuất bản)": the body a report goes through. */
  private static final Pattern THROUGH_NOTE = Pattern.compile("(?iu)\\((?:thông )?qua\\s+([^()]{3,80})\\)");
  private static final Pattern THROUGH = Pattern.compile(
      "(?iu)(?:thông qua|qua)\\s+(Sở [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+)?(?: [\\p{Lu}][\\p{Ll}]*)?"
          + "|Văn phòng (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố)|Văn phòng Bộ|Vụ [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+)*)");
  /** "…, để tổng hợp, báo cáo Bộ Tư pháp": the onward report after the gathering. */
  private static final Pattern ONWARD = Pattern.compile("(?iu)tổng hợp,?\\s+(?:và\\s+)?báo cáo\\s+" + RECIPIENT);
  private static final Pattern COMMAS = Pattern.compile(",\\s*");

  private Reporting() {}

  /** Adds the rule {@code sentence} states, reported by {@code reporter} (a body id) or by whom it names; false if it states none. */
  static boolean recognise(Work w, String sentence, @Nullable String reporter, Item it) {
    return recognise(w, sentence, Fold.fold(sentence), reporter, it);
  }

  /** As {@link #recognise(Work, String, String, Item)}, with the sentence already folded. */
  static boolean recognise(Work w, String sentence, String f, @Nullable String reporter, Item it) {
    int report = f.indexOf("bao cao");
    if (report < 0) {
      return false;
    }
    DeadlineText.Reading reading = DeadlineText.read(f);
    for (DeadlineText.Unread u : reading.unread()) {
      // Never guessed: the words stay in the text (of the rule, the task or the section) with a warning.
      String words = sentence.substring(u.start(), u.end()).strip();
      w.warn("reporting.deadline-unread", "Không đọc được hạn báo cáo “" + words + "”: " + u.whyVi()
          + "; giữ nguyên văn bản, không suy đoán hạn",
          "Cannot read the reporting deadline “" + words + "”: " + u.whyEn() + "; kept as text, no deadline guessed",
          it.from);
    }
    List<Deadline> deadlines = reading.deadlines();
    if (deadlines.isEmpty()) {
      return false;
    }
    Matcher to = REPORT_TO.matcher(sentence);
    boolean found = to.find(report);
    if (!found) {
      to = REPORT_DIRECT.matcher(sentence);
      found = to.find();
    }
    if (deadlines.isEmpty()) {
      return false;
    }
    Draft d = w.draft;
    String recipient;
    if (found) {
      recipient = d.bodies.declare(to.group(1));
    } else if (d.issuerName != null) {
      // "Các phòng báo cáo định kỳ 6 tháng trước ngày 10/6": no recipient named; the plan's issuer asked for it.
      recipient = d.issuerBodyId != null ? d.issuerBodyId : d.bodies.declare(d.issuerName);
      w.info("reporting.recipient", "Câu báo cáo không nêu nơi nhận báo cáo; coi là cơ quan ban hành kế hoạch",
          "The reporting clause names no recipient; taken to be the plan's issuer", it.from);
    } else {
      return false;
    }
    ReportingRule.Builder r = ReportingRule.builder().id("bao-cao-" + (d.reporting.size() + 1))
        .recipientId(recipient).deadlines(deadlines).text(sentence);
    Matcher note = THROUGH_NOTE.matcher(sentence);
    Matcher through = THROUGH.matcher(sentence);
    String via = note.find() ? d.bodies.declare(note.group(1)) : through.find() ? d.bodies.declare(through.group(1)) : null;
    if (via != null && !via.equals(recipient)) {
      r.intermediaryId(via);
    } else {
      via = null;
    }
    if (reporter != null) {
      r.addReporterId(reporter);
    } else {
      String who = reporterBefore(sentence, f);
      if (who != null) {
        r.addReporterId(d.bodies.declare(who));
      }
    }
    d.reporting.add(r.build());
    w.part("/reportingRules/" + (d.reporting.size() - 1), it.from, it.to);
    Matcher onward = ONWARD.matcher(sentence);
    if (via != null && found && onward.find(to.end())) {
      // "gửi UBND tỉnh (qua Sở Tư pháp) để tổng hợp, báo cáo Bộ Tư pháp": the department's own report.
      String next = d.bodies.declare(onward.group(1));
      if (!next.equals(recipient)) {
        d.reporting.add(ReportingRule.builder().id("bao-cao-" + (d.reporting.size() + 1)).recipientId(next)
            .deadlines(deadlines).text(sentence).addReporterId(via).build());
        w.part("/reportingRules/" + (d.reporting.size() - 1), it.from, it.to);
        w.info("reporting.onward", "Báo cáo tiếp theo (tổng hợp, báo cáo " + onward.group(1) + ") là một chế độ báo cáo riêng;"
            + " văn bản không nêu hạn riêng nên lấy hạn của câu báo cáo",
            "The onward report (gathered and reported to " + onward.group(1) + ") is a rule of its own; the text gives"
            + " it no deadline of its own, so it has the clause's", it.from);
      }
    }
    return true;
  }

  /** "…, các cơ quan đơn vị gửi báo cáo về …": the reporters stand before the verb. */
  private static @Nullable String reporterBefore(String sentence, String f) {
    int send = f.indexOf("gui bao cao");
    if (send < 0) {
      send = f.indexOf("bao cao");
    }
    String before = sentence.substring(0, send).strip();
    String[] segments = COMMAS.split(before);
    for (int k = segments.length - 1; k >= 0 && k >= segments.length - 6; k--) {
      String candidate = String.join(", ", Arrays.copyOfRange(segments, k, segments.length)).strip();
      if (Texts.BODY_START.matcher(candidate).lookingAt() && !Fold.fold(candidate).startsWith("dinh ky")) {
        return candidate.length() < 160 ? candidate : null;
      }
    }
    return null;
  }
}
