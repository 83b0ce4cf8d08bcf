package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import io.kehoach.LocalizedText;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.text.DocumentKind;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.AdministrativeUnits;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.VietnameseDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An article about a plan: what it states (issuer, number, date, period, channels) as a draft plan. */
final class PressSummary {
  private static final Pattern ISSUER = Pattern.compile(
      "(?u)(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+(tỉnh|thành phố|TP\\.?)?\\s*([\\p{Lu}][\\p{Ll}]*(?: [\\p{Lu}][\\p{Ll}]*)*|[\\p{Lu}]{3,})");
  private static final Pattern PLAN_NUMBER = Pattern.compile("(?iu)Kế hoạch số\\s+([0-9]{1,9}\\s*/\\s*[\\p{L}\\p{N}.-]+)");
  private static final Pattern DECISION = Pattern.compile("(?iu)Quyết định số\\s+([0-9]{1,9}\\s*/\\s*[\\p{L}\\p{N}.-]+)");
  private static final Pattern DATE = Pattern.compile("ngày (\\d{1,2}/\\d{1,2}/\\d{4})");
  private static final Pattern YEARS = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?:ke hoach|tuyen truyen|truyen thong)[^.]{0,200}?nam (\\d{4})");

  private final List<Line> lines;
  private final @Nullable String source;

  private PressSummary(List<Line> lines, @Nullable String source) {
    this.lines = lines;
    this.source = source;
  }

  /** Stage 4 for a press item: what the article states, as a draft plan. */
  static TextImport apply(Work w) {
    List<Line> kept = new java.util.ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (!w.chrome.get(i)) {
        kept.add(w.line(i));
      }
    }
    return new PressSummary(kept, w.source).run();
  }

  private TextImport run() {
    StringBuilder all = new StringBuilder();
    for (Line l : lines) {
      all.append(l.text).append('\n');
    }
    String text = all.toString();
    String f = Fold.fold(text).replace('–', '-');
    Plan.Builder p = Plan.builder().status(PlanStatus.DRAFT);
    String issuer = "(không rõ)";
    Matcher m = ISSUER.matcher(text);
    if (m.find()) {
      issuer = (m.group(1) + " " + (m.group(2) == null ? "" : m.group(2) + " ") + m.group(3)).replaceAll("\\s+", " ");
    }
    p.issuer(IssuingBody.of(issuer));
    m = PLAN_NUMBER.matcher(text);
    if (m.find()) {
      try {
        p.number(DocumentNumber.parse(m.group(1)));
      } catch (MalformedInputException e) {
        // kept out; the warning says the text is a summary
      }
    }
    m = DECISION.matcher(text);
    if (m.find()) {
      try {
        p.issuingDecision(DocumentReference.builder().citation("Quyết định số " + m.group(1))
            .number(DocumentNumber.parse(m.group(1))).documentType(DocumentType.DECISION).build());
      } catch (MalformedInputException e) {
        // kept out
      }
    }
    m = DATE.matcher(text);
    LocalDate date = null;
    if (m.find()) {
      try {
        date = VietnameseDates.parse(m.group(1));
        p.issueDate(date);
      } catch (MalformedInputException e) {
        // kept out
      }
    }
    m = YEARS.matcher(f);
    if (m.find()) {
      p.period(Period.ofYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } else {
      m = YEAR.matcher(f);
      if (m.find()) {
        p.period(Period.ofYear(Integer.parseInt(m.group(1))));
      }
    }
    String subject = headline();
    p.subject(subject);
    String fi = Fold.fold(issuer);
    int at = fi.indexOf("tinh ");
    if (at >= 0) {
      String name = issuer.substring(at + 5);
      AdministrativeUnits.provinceNamed(name, date != null ? date : LocalDate.of(2025, 6, 30)).ifPresent(p::territory);
    }
    Set<ChannelKind> kinds = Classifier.channelKinds(text);
    if (!kinds.isEmpty()) {
      p.addChannel(MediaChannel.builder().id("hinh-thuc-1").kinds(kinds).outlets(Classifier.outlets(text)).build());
    }
    Diagnostic w = Diagnostic.warning("press-summary", LocalizedText.of(
        "Đây là bài viết tóm tắt kế hoạch, không phải văn bản chính thức: chỉ lấy được những gì bài viết nêu",
        "This is an article about a plan, not its official text: only what the article states was taken"));
    return TextImport.builder().source(Optional.ofNullable(source)).kind(DocumentKind.PRESS_SUMMARY).plan(p.build())
        .addDiagnostic(w).build();
  }

  private String headline() {
    for (Line l : lines) {
      if (l.folded.contains("ke hoach") && l.text.length() < 300 && !l.text.isEmpty()) {
        return l.text;
      }
    }
    return lines.stream().filter(l -> !l.isBlank()).findFirst().map(l -> l.text).orElse("");
  }
}
