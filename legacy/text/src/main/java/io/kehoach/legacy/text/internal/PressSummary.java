package io.kehoach.legacy.text.internal;

import io.kehoach.LocalizedText;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.legacy.text.DocumentKind;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.AdministrativeUnit;
import io.kehoach.plan.AdministrativeUnits;
import io.kehoach.plan.ChannelKind;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Period;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Stage 4 for a press item: an article about a plan, read as a draft plan holding what it states.
 * The plan is the first one the article cites by number ({@code "Kế hoạch số 88/KH-UBND"},
 * {@code "Theo Kế hoạch 61/KH-BNV"}, {@code "Plan No. 212/KH-BYT"}); its date is the one written
 * with it ({@code "… ngày 14/6/2020"}, {@code "dated March 7, 2023"}) or opening the sentence that
 * says it was issued ({@code "Ngày 05/4/2022, UBND tỉnh đã ban hành …"}), never a cited document's
 * or the page's; its issuer is the body the sentence names ({@code "của UBND tỉnh …"},
 * {@code "Sở Nội vụ đã ban hành"}, {@code "the People's Committee of …"}), else the body the symbol
 * names ({@link PressNames}), with the province the article names elsewhere when the sentence says
 * only {@code "UBND tỉnh"}. Chrome is left out ({@link Clean}).
 */
