package io.kehoach.legacy.tables.internal;

import io.kehoach.legacy.tables.AnnexField;
import io.kehoach.legacy.internal.Fold;
import java.util.Map;
import java.util.Set;

/**
 * Recognises column headers loosely: case, tone and vowel marks, spacing, punctuation and a
 * trailing unit in parentheses ("Kinh phí (đồng)") do not matter. Headers longer than 80
 * characters are never headers (a title row is not mistaken for one).
 */
public final class Headers {
  private static final Map<String, AnnexField> EXACT = Map.ofEntries(
      Map.entry("stt", AnnexField.NUMBER), Map.entry("tt", AnnexField.NUMBER), Map.entry("so tt", AnnexField.NUMBER), Map.entry("t t", AnnexField.NUMBER), Map.entry("s t t", AnnexField.NUMBER),
      Map.entry("so thu tu", AnnexField.NUMBER), Map.entry("no", AnnexField.NUMBER), Map.entry("number", AnnexField.NUMBER),
      Map.entry("item", AnnexField.NUMBER), Map.entry("item no", AnnexField.NUMBER), Map.entry("#", AnnexField.NUMBER),
      Map.entry("so", AnnexField.NUMBER), Map.entry("nr", AnnexField.NUMBER),
      Map.entry("task", AnnexField.CONTENT), Map.entry("tasks", AnnexField.CONTENT),
      Map.entry("task description", AnnexField.CONTENT), Map.entry("description", AnnexField.CONTENT),
      Map.entry("activity", AnnexField.CONTENT), Map.entry("activities", AnnexField.CONTENT),
      Map.entry("content", AnnexField.CONTENT), Map.entry("cong viec", AnnexField.CONTENT),
      Map.entry("ten cong viec", AnnexField.CONTENT),
      Map.entry("lead", AnnexField.LEAD), Map.entry("lead agency", AnnexField.LEAD), Map.entry("lead body", AnnexField.LEAD),
      Map.entry("lead unit", AnnexField.LEAD), Map.entry("responsible", AnnexField.LEAD),
      Map.entry("responsible agency", AnnexField.LEAD), Map.entry("responsible body", AnnexField.LEAD),
      Map.entry("co quan thuc hien", AnnexField.LEAD), Map.entry("don vi thuc hien", AnnexField.LEAD),
      Map.entry("thuc hien", AnnexField.LEAD),
      Map.entry("support", AnnexField.COORDINATE), Map.entry("supporting agencies", AnnexField.COORDINATE),
      Map.entry("partners", AnnexField.COORDINATE),
      Map.entry("time", AnnexField.TIMING), Map.entry("timing", AnnexField.TIMING), Map.entry("timeline", AnnexField.TIMING),
      Map.entry("deadline", AnnexField.TIMING), Map.entry("schedule", AnnexField.TIMING), Map.entry("due", AnnexField.TIMING),
      Map.entry("due date", AnnexField.TIMING), Map.entry("period", AnnexField.TIMING), Map.entry("when", AnnexField.TIMING),
      Map.entry("output", AnnexField.OUTPUT), Map.entry("outputs", AnnexField.OUTPUT),
      Map.entry("expected output", AnnexField.OUTPUT), Map.entry("expected outputs", AnnexField.OUTPUT),
      Map.entry("deliverable", AnnexField.OUTPUT), Map.entry("deliverables", AnnexField.OUTPUT),
      Map.entry("result", AnnexField.OUTPUT), Map.entry("results", AnnexField.OUTPUT), Map.entry("product", AnnexField.OUTPUT),
      Map.entry("products", AnnexField.OUTPUT),
      Map.entry("budget", AnnexField.COST), Map.entry("cost", AnnexField.COST), Map.entry("costs", AnnexField.COST),
      Map.entry("estimated cost", AnnexField.COST), Map.entry("funding", AnnexField.COST), Map.entry("du toan", AnnexField.COST));

  private static final Set<String> UNIT_WORDS = Set.of("dong", "vnd", "trieu dong", "nghin dong", "ngan dong",
      "ty dong", "trieu", "nghin", "ngan", "ty", "million vnd", "vnd million");

  private Headers() {}

  /** The field of the header {@code text}, or {@link AnnexField#OTHER}. */
  public static AnnexField field(String text) {
    String k = key(text);
    if (k.isEmpty() || text.length() > 80) {
      return AnnexField.OTHER;
    }
    AnnexField f = EXACT.get(k);
    if (f != null) {
      return f;
    }
    if (k.startsWith("thoi gian") || k.startsWith("thoi han") || k.startsWith("tien do") || k.startsWith("moc thoi gian")) {
      return AnnexField.TIMING;
    }
    if (k.contains("chu tri") || k.startsWith("lead ")) {
      return AnnexField.LEAD;
    }
    if (k.contains("phoi hop") || k.startsWith("coordinat") || k.startsWith("co ordinat")) {
      return AnnexField.COORDINATE;
    }
    if (k.startsWith("kinh phi") || k.startsWith("budget ") || k.startsWith("cost ")) {
      return AnnexField.COST;
    }
    if (k.startsWith("san pham") || k.startsWith("ket qua") || k.startsWith("output") || k.startsWith("deliverable")) {
      return AnnexField.OUTPUT;
    }
    if (k.contains("noi dung") || k.contains("nhiem vu") || k.startsWith("task ") || k.startsWith("hoat dong")) {
      return AnnexField.CONTENT;
    }
    if (k.startsWith("co quan thuc hien") || k.startsWith("don vi thuc hien") || k.startsWith("responsib")) {
      return AnnexField.LEAD;
    }
    return AnnexField.OTHER;
  }

  /**
   * The unit words a header gives bare numbers, for {@code Money.parse}: {@code " triệu"} for "Kinh
   * phí (triệu đồng)", {@code " nghìn"}, {@code " tỷ"}; empty when the header names no unit or đồng.
   */
  public static String unitWords(String text) {
    String f = Fold.fold(Cells.nfc(text));
    int open = f.lastIndexOf('(');
    int close = f.lastIndexOf(')');
    if (open < 0 || close < open) {
      return "";
    }
    String unit = f.substring(open + 1, close).replace("đ", "d").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    if (!UNIT_WORDS.contains(unit)) {
      return "";
    }
    if (unit.contains("trieu") || unit.contains("million")) {
      return " triệu";
    }
    if (unit.contains("nghin") || unit.contains("ngan")) {
      return " nghìn";
    }
    return unit.contains("ty") ? " tỷ" : "";
  }

  /** The header folded for matching: no marks, lower case, no parentheses, single spaces. */
  static String key(String text) {
    String f = Fold.fold(Cells.nfc(text.strip()));
    f = f.replaceAll("\\([^)]*\\)", " ");
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      b.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '#' ? c : ' ');
    }
    return b.toString().replaceAll("\\s+", " ").strip();
  }
}
