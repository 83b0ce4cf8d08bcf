package io.kehoach.legacy.text.internal;

import io.kehoach.MalformedInputException;
import io.kehoach.plan.ApprovalStep;
import io.kehoach.plan.BudgetLine;
import io.kehoach.plan.BudgetStage;
import io.kehoach.plan.Money;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a budget clause (called by {@link Items}): its text, the sources it names
 * ({@code "ngân sách tỉnh"}, {@code "từ nguồn ngân sách được giao trong dự toán"}), its amounts
 * ({@code "150 triệu đồng"}: the total when the clause says {@code tổng}, else a budget line each),
 * and who estimates, appraises, decides and allocates ({@code "Giao Sở Nội vụ lập dự toán, gửi Sở
 * Tài chính thẩm định, trình UBND tỉnh phê duyệt"}). A clause with no amount is kept as text.
 */
final class BudgetClauses {
  private static final Pattern MONEY = Pattern.compile(
      "(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(triệu|tỷ|tỉ|nghìn|ngàn)?\\s*(đồng|đ(?![\\p{L}\\p{N}])|VNĐ|VND)",
      Pattern.UNICODE_CASE);
  private static final Pattern TAIL = Pattern.compile("[\\s:,;.-]+$");

  private BudgetClauses() {}

  static void recognise(Work w, Item it) {
    Draft d = w.draft;
    d.hasBudget = true;
    String t = it.statement();
    String f = it.foldedStatement();
    d.budgetText.add(t);
    w.part("/budget", it.from, it.to);
    if (f.contains("giao ") && f.indexOf("giao ") < f.indexOf("lap du")) {
      chain(d, t, f, "giao ", new String[] {" can cu", " chu tri", " phoi hop", " lap du", ","}, "lap du", BudgetStage.ESTIMATE);
    } else if (f.contains("lap du")) {
      estimateWithoutGiao(d, t, f);
    }
    between(d, t, f, "gui ", new String[] {" tham dinh"}, BudgetStage.APPRAISE);
    between(d, t, f, "trinh ", new String[] {" xem xet", " quyet dinh", " phe duyet"}, BudgetStage.DECIDE);
    chain(d, t, f, "giao ", new String[] {" huong dan", " bo tri", " can doi", ","}, "bo tri", BudgetStage.ALLOCATE);
    d.budget.addAllSources(Classifier.sources(t));
    Matcher m = MONEY.matcher(t);
    boolean total = f.startsWith("tong") || f.contains("tong kinh phi") || f.contains("tong du toan") || f.contains("tong so");
    while (m.find()) {
      Money amount;
      try {
        amount = Money.parse(m.group());
      } catch (MalformedInputException e) {
        w.warn("budget.amount", "Không đọc được số tiền " + m.group(), "Cannot read the amount " + m.group(), it.from);
        continue;
      }
      if (total) {
        d.budget.total(amount);
        total = false;
      } else {
        String what = TAIL.matcher(t.substring(0, m.start()) + t.substring(m.end())).replaceAll("").strip();
        d.budget.addLine(BudgetLine.of("kinh-phi-" + (++d.budgetLines), what.isEmpty() ? t : what, amount));
      }
    }
  }

  private static void chain(Draft d, String t, String f, String lead, String[] stops, String needs, BudgetStage stage) {
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
      d.budget.addApprovalChain(ApprovalStep.of(stage, d.bodies.declare(t.substring(start, end))));
    }
  }

  /** "Hằng năm, Sở Nội vụ chủ trì … lập dự toán …": the body that opens the clause before "lập dự". */
  private static void estimateWithoutGiao(Draft d, String t, String f) {
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
    if (!who.isEmpty() && who.length() < 80 && Texts.BODY_START.matcher(who).lookingAt()) {
      d.budget.addApprovalChain(ApprovalStep.of(BudgetStage.ESTIMATE, d.bodies.declare(who)));
    }
  }

  private static void between(Draft d, String t, String f, String from, String[] to, BudgetStage stage) {
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
      d.budget.addApprovalChain(ApprovalStep.of(stage, d.bodies.declare(who)));
    }
  }
}
