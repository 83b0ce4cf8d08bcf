package io.kehoach.legacy.text.internal;

import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.RecognizedPart;
import io.kehoach.legacy.internal.Bodies;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.LocalizedText;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.text.DocumentKind;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.AdministrativeUnit;
import io.kehoach.plan.AdministrativeUnits;
import io.kehoach.plan.Annex;
import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Budget;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.ContentItem;
import io.kehoach.plan.Deadline;
import io.kehoach.plan.DocumentNumber;
import io.kehoach.plan.DocumentReference;
import io.kehoach.plan.DocumentType;
import io.kehoach.plan.IssuingBody;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Money;
import io.kehoach.plan.Objective;
import io.kehoach.plan.Period;
import io.kehoach.plan.PlaceAndDate;
import io.kehoach.plan.Plan;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.PlanStatus;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import io.kehoach.plan.ReportingRule;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import io.kehoach.plan.Timing;
import io.kehoach.plan.UnclassifiedText;
import io.kehoach.plan.VietnameseDates;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One import of one text; not thread-safe, made per call by {@code PlanTextImporter}. */
public final class Parser {
  private static final Pattern NUMBER_LINE = Pattern.compile("^so\\s*[:.]?\\s*(\\d.*)?$");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern TRAILING_COLONS = Pattern.compile("[:.]+$");
  private static final Pattern MARKER = Pattern.compile(
      "^(?:([-+•*–—·])|\\(?(\\d{1,3})\\)|([a-zđ])\\)|(\\d{1,2}(?:\\.\\d{1,2})+)\\.?|(\\d{1,3})[.)](?!\\d)|([IVX]{1,5})[.)])\\s*");
  private static final Pattern MONEY = Pattern.compile(
      "(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(triệu|tỷ|tỉ|nghìn|ngàn)?\\s*(đồng|đ(?![\\p{L}\\p{N}])|VNĐ|VND)", Pattern.UNICODE_CASE);
  private static final String RECIPIENT = "((?:Chủ tịch\\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
      + " (?:tỉnh|thành phố|huyện)|Sở [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+)?(?: [\\p{Lu}][\\p{Ll}]*)?"
      + "|Bộ [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+)?|Văn phòng (?:UBND|Ủy ban nhân dân) tỉnh)";
  private static final Pattern REPORT_TO = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:về|cho|lên|tới|đến)\\s+" + RECIPIENT);
  private static final Pattern REPORT_DIRECT = Pattern.compile("(?iu)báo cáo\\s+" + RECIPIENT);
  private static final Pattern THROUGH = Pattern.compile(
      "(?iu)(?:thông qua|qua)\\s+(Sở [\\p{Lu}][\\p{Ll}]*(?: [\\p{Ll}]+)?(?: [\\p{Lu}][\\p{Ll}]*)?|Văn phòng (?:UBND|Ủy ban nhân dân) tỉnh)");
  private static final Pattern BODY_START = Pattern.compile(
      "(?u)^(?:Thủ trưởng|Chủ tịch|Giám đốc|Sở|Báo|Đài|UBND|Ủy ban|Uỷ ban|Văn phòng|Các|các|Ban|Hội|Mặt trận|Công an|Bộ chỉ huy|Tỉnh đoàn|Liên đoàn|Cục|Trung tâm|Phòng)(?![\\p{L}\\p{N}]).*");
  private static final String[] VERBS = {" co trach nhiem", " chu tri", " phoi hop", " phoi ket hop", " tiep tuc",
      " to chuc", " xay dung", " thuc hien", " theo doi", " huong dan", " bao dam", " dam bao", " chi dao",
      " can cu", " chu dong", " trien khai", " tang cuong", " day manh", " cap nhat", " bo tri", " tham muu", ":"};

  private final @Nullable String source;
  private final List<Line> lines = new ArrayList<>();
  private final BitSet used = new BitSet();
  private final List<RecognizedPart> parts = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Bodies bodies = new Bodies();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final Plan.Builder plan = Plan.builder();
  private final List<UnclassifiedText> unclassified = new ArrayList<>();
  private final List<Integer> unclassifiedLines = new ArrayList<>();

  private final List<Objective> objectives = new ArrayList<>();
  private final List<Requirement> requirements = new ArrayList<>();
  private final List<ContentItem> contents = new ArrayList<>();
  private final List<MediaChannel> channels = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<ReportingRule> reporting = new ArrayList<>();
  private final List<Recipient> recipients = new ArrayList<>();
  private final List<String> budgetText = new ArrayList<>();
  private final Budget.Builder budget = Budget.builder();
  private boolean hasBudget;
  private int budgetLines;

  public Parser(String text, @Nullable String source) {
    this.source = source;
    String[] raw = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String t = raw[i].replace('\u00A0', ' ').replace('\t', ' ').replace('\u200B', ' ').replace("\uFEFF", "")
          .strip();
      if (t.contains("  ")) {
        t = SPACES.matcher(t).replaceAll(" ");
      }
      lines.add(new Line(i + 1, t));
    }
  }

  // == entry ====================================================================================

  public TextImport run() {
    readMetadata();
    int planTitle = find(0, l -> isTitle(l, "ke hoach"));
    int decisionTitle = find(0, l -> isTitle(l, "quyet dinh"));
    int numberLine = find(0, l -> l.text.length() < 60 && NUMBER_LINE.matcher(l.folded).matches());
    int titleAt = planTitle;
    boolean official = (planTitle >= 0 || decisionTitle >= 0) && (numberLine >= 0 || dateLine(0, lines.size()) >= 0)
        || planTitle >= 0 && find(planTitle + 1, l -> heading(l) != null && MARKER.matcher(l.text).lookingAt()
            && l.text.matches("^[IVX]{1,4}\\..*")) > titleAt;
    String all = Fold.fold(String.join(" ", texts()));
    if (!official) {
      if (all.contains("ke hoach") && (all.contains("ban hanh") || all.contains("ke hoach so") || all.contains("trien khai"))
          && all.contains("cai cach hanh chinh") | all.contains("thu tuc hanh chinh") | all.contains("tuyen truyen")) {
        return new PressSummary(lines, source).run();
      }
      return TextImport.builder().source(Optional.ofNullable(source)).kind(DocumentKind.NOT_A_PLAN).build();
    }
    int first = decisionTitle >= 0 && (planTitle < 0 || decisionTitle < planTitle) ? decisionTitle : planTitle;
    splitCells(0, first);
    planTitle = find(0, l -> isTitle(l, "ke hoach"));
    decisionTitle = find(0, l -> isTitle(l, "quyet dinh"));
    first = decisionTitle >= 0 && (planTitle < 0 || decisionTitle < planTitle) ? decisionTitle : planTitle;
    Header header = header(first);
    int bodyStart;
    int bodyEnd = lines.size();
    if (decisionTitle >= 0 && decisionTitle == first) {
      DocumentReference decision = decision(header, decisionTitle, planTitle);
      plan.issuingDecision(decision);
      if (planTitle > decisionTitle) {
        // The plan attached to the decision: its subject after KẾ HOẠCH, its body after "(Kèm theo ...)".
        markDecisionArticles(decisionTitle + 1, planTitle);
        bodyStart = subject(planTitle);
      } else {
        // The plan written into Điều 1 of the decision.
        int article1 = find(decisionTitle, l -> l.folded.startsWith("dieu 1"));
        int article2 = find(article1 + 1, l -> l.folded.startsWith("dieu 2"));
        decisionSubject(decisionTitle);
        bodyStart = article1 < 0 ? decisionTitle + 1 : article1 + 1;
        if (article1 >= 0) {
          used.set(article1);
          part("/issuingDecision", article1, article1);
        }
        if (article2 > 0) {
          markDecisionArticles(article2, closingStart(article2));
          bodyEnd = closingStart(article2);
        }
      }
    } else {
      bodyStart = subject(planTitle);
    }
    identity(header);
    body(bodyStart, bodyEnd);
    return finish();
  }

  // == lines =====================================================================================

  /** The first line (from {@code from}) that reads like a date line: "..., ngày 16 tháng 02 năm 2017". */
  private int dateLine(int from, int to) {
    for (int i = from; i < to && i < lines.size(); i++) {
      String f = lines.get(i).folded;
      if (f.matches(".*ngay\\s*\\d{1,2}\\s*thang.*") || f.matches(".*ngay\\s*\\d{1,2}\\s*$")) {
        return i;
      }
    }
    return -1;
  }

  private List<String> texts() {
    List<String> t = new ArrayList<>();
    for (Line l : lines) {
      t.add(l.text);
    }
    return t;
  }

  private int find(int from, java.util.function.Predicate<Line> p) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (p.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTitle(Line l, String folded) {
    return l.lettersAndSpaces().equals(folded) && l.text.equals(l.text.toUpperCase(Locale.ROOT));
  }

  /** Header tables flattened by web pages: cells joined by "|" or separated by lines of "|". */
  private void splitCells(int from, int to) {
    List<Line> out = new ArrayList<>();
    BitSet moved = new BitSet();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (i >= from && i < to && l.text.indexOf('|') >= 0 && !used.get(i)) {
        for (String cell : l.text.split("\\|")) {
          out.add(new Line(l.number, cell.strip()));
        }
      } else {
        if (used.get(i)) {
          moved.set(out.size());
        }
        out.add(l);
      }
    }
    lines.clear();
    lines.addAll(out);
    used.clear();
    used.or(moved);
  }

  private void readMetadata() {
    Pattern meta = Pattern.compile("^(so hieu|loai van ban|noi ban hanh|co quan ban hanh|nguoi ky|ngay ban hanh|"
        + "ngay hieu luc|ngay cong bao|so cong bao|tinh trang|linh vuc|tinh trang hieu luc)\\s*:\\s*(.*)$");
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Matcher m = meta.matcher(l.folded);
      if (m.matches() && l.text.length() < 200) {
        metadata.put(m.group(1), l.text.substring(l.text.indexOf(':') + 1).strip());
        used.set(i);
        // Marked used now; after a split of cells the indices move, so it is marked again below.
      }
    }
  }

  private boolean isMetadata(Line l) {
    return l.folded.matches("^(so hieu|loai van ban|noi ban hanh|co quan ban hanh|nguoi ky|ngay ban hanh|"
        + "ngay hieu luc|ngay cong bao|so cong bao|tinh trang|linh vuc|tinh trang hieu luc)\\s*:.*") && l.text.length() < 200;
  }

  private void part(String pointer, int from, int to) {
    parts.add(RecognizedPart.ofLines(pointer, lines.get(from).number, lines.get(Math.max(from, to)).number));
  }

  private void warn(String code, String vi, String en, int index) {
    LocalizedText message = LocalizedText.of(vi, en);
    if (index >= 0 && index < lines.size()) {
      Location at = Location.atLine(lines.get(index).number);
      warnings.add(Diagnostic.warning(code, message, source == null ? at : at.inSource(source)));
    } else {
      warnings.add(source == null ? Diagnostic.warning(code, message)
          : Diagnostic.warning(code, message, Location.builder().source(source).build()));
    }
  }

  // == header ====================================================================================

  private static final class Header {
    final List<String> issuerLines = new ArrayList<>();
    DocumentNumber number;
    PlaceAndDate placeAndDate;
    LocalDate date;
    int numberIndex = -1;
    int dateFrom = -1;
    int dateTo = -1;
    int issuerFrom = -1;
    int issuerTo = -1;
  }

  private Header header(int end) {
    Header h = new Header();
    for (int i = 0; i < end; i++) {
      Line l = lines.get(i);
      if (l.isBlank() || isMetadata(l)) {
        used.set(i, !l.isBlank());
        continue;
      }
      if (l.folded.startsWith("cong hoa xa hoi chu nghia viet nam") || l.folded.startsWith("doc lap") && l.folded.contains("tu do")) {
        used.set(i);
        continue;
      }
      if (l.folded.matches("^-+$") || l.text.matches("^[_=\\-–—.\\s]+$")) {
        used.set(i);
        continue;
      }
      if (h.numberIndex < 0 && NUMBER_LINE.matcher(l.folded).matches()) {
        String text = l.text;
        int j = i;
        if (!text.matches(".*\\d.*")) {
          j = next(i, end);
          text = j >= 0 ? lines.get(j).text : "";
        }
        used.set(i);
        if (j >= 0) {
          used.set(j);
        }
        h.numberIndex = i;
        try {
          h.number = DocumentNumber.parse(text);
          part("/number", i, Math.max(i, j));
        } catch (MalformedInputException e) {
          warn("number.unreadable", "Không đọc được số, ký hiệu: " + e.getText().vi(),
              "The number and symbol cannot be read: " + e.getText().en(), i);
        }
        i = Math.max(i, j);
        continue;
      }
      if (h.dateFrom < 0 && l.folded.contains("ngay") && (l.folded.contains("thang") || l.folded.matches(".*ngay\\s*\\.*\\s*$")
          || next(i, end) >= 0 && lines.get(next(i, end)).folded.contains("thang"))) {
        int j = i;
        StringBuilder joined = new StringBuilder(l.text);
        while (!joined.toString().matches("(?s).*n[ăa]m\\s*\\d{4}.*") && j + 1 < end && j - i < 3) {
          int k = next(j, end);
          if (k < 0) {
            break;
          }
          j = k;
          joined.append(' ').append(lines.get(j).text);
        }
        String dl = joined.toString().replaceAll("\\s*\\|\\s*", " ");
        used.set(i, j + 1);
        h.dateFrom = i;
        h.dateTo = j;
        try {
          h.placeAndDate = PlaceAndDate.parse(dl);
          h.date = h.placeAndDate.getDate();
          part("/issueDate", i, j);
        } catch (MalformedInputException e) {
          try {
            int at = Fold.fold(dl).indexOf("ngay");
            h.date = VietnameseDates.parse(dl.substring(at));
            part("/issueDate", i, j);
          } catch (MalformedInputException e2) {
            warn("date.unreadable", "Không đọc được ngày ban hành: " + e2.getText().vi(),
                "The date of issue cannot be read: " + e2.getText().en(), i);
          }
        }
        i = j;
        continue;
      }
      if (isUpper(l.text) && h.numberIndex < 0 && l.text.length() < 120) {
        h.issuerLines.add(l.text);
        h.issuerFrom = h.issuerFrom < 0 ? i : h.issuerFrom;
        h.issuerTo = i;
        used.set(i);
      }
    }
    return h;
  }

  private int next(int i, int end) {
    for (int j = i + 1; j < end; j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isUpper(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  private void identity(Header h) {
    List<String> il = h.issuerLines;
    String issuer;
    String superior = null;
    if (il.isEmpty()) {
      issuer = metadata.getOrDefault("noi ban hanh", metadata.getOrDefault("co quan ban hanh", ""));
      if (issuer.isEmpty() && h.number != null && h.number.getIssuerAbbreviation().equals("UBND") && h.placeAndDate != null
          && AdministrativeUnits.provinceNamed(h.placeAndDate.getPlace(), h.date).isPresent()) {
        String place = h.placeAndDate.getPlace();
        boolean city = Fold.fold(place).startsWith("ha noi") || Fold.fold(place).contains("ho chi minh")
            || Fold.fold(place).startsWith("hai phong") || Fold.fold(place).startsWith("da nang")
            || Fold.fold(place).startsWith("can tho") || Fold.fold(place).equals("hue");
        issuer = ("ỦY BAN NHÂN DÂN " + (city ? "THÀNH PHỐ " : "TỈNH ") + place).toUpperCase(Locale.ROOT);
        warn("issuer.inferred", "Văn bản không có dòng tên cơ quan ban hành; suy ra từ ký hiệu UBND và địa danh: " + issuer,
            "The text has no issuing body line; inferred from the symbol UBND and the place: " + issuer, h.numberIndex);
      } else if (issuer.isEmpty()) {
        warn("section.missing", "Không thấy tên cơ quan ban hành", "No issuing body was found", -1);
      }
    } else if (il.size() >= 2 && Fold.fold(il.get(il.size() - 1)).matches("^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong) .*")) {
      issuer = String.join(" ", il.subList(il.size() - 2, il.size()));
      if (il.size() > 2) {
        superior = String.join(" ", il.subList(0, il.size() - 2));
      }
    } else if (il.size() >= 2 && Fold.fold(il.get(0)).equals("chu tich")) {
      issuer = String.join(" ", il);
    } else {
      issuer = il.get(il.size() - 1);
      if (il.size() > 1) {
        superior = String.join(" ", il.subList(0, il.size() - 1));
      }
    }
    if (h.issuerFrom >= 0) {
      part("/issuer", h.issuerFrom, h.issuerTo);
    }
    IssuingBody.Builder ib = IssuingBody.builder().name(issuer.isEmpty() ? "(không rõ)" : issuer);
    if (superior != null) {
      ib.superiorBody(superior);
    }
    String fi = Fold.fold(issuer);
    if (fi.contains("uy ban nhan dan tinh") || fi.contains("uy ban nhan dan thanh pho")) {
      ib.bodyId(bodies.declare(fi.contains("tinh") ? "UBND tỉnh" : "UBND thành phố"));
    }
    plan.issuer(ib.build());
    if (h.number != null) {
      plan.number(h.number);
    }
    if (h.placeAndDate != null) {
      plan.place(h.placeAndDate.getPlace());
    }
    if (h.date != null) {
      plan.issueDate(h.date);
      String meta = metadata.get("ngay ban hanh");
      if (meta != null) {
        try {
          LocalDate m = VietnameseDates.parse(meta);
          if (!m.equals(h.date)) {
            warn("date.contradiction", "Ngày ban hành " + h.date + " khác ngày trong phần thông tin của trang (" + m + ")",
                "The date of issue " + h.date + " differs from the site's metadata (" + m + ")", h.dateFrom);
          }
        } catch (MalformedInputException e) {
          // metadata of another shape; nothing to compare
        }
      }
    }
    plan.status(h.date != null && (h.number != null || hasDecision) ? PlanStatus.ISSUED : PlanStatus.DRAFT);
    territory(issuer, h.date);
  }

  private void territory(String issuer, LocalDate date) {
    String f = Fold.fold(issuer);
    int at = Math.max(f.lastIndexOf("tinh "), f.lastIndexOf("thanh pho "));
    if (at < 0) {
      return;
    }
    String name = issuer.substring(at + (f.startsWith("tinh ", at) ? 5 : 10)).strip();
    LocalDate on = date != null ? date : LocalDate.of(2025, 6, 30);
    AdministrativeUnits.provinceNamed(name, on).or(() -> AdministrativeUnits.provinceNamed(name,
        AdministrativeUnits.REFORM_DATE)).ifPresent(plan::territory);
  }

  // == decision wrapper ==========================================================================

  private DocumentReference decision(Header h, int title, int planTitle) {
    StringBuilder about = new StringBuilder();
    int i = next(title, lines.size());
    int from = i;
    while (i >= 0 && !lines.get(i).folded.startsWith("can cu") && !lines.get(i).folded.startsWith("quyet dinh")
        && !lines.get(i).folded.startsWith("dieu ") && (planTitle < 0 || i < planTitle) && about.length() < 600) {
      about.append(about.length() == 0 ? "" : " ").append(lines.get(i).text);
      used.set(i);
      int n = next(i, lines.size());
      if (n < 0 || lines.get(n).folded.startsWith("can cu") || isUpper(lines.get(n).text) && !lines.get(n).text.isEmpty()
          && lines.get(n).folded.startsWith("quyet dinh")) {
        break;
      }
      i = n;
    }
    used.set(title);
    if (from >= 0) {
      part("/issuingDecision", title, Math.max(title, i));
    }
    DocumentReference.Builder b = DocumentReference.builder().from(LegalBases.reference(("Quyết định "
        + (h.number == null ? "" : "số " + h.number + " ")
        + (h.date == null ? "" : "ngày " + VietnameseDates.formatNumeric(h.date) + " ") + about).strip()))
        .documentType(DocumentType.DECISION);
    // The plan has the decision's number, not one of its own.
    h.number = null;
    hasDecision = true;
    legalBasis(title + 1, planTitle < 0 ? lines.size() : planTitle);
    decisionAbout = about.toString();
    return b.build();
  }

  private String decisionAbout = "";
  private boolean hasDecision;
  private boolean hasSubject;

  private void decisionSubject(int title) {
    String s = decisionAbout;
    int at = Fold.fold(s).indexOf("ke hoach");
    String subject = at >= 0 ? s.substring(at + "ke hoach".length()).strip() : s;
    plan.subject(subject.isEmpty() ? s : subject);
    hasSubject = true;
    period(s);
  }

  private void markDecisionArticles(int from, int to) {
    for (int i = from; i < to && i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!used.get(i) && !l.isBlank() && (l.folded.startsWith("dieu ") || isTitle(l, "quyet dinh")
          || l.folded.equals("quyet dinh:"))) {
        used.set(i);
      }
    }
    // The decision's own recipients stand before the attached plan: not the plan's. Its signature
    // is the only one the plan has.
    int recipients = find(from, l -> l.folded.startsWith("noi nhan"));
    if (recipients >= 0 && recipients < to) {
      List<SigningMarker> markers = new ArrayList<>();
      String position = null;
      String name = null;
      for (int i = recipients; i < to; i++) {
        Line l = lines.get(i);
        if (l.isBlank() || used.get(i)) {
          continue;
        }
        used.set(i);
        decisionClosing.add(i);
        Optional<SigningMarker> marker = marker(l.text);
        if (marker.isPresent()) {
          markers.add(marker.get());
        } else if (isUpper(l.text) && l.text.length() < 60 && name == null && !l.text.startsWith("-")) {
          position = position == null ? l.text : position + " " + l.text;
        } else if (position != null && name == null && isPersonName(l.text)) {
          name = l.text;
        }
      }
      if (position != null && name != null) {
        decisionSignature = Signature.builder().markers(markers).position(position).name(name).build();
      }
    }
  }

  private final List<Integer> decisionClosing = new ArrayList<>();
  private Signature decisionSignature;

  private int closingStart(int from) {
    int r = find(from, l -> l.folded.startsWith("noi nhan"));
    return r < 0 ? lines.size() : r;
  }

  // == subject ====================================================================================

  /** Reads the subject after the title; returns where the body starts. */
  private int subject(int title) {
    used.set(title);
    StringBuilder s = new StringBuilder();
    int i = title + 1;
    int from = -1;
    int to = -1;
    while (i < lines.size()) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        if (s.length() > 0) {
          int n = next(i, lines.size());
          if (n < 0 || !lines.get(n).folded.startsWith("(kem theo") && startsSection(lines.get(n))) {
            break;
          }
          if (n >= 0 && (lines.get(n).folded.startsWith("can cu") || lines.get(n).folded.startsWith("thuc hien"))) {
            break;
          }
        }
        i++;
        continue;
      }
      if (l.folded.startsWith("(kem theo") || l.folded.startsWith("(ban hanh kem theo")) {
        used.set(i);
        int j = i;
        StringBuilder within = new StringBuilder(l.text);
        while (!lines.get(j).text.contains(")") && j + 1 < lines.size()) {
          j++;
          used.set(j);
          within.append(' ').append(lines.get(j).text);
        }
        String w = within.toString();
        String inner = w.substring(1, w.lastIndexOf(')') > 0 ? w.lastIndexOf(')') : w.length()).strip();
        inner = inner.replaceFirst("(?iu)^(ban hành )?kèm theo\\s+", "");
        if (!hasDecision && Fold.fold(inner).startsWith("quyet dinh")) {
          plan.issuingDecision(LegalBases.reference(inner));
          hasDecision = true;
        }
        part("/issuingDecision", i, j);
        i = j + 1;
        continue;
      }
      if (s.length() > 0 && (startsSection(l) || l.folded.startsWith("can cu") || l.folded.startsWith("thuc hien ")
          || l.text.matches("^[-_]{3,}$"))) {
        break;
      }
      if (l.text.matches("^[-_=]{3,}$")) {
        used.set(i);
        i++;
        continue;
      }
      s.append(s.length() == 0 ? "" : " ").append(l.text);
      used.set(i);
      from = from < 0 ? i : from;
      to = i;
      i++;
    }
    String subject = s.toString().strip();
    if (!subject.isEmpty()) {
      plan.subject(subject);
      part("/subject", from, to);
    } else if (!hasSubject) {
      plan.subject("");
      warn("section.missing", "Không thấy trích yếu của kế hoạch", "No subject was found after the title", title);
    }
    period(subject.isEmpty() ? decisionAbout : subject);
    return i;
  }

  private void period(String text) {
    String f = Fold.fold(text).replace('–', '-');
    Matcher m = Pattern.compile("(?:giai doan|tu nam)?\\s*(\\d{4})\\s*(?:-|den)\\s*(?:nam\\s*)?(\\d{4})").matcher(f);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      plan.period(Period.ofYears(a, b));
      return;
    }
    m = Pattern.compile("nam (\\d{4})").matcher(f);
    if (m.find()) {
      plan.period(Period.ofYear(Integer.parseInt(m.group(1))));
    }
  }

  // == body =======================================================================================

  private enum Sec { NONE, PURPOSES, REQUIREMENTS, AUDIENCE, CONTENT, CHANNELS, IMPLEMENTATION, BUDGET, REPORTING }

  private static final class Item {
    final int level;
    final int from;
    int to;
    final StringBuilder text = new StringBuilder();

    Item(int level, int from, String text) {
      this.level = level;
      this.from = from;
      this.to = from;
      this.text.append(text);
    }

    String text() {
      return text.toString().strip();
    }
  }

  private boolean startsSection(Line l) {
    return heading(l) != null;
  }

  /** The section a heading line opens, or null when the line is not a heading. */
  private Sec heading(Line l) {
    if (l.isBlank()) {
      return null;
    }
    Matcher m = MARKER.matcher(l.text);
    String rest = l.text;
    boolean numbered = false;
    if (m.lookingAt() && m.group(1) == null) {
      rest = l.text.substring(m.end());
      numbered = true;
    }
    int colon = rest.indexOf(": ");
    if (colon > 0 && colon < 60) {
      rest = rest.substring(0, colon);
    }
    String f = TRAILING_COLONS.matcher(Fold.fold(rest)).replaceAll("").strip();
    if (rest.length() > 100 || f.isEmpty() || rest.endsWith(";")) {
      return null;
    }
    if (!numbered && !isUpper(rest) && rest.length() > 60) {
      return null;
    }
    boolean purpose = f.startsWith("muc dich") || f.startsWith("muc tieu");
    if (purpose) {
      return Sec.PURPOSES;
    }
    if (f.startsWith("yeu cau")) {
      return Sec.REQUIREMENTS;
    }
    if (f.startsWith("doi tuong")) {
      return Sec.AUDIENCE;
    }
    if (f.startsWith("noi dung")) {
      return Sec.CONTENT;
    }
    if (f.startsWith("hinh thuc") || f.startsWith("phuong thuc")) {
      return Sec.CHANNELS;
    }
    if (f.startsWith("to chuc thuc hien") || f.startsWith("trach nhiem thuc hien") || f.startsWith("phan cong")
        || f.startsWith("to chuc trien khai")) {
      return Sec.IMPLEMENTATION;
    }
    if (f.startsWith("kinh phi")) {
      return Sec.BUDGET;
    }
    if (f.startsWith("che do") || f.startsWith("bao cao") || f.startsWith("thong tin bao cao")) {
      return Sec.REPORTING;
    }
    return null;
  }

  private void legalBasis(int from, int to) {
    int k = 0;
    for (int i = from; i < to && i < lines.size(); i++) {
      Line l = lines.get(i);
      if (used.get(i) || l.isBlank()) {
        continue;
      }
      if (l.folded.startsWith("can cu") || l.folded.startsWith("thuc hien ")
          && (l.folded.contains("so ") || l.folded.contains("chi thi") || l.folded.contains("ke hoach"))) {
        int j = i;
        StringBuilder t = new StringBuilder(l.text);
        while (!t.toString().matches("(?s).*[;.,]$") && next(j, to) >= 0 && !lines.get(next(j, to)).folded.startsWith("can cu")
            && heading(lines.get(next(j, to))) == null && j - i < 4) {
          j = next(j, to);
          t.append(' ').append(lines.get(j).text);
        }
        used.set(i, j + 1);
        String citation = t.toString().replaceAll("[;,.]+$", "").strip();
        plan.addLegalBasis(LegalBases.reference(citation));
        part("/legalBases/" + k++, i, j);
        i = j;
      } else if (heading(l) != null) {
        break;
      }
    }
  }

  private void body(int from, int to) {
    legalBasis(from, to);
    Sec sec = Sec.NONE;
    List<Item> items = new ArrayList<>();
    Sec itemsSec = Sec.NONE;
    Item current = null;
    boolean wasBlank = true;
    int closing = -1;
    for (int i = from; i < to; i++) {
      Line l = lines.get(i);
      if (used.get(i)) {
        wasBlank = true;
        continue;
      }
      if (l.isBlank()) {
        wasBlank = true;
        continue;
      }
      if (l.folded.startsWith("tren day la") || l.folded.startsWith("noi nhan") || l.folded.startsWith("phu luc")
          && isUpper(l.text) || marker(l.text).isPresent() || isSignaturePosition(i, to)) {
        closing = i;
        break;
      }
      Sec h = heading(l);
      if (h != null) {
        flush(itemsSec, items);
        items = new ArrayList<>();
        sec = h;
        itemsSec = h;
        current = null;
        used.set(i);
        // A heading naming two sections ("MỤC ĐÍCH, YÊU CẦU", "KINH PHÍ VÀ CHẾ ĐỘ BÁO CÁO"): the first
        // holds what follows until a subheading names the second. Text after "Heading: " is an item.
        wasBlank = true;
        Matcher hm = MARKER.matcher(l.text);
        String rest = hm.lookingAt() && hm.group(1) == null ? l.text.substring(hm.end()) : l.text;
        int colon = rest.indexOf(": ");
        if (colon > 0 && colon < 60 && rest.length() > colon + 2) {
          current = new Item(9, i, rest.substring(colon + 2));
          items.add(current);
          wasBlank = false;
        }
        continue;
      }
      Matcher m = MARKER.matcher(l.text);
      boolean marked = m.lookingAt() && !l.text.substring(m.end()).isEmpty();
      boolean continues = current != null && !marked && !wasBlank && !endsSentence(current.text());
      boolean lowerStart = current != null && !marked && Character.isLowerCase(l.text.charAt(0));
      if (continues || lowerStart) {
        current.text.append(' ').append(l.text);
        current.to = i;
      } else {
        int level = marked ? level(m) : 9;
        current = new Item(level, i, marked ? l.text.substring(m.end()) : l.text);
        items.add(current);
      }
      used.set(i);
      wasBlank = false;
    }
    flush(itemsSec, items);
    if (closing < 0) {
      closing = to;
    }
    closing(closing, to);
  }

  private static boolean endsSentence(String t) {
    return t.endsWith(".") || t.endsWith(";") || t.endsWith(":") || t.endsWith("./.");
  }

  private static int level(Matcher m) {
    if (m.group(6) != null) {
      return 0;
    }
    if (m.group(5) != null) {
      return 1;
    }
    if (m.group(4) != null || m.group(3) != null || m.group(2) != null) {
      return 2;
    }
    String b = m.group(1);
    return "+".equals(b) ? 4 : 3;
  }

  private static String statement(String t) {
    String s = t.strip();
    if (s.endsWith("./.")) {
      s = s.substring(0, s.length() - 3);
    } else if ((s.endsWith(";") || s.endsWith(".") || s.endsWith(",")) && !s.endsWith("...")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }

  private void flush(Sec sec, List<Item> all) {
    if (all.isEmpty()) {
      return;
    }
    List<Item> items = all;
    if (sec != Sec.IMPLEMENTATION) {
      // "+" and deeper items under a "-" item are part of it, not items of their own.
      int top = all.stream().mapToInt(it -> it.level).min().orElse(9);
      items = new ArrayList<>();
      for (Item it : all) {
        if (it.level > top && it.level < 9 && !items.isEmpty()) {
          Item parent = items.get(items.size() - 1);
          parent.text.append(parent.text().endsWith(":") ? " " : "; ").append(it.text());
          parent.to = it.to;
        } else {
          items.add(it);
        }
      }
    }
    switch (sec) {
      case PURPOSES:
        for (Item it : items) {
          String id = "muc-dich-" + (objectives.size() + 1);
          objectives.add(Objective.of(id, statement(it.text())));
          part("/objectives/" + (objectives.size() - 1), it.from, it.to);
        }
        break;
      case REQUIREMENTS:
        for (Item it : items) {
          requirements.add(Requirement.of("yeu-cau-" + (requirements.size() + 1), statement(it.text())));
          part("/requirements/" + (requirements.size() - 1), it.from, it.to);
        }
        break;
      case CONTENT:
        for (Item it : items) {
          String theme = statement(it.text());
          contents.add(ContentItem.builder().id("noi-dung-" + (contents.size() + 1)).theme(theme)
              .audiences(Classifier.audiences(theme)).focusSectors(Classifier.sectors(theme)).build());
          part("/contentItems/" + (contents.size() - 1), it.from, it.to);
        }
        break;
      case CHANNELS:
        for (Item it : items) {
          String d = statement(it.text());
          channels.add(MediaChannel.builder().id("hinh-thuc-" + (channels.size() + 1)).description(d)
              .kinds(Classifier.channelKinds(d)).outlets(Classifier.outlets(d)).build());
          part("/channels/" + (channels.size() - 1), it.from, it.to);
        }
        break;
      case IMPLEMENTATION:
        implementation(items);
        break;
      case AUDIENCE:
        for (Item it : items) {
          keep(PlanSection.PURPOSES, it);
        }
        break;
      case BUDGET:
        for (Item it : items) {
          budgetParagraph(it);
        }
        break;
      case REPORTING:
        for (Item it : items) {
          String t = statement(it.text());
          if (!reportingRule(t, null, it)) {
            keep(PlanSection.REPORTING, it);
          }
        }
        break;
      default:
        for (Item it : items) {
          keep(PlanSection.LEGAL_BASIS, it);
        }
        break;
    }
  }

  private void keep(PlanSection section, Item it) {
    unclassified.add(UnclassifiedText.of(section, it.text()));
    for (int i = it.from; i <= it.to; i++) {
      if (!lines.get(i).isBlank()) {
        unclassifiedLines.add(lines.get(i).number);
      }
    }
  }

  // == implementation =============================================================================

  private void implementation(List<Item> items) {
    int top = items.stream().mapToInt(it -> it.level).min().orElse(9);
    Assignment.Builder current = null;
    String currentBody = null;
    int from = 0;
    List<Task> tasks = new ArrayList<>();
    for (Item it : items) {
      String text = it.text();
      if (it.level == top || current == null) {
        if (current != null) {
          addAssignment(current, tasks, from, it.from - 1);
        }
        tasks = new ArrayList<>();
        from = it.from;
        String[] split = splitBody(text);
        currentBody = bodies.declare(split[0]);
        current = Assignment.builder().id("thuc-hien-" + (assignments.size() + 1)).bodyId(currentBody);
        if (!split[1].isEmpty()) {
          tasks.add(task(split[1], currentBody, assignments.size() + 1, tasks.size() + 1, it));
        }
      } else {
        tasks.add(task(text, currentBody, assignments.size() + 1, tasks.size() + 1, it));
      }
    }
    if (current != null) {
      addAssignment(current, tasks, from, items.get(items.size() - 1).to);
    }
  }

  private void addAssignment(Assignment.Builder a, List<Task> tasks, int from, int to) {
    assignments.add(a.tasks(tasks).build());
    part("/assignments/" + (assignments.size() - 1), from, Math.max(from, to));
  }

  /** Splits "Sở Tư pháp có trách nhiệm theo dõi ..." into the body and the task. */
  private static String[] splitBody(String text) {
    if (text.strip().endsWith(":") && text.indexOf(';') < 0) {
      return new String[] {text.strip().replaceAll(":+$", "").strip(), ""};
    }
    String t = statement(text);
    String f = Fold.fold(t);
    int at = -1;
    for (String v : VERBS) {
      int k = f.indexOf(v);
      if (k > 0 && (at < 0 || k < at)) {
        at = k;
      }
    }
    if (at < 0) {
      return new String[] {t, ""};
    }
    String body = t.substring(0, at).strip();
    String rest = t.substring(at).strip();
    if (rest.startsWith(":")) {
      rest = rest.substring(1).strip();
    }
    String fr = Fold.fold(rest);
    if (fr.startsWith("co trach nhiem ")) {
      rest = rest.substring("co trach nhiem ".length());
    }
    return new String[] {body, capitalise(rest)};
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private Task task(String text, String body, int a, int n, Item it) {
    String d = statement(text);
    Task.Builder t = Task.builder().id("nhiem-vu-" + a + "-" + n).description(d);
    String f = Fold.fold(d);
    for (String key : new String[] {"phoi ket hop voi ", "phoi hop voi ", "phoi ket hop ", "phoi hop "}) {
      int k = f.indexOf(key);
      if (k >= 0) {
        int start = k + key.length();
        int end = d.length();
        for (String stop : new String[] {" xay dung", " cap nhat", " to chuc", " thuc hien", " lap ", " de ", ";", ".",
            " trien khai", " tuyen truyen", " huong dan", " kiem tra"}) {
          int s = f.indexOf(stop, start);
          if (s > start && s < end) {
            end = s;
          }
        }
        for (String piece : d.substring(start, end).split(",|\\s+và\\s+(?=(?:Sở|Báo|Đài|UBND|Ủy ban|Uỷ ban|Văn phòng|các|Các|Ban|Hội|Mặt trận)(?![\\p{L}\\p{N}]))")) {
          String p = piece.strip();
          if (p.length() > 2 && BODY_START.matcher(p).matches()) {
            String id = bodies.declare(p);
            if (!id.equals(body)) {
              t.addParticipant(TaskParticipant.coordinate(id));
            }
          }
        }
        break;
      }
    }
    if (f.contains("theo doi") || f.contains("don doc")) {
      t.addParticipant(TaskParticipant.of(body, AssignmentRole.MONITOR));
    }
    reportingRule(d, body, it);
    return t.build();
  }

  // == reporting ==================================================================================

  private boolean reportingRule(String sentence, String reporter, Item it) {
    String f = Fold.fold(sentence);
    if (!f.contains("bao cao")) {
      return false;
    }
    List<Deadline> deadlines = DeadlineText.parse(f);
    int report = f.indexOf("bao cao");
    Matcher to = REPORT_TO.matcher(sentence);
    boolean found = to.find(report);
    if (!found) {
      to = REPORT_DIRECT.matcher(sentence);
      found = to.find();
    }
    if (deadlines.isEmpty() || !found) {
      return false;
    }
    ReportingRule.Builder r = ReportingRule.builder().id("bao-cao-" + (reporting.size() + 1))
        .recipientId(bodies.declare(to.group(1))).deadlines(deadlines).text(sentence);
    Matcher through = THROUGH.matcher(sentence);
    if (through.find()) {
      r.intermediaryId(bodies.declare(through.group(1)));
    }
    if (reporter != null) {
      r.addReporterId(reporter);
    } else {
      // "…, các cơ quan đơn vị gửi báo cáo về …": the reporters stand before the verb.
      int send = f.indexOf("gui bao cao");
      if (send < 0) {
        send = f.indexOf("bao cao");
      }
      String before = sentence.substring(0, send).strip();
      String[] segments = before.split(",\\s*");
      String who = null;
      for (int k = segments.length - 1; k >= 0 && k >= segments.length - 6; k--) {
        String candidate = String.join(", ", java.util.Arrays.copyOfRange(segments, k, segments.length)).strip();
        if (BODY_START.matcher(candidate).matches() && !Fold.fold(candidate).startsWith("dinh ky")) {
          who = candidate;
          break;
        }
      }
      if (who != null && who.length() < 160) {
        r.addReporterId(bodies.declare(who));
      }
    }
    reporting.add(r.build());
    part("/reportingRules/" + (reporting.size() - 1), it.from, it.to);
    return true;
  }

  // == budget =====================================================================================

  private void budgetParagraph(Item it) {
    hasBudget = true;
    String t = statement(it.text());
    String f = Fold.fold(t);
    budgetText.add(t);
    part("/budget", it.from, it.to);
    if (f.contains("giao ") && f.indexOf("giao ") < f.indexOf("lap du")) {
      chain(t, f, "giao ", new String[] {" can cu", " chu tri", " phoi hop", " lap du", ","}, "lap du", BudgetStage.ESTIMATE);
    } else if (f.contains("lap du")) {
      estimateWithoutGiao(t, f);
    }
    between(t, f, "gui ", " tham dinh", BudgetStage.APPRAISE);
    between(t, f, "trinh ", new String[] {" xem xet", " quyet dinh", " phe duyet"}, BudgetStage.DECIDE);
    chain(t, f, "giao ", new String[] {" huong dan", " bo tri", " can doi", ","}, "bo tri", BudgetStage.ALLOCATE);
    budget.addAllSources(Classifier.sources(t));
    Matcher m = MONEY.matcher(t);
    while (m.find()) {
      Money amount;
      try {
        amount = Money.parse(m.group());
      } catch (MalformedInputException e) {
        warn("annex.value", "Không đọc được số tiền " + m.group(), "Cannot read the amount " + m.group(), it.from);
        continue;
      }
      if (f.startsWith("tong") || f.contains("tong kinh phi") || f.contains("tong du toan")) {
        budget.total(amount);
      } else {
        String what = (t.substring(0, m.start()) + t.substring(m.end())).replaceAll("[\\s:,;.-]+$", "").strip();
        budget.addLine(BudgetLine.of("kinh-phi-" + (++budgetLines), what.isEmpty() ? t : what, amount));
      }
    }
  }

  private void chain(String t, String f, String lead, String[] stops, String needs, BudgetStage stage) {
    int k = f.indexOf(lead);
    if (k < 0 || !f.contains(needs)) {
      return;
    }
    int start = k + lead.length();
    int end = -1;
    for (String s : stops) {
      int e = f.indexOf(s, start);
      if (e > start && (end < 0 || e < end)) {
        end = e;
      }
    }
    if (end > start) {
      budget.addApprovalChain(ApprovalStep.of(stage, bodies.declare(t.substring(start, end))));
    }
  }

  /** "Hằng năm, Sở Nội vụ chủ trì … lập dự toán …": the body that opens the clause before "lập dự". */
  private void estimateWithoutGiao(String t, String f) {
    int at = f.indexOf("lap du");
    int sentence = Math.max(f.lastIndexOf(". ", at), -1) + 1;
    int cut = at;
    for (String v : new String[] {" chu tri", " phoi hop", " can cu", " co trach nhiem", " tong hop", " xay dung"}) {
      int k = f.indexOf(v, sentence);
      if (k > sentence && k < cut) {
        cut = k;
      }
    }
    String clause = t.substring(sentence, cut);
    int comma = clause.lastIndexOf(", ");
    String who = (comma >= 0 ? clause.substring(comma + 2) : clause).strip();
    if (!who.isEmpty() && who.length() < 80 && BODY_START.matcher(who).matches()) {
      budget.addApprovalChain(ApprovalStep.of(BudgetStage.ESTIMATE, bodies.declare(who)));
    }
  }

  private void between(String t, String f, String from, String to, BudgetStage stage) {
    between(t, f, from, new String[] {to}, stage);
  }

  private void between(String t, String f, String from, String[] to, BudgetStage stage) {
    int end = -1;
    for (String s : to) {
      int e = f.indexOf(s);
      if (e > 0 && (end < 0 || e < end)) {
        end = e;
      }
    }
    if (end < 0) {
      return;
    }
    int k = f.lastIndexOf(from, end);
    if (k < 0) {
      return;
    }
    String who = t.substring(k + from.length(), end).strip();
    if (!who.isEmpty() && who.length() < 80) {
      budget.addApprovalChain(ApprovalStep.of(stage, bodies.declare(who)));
    }
  }

  // == closing ====================================================================================

  private void closing(int from, int to) {
    int annexAt = find(from, l -> l.folded.startsWith("phu luc") && isUpper(l.text));
    splitCells(from, annexAt < 0 ? lines.size() : annexAt);
    int annex = -1;
    Item closing = null;
    boolean inRecipients = false;
    List<SigningMarker> markers = new ArrayList<>();
    String position = null;
    String name = null;
    int sigFrom = -1;
    int sigTo = -1;
    for (int i = from; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (used.get(i) || l.isBlank()) {
        continue;
      }
      if (l.folded.startsWith("phu luc") && isUpper(l.text) && (name != null || inRecipients)) {
        annex = i;
        break;
      }
      if (l.folded.startsWith("tren day la") || closing != null && !inRecipients && name == null && position == null
          && !isUpper(l.text) && !l.folded.startsWith("noi nhan") && !l.text.startsWith("-")) {
        if (closing == null) {
          closing = new Item(0, i, l.text);
        } else {
          closing.text.append(' ').append(l.text);
          closing.to = i;
        }
        used.set(i);
        continue;
      }
      if (l.folded.startsWith("noi nhan")) {
        inRecipients = true;
        used.set(i);
        String rest = l.text.substring(l.text.indexOf(':') + 1).strip();
        if (l.text.indexOf(':') > 0 && !rest.isEmpty()) {
          recipient(rest, i);
        }
        continue;
      }
      if (name == null && (l.text.startsWith("-") || l.text.startsWith("+") || l.text.startsWith("•")
          || l.text.startsWith("–") || l.text.startsWith("—") || l.text.startsWith("*") || l.folded.startsWith("luu"))) {
        recipient(l.text, i);
        used.set(i);
        continue;
      }
      Optional<SigningMarker> marker = marker(l.text);
      if (marker.isPresent()) {
        markers.add(marker.get());
        sigFrom = sigFrom < 0 ? i : sigFrom;
        sigTo = i;
        used.set(i);
        continue;
      }
      if (l.folded.matches("^\\(?(da ky|ky|ky ten|ky, ghi ro ho ten|ky ten va dong dau)\\)?.*") && l.text.length() < 40) {
        used.set(i);
        continue;
      }
      if (isUpper(l.text) && l.text.length() < 60 && name == null) {
        position = position == null ? l.text : position + " " + l.text;
        sigFrom = sigFrom < 0 ? i : sigFrom;
        sigTo = i;
        used.set(i);
        continue;
      }
      if (position != null && name == null && isPersonName(l.text)) {
        name = l.text;
        sigTo = i;
        used.set(i);
        continue;
      }
      if (inRecipients && name == null && position == null && !isUpper(l.text)) {
        recipient(l.text, i);
        used.set(i);
      }
    }
    if (closing != null) {
      plan.closingText(closing.text());
      part("/closingText", closing.from, closing.to);
    }
    boolean signed = position != null && name != null;
    if (signed) {
      plan.signature(Signature.builder().markers(markers).position(position).name(name).build());
      part("/signature", sigFrom, sigTo);
    } else if (decisionSignature != null) {
      plan.signature(decisionSignature);
      signed = true;
    } else {
      warn("signature.missing", "Không thấy chữ ký (chức vụ và họ tên người ký)",
          "No signature block (position and name) was found", -1);
    }
    int last = lastNonBlank();
    String lastText = last < 0 ? "" : lines.get(last).text;
    boolean cutOff = !lastText.isEmpty() && !lastText.matches("(?s).*[.;:)!?/]$") && !isPersonName(lastText)
        && !isUpper(lastText) && lastText.indexOf('|') < 0;
    if (cutOff || recipients.isEmpty() && !signed) {
      warn("truncated", "Văn bản dừng giữa chừng: không có nơi nhận và chữ ký", "The text stops before its recipients and signature",
          lastNonBlank());
    }
    if (annex >= 0) {
      annex(annex);
    }
    leftovers(from);
  }

  private int lastNonBlank() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** An upper-case position line followed (blank lines apart) by a person's name: a signature with no marker. */
  private boolean isSignaturePosition(int i, int to) {
    Line l = lines.get(i);
    if (!isUpper(l.text) || l.text.length() > 40 || MARKER.matcher(l.text).lookingAt()) {
      return false;
    }
    int n = next(i, to);
    return n >= 0 && isPersonName(lines.get(n).text);
  }

  private static boolean isPersonName(String s) {
    String[] words = s.strip().split(" ");
    if (words.length < 2 || words.length > 6 || s.length() > 50) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<SigningMarker> marker(String text) {
    String t = text.strip();
    // Only the first word matters (the longest authority is 3 letters and a separator).
    String f = (t.length() > 8 ? t.substring(0, 8) : t).toUpperCase(Locale.ROOT);
    for (SigningAuthority a : SigningAuthority.values()) {
      String n = a.name();
      if (f.startsWith(n) && f.length() > n.length()
          && (f.charAt(n.length()) == '.' || f.charAt(n.length()) == ' ' && a != SigningAuthority.Q)) {
        try {
          return Optional.of(SigningMarker.parse(t));
        } catch (MalformedInputException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private void recipient(String text, int i) {
    String t = text.strip();
    t = t.replaceFirst("^[-+•–—*]\\s*", "");
    t = t.replaceAll("[;,.]+$", "").strip();
    if (t.isEmpty()) {
      return;
    }
    String f = Fold.fold(t);
    Recipient r;
    if (f.startsWith("luu")) {
      String units = t.substring(3).replaceFirst("^\\s*:?\\s*", "").strip();
      // A bare "Lưu" names no unit: kept as the archive entry "Lưu" (as the edXML reader does), not a blank name.
      r = Recipient.archive(units.isEmpty() ? "Lưu" : units);
    } else {
      RecipientPurpose p = f.contains("(de thuc hien)") || f.contains("(thuc hien)") || f.contains("(t/h)")
          ? RecipientPurpose.TO_ACT : f.contains("(b/c)") || f.contains("(de bao cao)") ? RecipientPurpose.TO_REPORT
          : f.contains("(de biet)") || f.contains("(b/t)") ? RecipientPurpose.TO_KNOW : null;
      r = p == null ? Recipient.of(t) : Recipient.of(t, p);
    }
    recipients.add(r);
    part("/recipients/" + (recipients.size() - 1), i, i);
  }

  // == annex ======================================================================================

  private void annex(int at) {
    used.set(at);
    String label = lines.get(at).text;
    StringBuilder title = new StringBuilder();
    int i = at + 1;
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      if (l.text.indexOf('|') >= 0) {
        break;
      }
      title.append(title.length() == 0 ? "" : " ").append(l.text);
      used.set(i);
    }
    Map<String, Integer> columns = null;
    List<String> taskIds = new ArrayList<>();
    Map<String, Assignment.Builder> byLead = new LinkedHashMap<>();
    Map<String, List<Task>> tasksByLead = new LinkedHashMap<>();
    int row = 0;
    for (; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      if (l.text.indexOf('|') < 0) {
        break;
      }
      used.set(i);
      String[] cells = cells(l.text);
      if (columns == null) {
        columns = columns(cells);
        continue;
      }
      if (String.join("", cells).matches("[-:\\s]*")) {
        continue;
      }
      String description = cell(cells, columns, "noi dung");
      if (description.isEmpty()) {
        continue;
      }
      row++;
      String lead = cell(cells, columns, "chu tri");
      String leadId = bodies.declare(lead.isEmpty() ? "Chưa rõ cơ quan chủ trì" : lead);
      Task.Builder t = Task.builder().id("phu-luc-1-" + row).description(description);
      for (String c : cell(cells, columns, "phoi hop").split("[,;]| và ")) {
        if (!c.isBlank() && c.strip().length() > 1 && !Fold.fold(c.strip()).equals("-")) {
          t.addParticipant(TaskParticipant.coordinate(bodies.declare(c)));
        }
      }
      String time = cell(cells, columns, "thoi gian");
      if (!time.isEmpty()) {
        try {
          t.timing(Timing.parse(time));
        } catch (MalformedInputException e) {
          warn("annex.value", "Không đọc được thời gian thực hiện '" + time + "'", "Cannot read the timing '" + time + "'", i);
        }
      }
      String output = cell(cells, columns, "san pham");
      if (!output.isEmpty()) {
        t.addOutput(output);
      }
      String cost = cell(cells, columns, "kinh phi");
      if (!cost.isEmpty() && !Fold.fold(cost).matches("^(-|khong|theo .*|trong .*|thuong xuyen)$")) {
        try {
          t.cost(Money.parse(cost));
        } catch (MalformedInputException e) {
          warn("annex.value", "Không đọc được kinh phí '" + cost + "'", "Cannot read the cost '" + cost + "'", i);
        }
      }
      Task task = t.build();
      taskIds.add(task.getId());
      byLead.computeIfAbsent(leadId, k -> Assignment.builder().id("phu-luc-1-" + Fold.slug(k)).bodyId(k));
      tasksByLead.computeIfAbsent(leadId, k -> new ArrayList<>()).add(task);
      part("/annexes/0/taskIds/" + (taskIds.size() - 1), i, i);
    }
    for (Map.Entry<String, Assignment.Builder> e : byLead.entrySet()) {
      assignments.add(e.getValue().tasks(tasksByLead.get(e.getKey())).build());
    }
    plan.addAnnex(Annex.builder().id("phu-luc-1").label(label).title(title.toString().isEmpty() ? label : title.toString())
        .taskIds(taskIds).build());
    part("/annexes/0", at, Math.max(at, i - 1));
  }

  private static String[] cells(String row) {
    String r = row.strip();
    if (r.startsWith("|")) {
      r = r.substring(1);
    }
    if (r.endsWith("|")) {
      r = r.substring(0, r.length() - 1);
    }
    String[] c = r.split("\\|", -1);
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i].strip();
    }
    return c;
  }

  private static Map<String, Integer> columns(String[] header) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < header.length; i++) {
      String f = Fold.fold(header[i]);
      for (String key : new String[] {"noi dung", "chu tri", "phoi hop", "thoi gian", "san pham", "kinh phi"}) {
        if (f.contains(key) && !m.containsKey(key)) {
          m.put(key, i);
        }
      }
    }
    return m;
  }

  private static String cell(String[] cells, Map<String, Integer> columns, String key) {
    Integer i = columns.get(key);
    return i == null || i >= cells.length ? "" : cells[i];
  }

  // == finish =====================================================================================

  private void leftovers(int from) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!used.get(i) && !l.isBlank() && !decisionClosing.contains(i) && !isMetadata(l)) {
        PlanSection section = i < from ? PlanSection.HEADER : PlanSection.CLOSING;
        unclassified.add(UnclassifiedText.of(section, l.text));
        unclassifiedLines.add(l.number);
      }
    }
  }

  private TextImport finish() {
    plan.objectives(objectives).requirements(requirements).contentItems(contents).channels(channels)
        .assignments(assignments).reportingRules(reporting).recipients(recipients).unclassifiedTexts(unclassified);
    if (hasBudget) {
      plan.budget(budget.text(String.join("\n", budgetText)).build());
    }
    plan.bodies(bodies.all());
    if (objectives.isEmpty() && requirements.isEmpty()) {
      warn("section.missing", "Không thấy phần mục đích, yêu cầu", "No purposes or requirements were found", -1);
    }
    if (assignments.isEmpty()) {
      warn("section.missing", "Không thấy phần tổ chức thực hiện", "No implementation section was found", -1);
    }
    unclassifiedLines.sort(Integer::compare);
    List<Location> unclassifiedAt = new ArrayList<>(unclassifiedLines.size());
    for (int line : unclassifiedLines) {
      unclassifiedAt.add(Location.atLine(line));
    }
    return TextImport.builder().source(Optional.ofNullable(source)).kind(DocumentKind.OFFICIAL_TEXT)
        .plan(plan.build()).recognized(parts).unclassified(unclassifiedAt).diagnostics(warnings).build();
  }
}