final class PressSummary {
  private static final String SYMBOL = "(\\d{1,5}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[\\p{L}\\p{N}]+(?:\\s*[-–]\\s*[\\p{L}\\p{N}]+)*)";
  private static final Pattern PLAN = Pattern.compile(
      "(?iu)(?:kế hoạch|\\bKH)\\s*(?:số|số hiệu)?\\s*:?\\s*" + SYMBOL + "|(?i)\\bplan\\s+(?:no\\.?|number)?\\s*" + SYMBOL);
  private static final Pattern DECISION = Pattern.compile("(?iu)Quyết định\\s*(?:số)?\\s*:?\\s*" + SYMBOL);
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
  private static final String DATE = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
      + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:năm|,)\\s*(\\d{4})"
      + "|(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
      + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4})";
  /** A date written with the number: "…/KH-UBND ngày 14/6/2020", "… dated March 7, 2023". */
  private static final Pattern DATE_AFTER = Pattern.compile("(?iu)^\\s*,?\\s*(?:ngày|ngay|dated|of|issued on|on)\\s+(?:" + DATE + ")");
  /** A date opening the sentence that tells of the issue: "Ngày 05/4/2022, UBND tỉnh đã ban hành …", "On 18 May 2022 …". */
  private static final Pattern DATE_BEFORE = Pattern.compile("(?iu)(?:^|[-–:),]\\s*)(?:ngày|on)\\s+(?:" + DATE + ")");
  private static final Pattern ISSUED = Pattern.compile("(?iu)ban hành|ký|phê duyệt|issued|signed|approved|adopted|promulgated");
  private static final String BODY = "((?:Chủ tịch\\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)(?:\\s+(?:tỉnh|thành phố|TP\\.?))?"
      + "(?:\\s+[\\p{Lu}][\\p{Ll}]*)*|Văn phòng (?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố)(?:\\s+[\\p{Lu}][\\p{Ll}]*)*"
      + "|Sở [\\p{Lu}][\\p{Ll}]*(?: (?:và )?[\\p{L}][\\p{Ll}]*){0,4}?(?= (?:tỉnh|thành phố|đã|vừa|ban|của|về|nhằm|,)|[,.;]|$)"
      + "(?: (?:tỉnh|thành phố) [\\p{Lu}][\\p{Ll}]*(?: [\\p{Lu}][\\p{Ll}]*)*)?"
      + "|Bộ [\\p{Lu}][\\p{Ll}]*(?: (?:và )?[\\p{L}][\\p{Ll}]*){0,4}?(?= (?:đã|vừa|ban|của|về|nhằm|,)|[,.;]|$)"
      + "|Ban Chỉ đạo [\\p{L} ]{3,60}?(?= đã| vừa| ban|,))";
  private static final Pattern OF_BODY = Pattern.compile("(?u)^[^.;]{0,40}?\\b(?:của|do)\\s+" + BODY);
  private static final Pattern BODY_ISSUES = Pattern.compile("(?u)" + BODY + "\\s+(?:đã|vừa|mới)?\\s*(?:ký\\s+)?(?:ban hành|phê duyệt|triển khai)");
  private static final Pattern ENGLISH_BODY = Pattern.compile(
      "(?u)(People's Committee of (?:[\\p{Lu}][\\p{Ll}]*\\s?)+|(?:Ministry|Department) of (?:(?:and\\s)?[\\p{Lu}][\\p{Ll}]*\\s?)+)");
  private static final Pattern ABOUT = Pattern.compile("(?iu)^[^.;]{0,60}?\\s(?:về|on)\\s+([^.;]{8,300})");
  private static final Pattern YEARS = Pattern.compile("giai doan (\\d{4})\\s*-\\s*(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?:ke hoach|tuyen truyen|truyen thong|plan)[^.]{0,200}?(?:nam|in) (\\d{4})");

  private PressSummary() {}

  static TextImport apply(Work w) {
    StringBuilder all = new StringBuilder();
    String headline = null;
    boolean paragraph = true;
    for (int i = 0; i < w.size(); i++) {
      if (w.chrome.get(i) || w.line(i).isBlank()) {
        paragraph = true;
      } else {
        String t = w.line(i).text;
        // A hard-wrapped article: lines of one paragraph joined; a new paragraph on a new line.
        if (all.length() > 0) {
          all.append(paragraph || Texts.endsSentence(all.toString().strip()) ? '\n' : ' ');
        }
        all.append(t);
        paragraph = t.length() < 60 && !Texts.endsSentence(t);
        if (headline == null && t.length() > 20 && t.length() < 300 && !Texts.isUpper(t) || headline == null
            && w.line(i).folded.contains("ke hoach") && t.length() < 300) {
          headline = t;
        }
      }
    }
    String text = all.toString();
    String folded = Fold.fold(text).replace('–', '-');
    Plan.Builder p = Plan.builder().status(PlanStatus.DRAFT);
    Matcher m = PLAN.matcher(text);
    DocumentNumber number = null;
    int at = -1;
    int after = -1;
    while (m.find()) {
      String symbol = m.group(1) != null ? m.group(1) : m.group(2);
      try {
        DocumentNumber n = DocumentNumber.parse(symbol);
        if (Fold.fold(n.getSymbol()).contains("kh")) {
          number = n;
          at = m.start();
          after = m.end();
          break;
        }
      } catch (MalformedInputException e) {
        // not a number; look on
      }
    }
    String sentence = "";
    LocalDate date = null;
    if (number != null) {
      p.number(number);
      int start = sentenceStart(text, at);
      int end = sentenceEnd(text, after);
      sentence = text.substring(start, end);
      date = date(text.substring(after, end), DATE_AFTER, false);
      if (date == null) {
        // "…, vừa qua, ngày 21/3/2017, Ủy ban nhân dân tỉnh Sóc Trăng ban hành Kế hoạch số 36/KH-UBND": the
        // nearest such date before the number, with the verb of issuing between them.
        Matcher d = DATE_BEFORE.matcher(text.substring(start, at));
        while (d.find()) {
          String between = text.substring(start + d.end(), at);
          LocalDate found = PressNames.date(d);
          if (found != null && between.length() < 160 && ISSUED.matcher(between).find()) {
            date = found;
          }
        }
      }
    } else {
      Matcher d = DECISION.matcher(text);
      if (d.find()) {
        try {
          p.issuingDecision(LegalBases.reference("Quyết định số " + d.group(1)));
        } catch (RuntimeException e) {
          // kept out
        }
      }
    }
    if (date != null) {
      p.issueDate(date);
    }
    String issuer = issuer(sentence, text, number, at < 0 ? 0 : at - sentenceStart(text, at));
    AdministrativeUnit province = province(folded, issuer, date);
    if (province != null && needsPlace(issuer)) {
      issuer = issuer + (Fold.fold(issuer).endsWith("tinh") || Fold.fold(issuer).endsWith("thanh pho") ? " " : " tỉnh ")
          + province.getName();
    }
    p.issuer(IssuingBody.of(issuer == null ? "(không rõ)" : issuer));
    if (province != null) {
      p.territory(province);
    }
    Matcher about = ABOUT.matcher(sentence.substring(Math.min(sentence.length(), Math.max(0, after - sentenceStart(text, at)))));
    p.subject(number != null && about.find() ? about.group(1).strip() : headline == null ? "" : headline);
    m = YEARS.matcher(folded);
    if (m.find()) {
      p.period(Period.ofYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } else {
      m = YEAR.matcher(folded);
      if (m.find()) {
        p.period(Period.ofYear(Integer.parseInt(m.group(1))));
      }
    }
    Set<ChannelKind> kinds = Classifier.channelKinds(text);
    if (!kinds.isEmpty()) {
      p.addChannel(MediaChannel.builder().id("hinh-thuc-1").kinds(kinds).outlets(Classifier.outlets(text)).build());
    }
    Diagnostic note = Diagnostic.warning("press-summary", LocalizedText.of(
        "Đây là bài viết tóm tắt kế hoạch, không phải văn bản chính thức: chỉ lấy được những gì bài viết nêu",
        "This is an article about a plan, not its official text: only what the article states was taken"));
    TextImport.Builder b = TextImport.builder().source(Optional.ofNullable(w.source)).kind(DocumentKind.PRESS_SUMMARY)
        .plan(p.build()).addDiagnostic(note).addAllDiagnostics(w.diagnostics);
    return b.build();
  }

  private static @Nullable String issuer(String sentence, String text, @Nullable DocumentNumber number, int at) {
    if (!sentence.isEmpty()) {
      Matcher of = OF_BODY.matcher(sentence.substring(Math.min(at, sentence.length())));
      if (of.find() && of.group(1) != null) {
        return of.group(1).strip();
      }
      Matcher issues = BODY_ISSUES.matcher(sentence);
      if (issues.find()) {
        return issues.group(1).strip();
      }
      Matcher english = ENGLISH_BODY.matcher(sentence);
      if (english.find()) {
        return english.group(1).strip();
      }
    }
    if (number != null) {
      String named = PressNames.issuer(number.getIssuerAbbreviation(), Fold.fold(text).contains(" the "));
      if (named != null) {
        return named;
      }
    }
    Matcher issues = BODY_ISSUES.matcher(text);
    return issues.find() ? issues.group(1).strip() : null;
  }

  /** "UBND tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh": a body of a province that the sentence does not name. */
  private static boolean needsPlace(@Nullable String issuer) {
    if (issuer == null) {
      return false;
    }
    String f = Fold.fold(issuer);
    return f.equals("ubnd tinh") || f.equals("uy ban nhan dan tinh") || f.equals("ubnd") || f.equals("uy ban nhan dan")
        || f.startsWith("so ") && !f.contains(" tinh ") && !f.contains(" thanh pho ")
        || f.startsWith("van phong") && (f.endsWith("tinh") || f.endsWith("thanh pho"));
  }

  /** The province the issuer names, or else the one the article names first. */
  private static @Nullable AdministrativeUnit province(String folded, @Nullable String issuer, @Nullable LocalDate date) {
    LocalDate on = date != null ? date : LocalDate.of(2025, 6, 30);
    if (issuer != null) {
      String fi = Fold.fold(issuer);
      for (String unit : new String[] {"tinh ", "thanh pho ", "people's committee of "}) {
        int k = fi.lastIndexOf(unit);
        if (k >= 0) {
          String name = issuer.substring(k + unit.length()).strip();
          Optional<AdministrativeUnit> u = AdministrativeUnits.provinceNamed(name, on)
              .or(() -> AdministrativeUnits.provinceNamed(name, AdministrativeUnits.REFORM_DATE));
          if (u.isPresent()) {
            return u.get();
          }
        }
      }
      if (!needsPlace(issuer)) {
        return null;
      }
    }
    AdministrativeUnit best = null;
    int bestAt = Integer.MAX_VALUE;
    for (AdministrativeUnit u : AdministrativeUnits.provincesOn(on)) {
      int k = PressNames.indexOfName(folded, Fold.fold(u.getName()));
      if (k >= 0 && k < bestAt) {
        best = u;
        bestAt = k;
      }
    }
    return best;
  }

  private static @Nullable LocalDate date(String text, Pattern p, boolean last) {
    Matcher m = p.matcher(text);
    return m.find() ? PressNames.date(m) : null;
  }

  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' || c == ';') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        return i + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' || c == ';') && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
        return i;
      }
    }
    return text.length();
  }
}
