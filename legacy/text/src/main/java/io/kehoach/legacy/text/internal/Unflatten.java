package io.kehoach.legacy.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 0, unflatten: a head table that a page or a PDF flattened leaves several cells on one line:
 * {@code "Sở Nội vụ Số: 118/KH-SNV"}, {@code "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -
 * Hạnh phúc Đà Nẵng, ngày 09 tháng 3 năm 2023"}. Before the first title line, splits such lines
 * into the issuer, the number, the motto and the place and date, each a line of its own (with the
 * same source location), so that {@link Head} reads them as it reads an unflattened head. Runs
 * first: it changes the lines, and no stage has claimed any yet.
 */
final class Unflatten implements Stage {
  private static final Pattern NUMBER = Pattern.compile("(?u)(?<=\\S)\\s+(?=Số\\s*[:.]?\\s*\\d)");
  /** The number and its symbol: "Số: 118/KH-SNV", "Số: 49 / KH – UBND". */
  private static final Pattern SYMBOL = Pattern.compile(
      "(?u)^Số\\s*[:.]?\\s*\\d{1,6}[\\p{L}\\d]*(?:\\s*[/\\-–]\\s*[\\p{Lu}\\p{N}Đđ.]+)+");
  private static final Pattern MOTTO_END = Pattern.compile("doc lap\\s*[-–—,]?\\s*tu do\\s*[-–—,]?\\s*hanh phuc[\\s.!-]*");
  private static final String NATION = "cong hoa xa hoi chu nghia viet nam";
  /** The place before ", ngày": one to five capitalised words, "TP. Hồ Chí Minh". */
  private static final Pattern PLACE = Pattern.compile(
      "(?u)(?:TP\\.\\s*)?[\\p{Lu}][\\p{Ll}]*(?:[ -][\\p{Lu}][\\p{Ll}]*){0,4}\\s*,\\s*ngày");

  @Override
  public void apply(Work w) {
    List<Line> out = new ArrayList<>(w.size() + 16);
    boolean head = true;
    int seen = 0;
    for (Line l : w.lines) {
      if (head && !l.isBlank()) {
        seen++;
        if (Texts.isTitle(l, "ke hoach") || Texts.isTitle(l, "quyet dinh") || seen > 80) {
          head = false;
        }
      }
      if (!head || l.text.length() < 12 && "•·▪◦".indexOf(l.text.isEmpty() ? ' ' : l.text.charAt(0)) < 0) {
        out.add(l);
        continue;
      }
      List<String> pieces = new ArrayList<>();
      split(l.text, pieces);
      if (pieces.size() == 1 && pieces.get(0).equals(l.text)) {
        out.add(l);
      } else {
        for (String p : pieces) {
          out.add(new Line(l.number, l.at, p, l.table, l.row, l.bold));
        }
      }
    }
    w.lines.clear();
    w.lines.addAll(out);
  }

  /** Adds the cells flattened into {@code text} to {@code out}. */
  static void split(String text, List<String> out) {
    String t = text.strip();
    while (!t.isEmpty() && "•·▪◦".indexOf(t.charAt(0)) >= 0) {
      // A web copy's list bullets before head lines: "• BỘ TƯ PHÁP".
      t = t.substring(1).strip();
    }
    String f = io.kehoach.legacy.internal.Fold.fold(t);
    int nation = f.indexOf(NATION);
    if (nation > 0) {
      split(t.substring(0, nation), out);
      split(t.substring(nation), out);
      return;
    }
    if (nation == 0 && t.length() > NATION.length() + 2) {
      out.add(t.substring(0, NATION.length()));
      split(t.substring(NATION.length()), out);
      return;
    }
    Matcher motto = MOTTO_END.matcher(f);
    if (motto.find() && (motto.start() > 0 || motto.end() < t.length())) {
      if (motto.start() > 0) {
        split(t.substring(0, motto.start()), out);
      }
      out.add(t.substring(motto.start(), motto.end()).strip());
      if (motto.end() < t.length()) {
        split(t.substring(motto.end()), out);
      }
      return;
    }
    // NUMBER needs "Số" after the first character: a search that is cheaper than the pattern's.
    Matcher n = t.indexOf("Số", 1) > 0 ? NUMBER.matcher(t) : null;
    if (n != null && n.find() && !f.substring(0, n.start()).contains("ngay")) {
      split(t.substring(0, n.start()), out);
      split(t.substring(n.end()), out);
      return;
    }
    Matcher s = SYMBOL.matcher(t);
    if (s.lookingAt() && s.end() < t.length()) {
      String rest = t.substring(s.end()).strip();
      if (PLACE.matcher(rest).lookingAt() || io.kehoach.legacy.internal.Fold.fold(rest).startsWith("ngay")) {
        out.add(t.substring(0, s.end()).strip());
        split(rest, out);
        return;
      }
    }
    if (!t.isBlank()) {
      out.add(t.strip());
    }
  }
}
