package io.kehoach.legacy.internal;

import io.kehoach.plan.ResponsibleBody;
import io.kehoach.plan.internal.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies named in cells, declared by the text importer's own {@link Bodies#body(String)}, so that
 * a CSV annex and the text of the same plan give the same ids: the id is the name folded to ASCII
 * with "Ủy ban nhân dân" as "UBND" ({@code so-tu-phap}, {@code ubnd-tinh}); a leading head title
 * ("Thủ trưởng các sở, ban, ngành") is kept apart; the kind and whether it is a group are guessed
 * from the name. This class adds what cells need: splitting a cell into names, bullets, "none"
 * markers ("-", "Không") and the loose comparison of two spellings.
 */
public final class BodyNames {
  private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:giao|đề nghị|yêu cầu)\\s+");
  private static final Pattern UBND = Pattern.compile("(?iu)ủy ban nhân dân|uỷ ban nhân dân");
  private static final Pattern BULLET = Pattern.compile("^(?:[-+•*–—·]|\\d{1,2}[.)]|[a-zđ]\\))\\s+");
  private static final Pattern BODY_START = Pattern.compile("^(?:Sở|Báo|Đài|UBND|Ủy ban|Uỷ ban|Văn phòng|Ban|Hội|Mặt trận"
      + "|Công an|Bộ|Cục|Chi cục|Tổng cục|Trung tâm|Phòng|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn|Liên đoàn|Liên minh|Các|các"
      + "|Viện|Kho bạc|Thanh tra|Bưu điện|Cơ quan|Đơn vị|Hội đồng|Tòa án|Toà án|Chủ tịch|Giám đốc|Thủ trưởng"
      + "|Người đứng đầu|Trường|Bảo hiểm|Ngân hàng|Cổng|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Cảnh sát"
      + "|Bộ chỉ huy|Chi nhánh|Cổng thông tin|Hợp tác xã|Doanh nghiệp|Các cơ quan)(?![\\p{L}\\p{N}]).*$");
  private static final Set<String> NONE = Set.of("-", "–", "—", "x", "khong", "khong co", "none", "n/a", "/", "...");
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private BodyNames() {}

  /**
   * The body named by {@code text} as one body (a lead cell, all its lines joined with "; "), or
   * empty when nothing is left after cleaning.
   */
  public static Optional<ResponsibleBody> parse(String text) {
    String name = clean(joinLines(text));
    if (name.isEmpty() || isNone(name) || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.empty();
    }
    return Optional.of(Bodies.body(name));
  }

  /** The lines of a cell, bullets removed, joined with "; ". */
  static String joinLines(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\r\n|\r|\n")) {
      String l = stripBullet(line.strip());
      if (!l.isEmpty()) {
        b.append(b.length() == 0 ? "" : "; ").append(l);
      }
    }
    return b.toString();
  }

  /**
   * The bodies a coordination cell names. Lines, semicolons and bullets separate bodies; when the
   * cell has none of those, a comma separates bodies only before a word that starts a body's name
   * ("Sở Tư pháp, Sở Nội vụ" is two bodies; "UBND các huyện, thị xã" and "Sở Văn hóa, Thể thao và
   * Du lịch" are one). "-", "Không" and the like name no body.
   */
  public static List<String> split(String cell) {
    List<String> pieces = new ArrayList<>();
    String[] lines = cell.split("\r\n|\r|\n");
    boolean listed = cell.indexOf(';') >= 0;
    int nonEmpty = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      nonEmpty++;
      if (BULLET.matcher(l).lookingAt()) {
        listed = true;
      }
      for (String part : l.split(";")) {
        String p = clean(stripBullet(part.strip()));
        if (!p.isEmpty() && !isNone(p)) {
          pieces.add(p);
        }
      }
    }
    if (nonEmpty > 1) {
      listed = true;
    }
    if (listed || pieces.size() != 1) {
      return pieces;
    }
    List<String> out = new ArrayList<>();
    for (String part : pieces.get(0).split(",")) {
      String p = part.strip();
      if (out.isEmpty() || BODY_START.matcher(p).matches()) {
        out.add(p);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p);
      }
    }
    out.replaceAll(BodyNames::clean);
    out.removeIf(String::isEmpty);
    return out;
  }

  /** Whether a cell says "none" ("-", "Không"). */
  public static boolean isNone(String text) {
    return NONE.contains(Fold.fold(text.strip()));
  }

  /** How the writer names {@code body} in a cell: its head title first, when it has one. */
  public static String written(ResponsibleBody body) {
    String name = body.getName();
    if (body.getHeadTitle().isEmpty()) {
      return name;
    }
    boolean lowerable = name.length() > 1 && Character.isLowerCase(name.charAt(1));
    String rest = lowerable ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    return body.getHeadTitle().get() + " " + rest;
  }

  /**
   * The form in which two names of a body are compared: case, spacing, trailing punctuation, "Ủy
   * ban nhân dân" for "UBND" and the placement of the tone mark ("Hoà" and "Hòa") do not matter;
   * every other mark does ("Sở Tư pháp" and "Sở Tư Pháp" are one body, "Sở Tu phap" is not).
   */
  public static String looseKey(String name) {
    String s = UBND.matcher(clean(Text.collapseSpaces(Text.nfc(name)))).replaceAll("UBND").toLowerCase(Locale.ROOT);
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    StringBuilder tones = new StringBuilder();
    for (int i = 0; i <= d.length(); i++) {
      char c = i < d.length() ? d.charAt(i) : ' ';
      if (TONES.indexOf(c) >= 0) {
        tones.append(c);
      } else if (c == ' ' || !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(tones);
        tones.setLength(0);
        if (i < d.length()) {
          out.append(c);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Removes a request word ("Giao", "Đề nghị"), a leading bullet, and trailing punctuation. */
  static String clean(String text) {
    String s = Text.collapseSpaces(text);
    s = stripBullet(PREFIX.matcher(s).replaceFirst(""));
    return s.replaceAll("[\\s:;,.]+$", "").strip();
  }

  private static String stripBullet(String s) {
    Matcher m = BULLET.matcher(s);
    return m.lookingAt() ? s.substring(m.end()).strip() : s;
  }
}
