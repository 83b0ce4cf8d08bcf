package io.kehoach.legacy.internal;

import io.kehoach.plan.BodyKind;
import io.kehoach.plan.ResponsibleBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a text names, declared once each: "Sở Tư pháp" is {@code so-tu-phap}; "Ủy ban nhân
 * dân tỉnh" and "UBND tỉnh" are the same body; "Thủ trưởng các sở, ban, ngành" is the group
 * "các sở, ban, ngành" addressed to its heads.
 *
 * <p>{@link #body(String)} is the one place where a body's name becomes its id, kind and head
 * title; the CSV annex reader ({@code io.kehoach.legacy.internal.BodyNames}) uses it too, so
 * that a CSV annex and the text of the same plan name their bodies alike. The instances (one per
 * import) are not thread-safe; the static methods are.
 */
public final class Bodies {
  private static final Pattern HEAD = Pattern.compile("(?iu)^(Thủ trưởng|Chủ tịch|Giám đốc|Trưởng ban|Trưởng|Người đứng đầu)\\s+(.+)$");
  private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:giao|đề nghị|yêu cầu)\\s+");
  private static final Pattern UBND = Pattern.compile("(?iu)ủy ban nhân dân|uỷ ban nhân dân");

  private final Map<String, ResponsibleBody> byId = new LinkedHashMap<>();
  /** Ids by the text they were declared from: a plan names the same body hundreds of times. */
  private final Map<String, String> byText = new java.util.HashMap<>();

  /** The id of the body named {@code text}, declaring it when new. */
  public String declare(String text) {
    String known = byText.get(text);
    if (known != null) {
      return known;
    }
    ResponsibleBody body = body(clean(text));
    byId.putIfAbsent(body.getId(), body);
    byText.put(text, body.getId());
    return body.getId();
  }

  /**
   * The body a cleaned name stands for: a leading head title ("Thủ trưởng", "Giám đốc" ...) is
   * kept apart as the head title; the id is the rest folded to ASCII with "Ủy ban nhân dân" as
   * "UBND" ({@code so-tu-phap}, {@code ubnd-tinh}); the kind and whether it is a group are guessed
   * from the name.
   *
   * @param cleanedName the name without request words or trailing punctuation; not empty
   */
  public static ResponsibleBody body(String cleanedName) {
    String name = cleanedName;
    String head = null;
    Matcher m = HEAD.matcher(name);
    if (m.matches()) {
      head = capitalise(m.group(1));
      name = m.group(2).strip();
    }
    String canonical = mentionsPeople(name) ? UBND.matcher(name).replaceAll("UBND") : name;
    String f = Fold.fold(canonical);
    boolean group = f.startsWith("cac ") || f.contains(" cac ") || f.contains(", ");
    ResponsibleBody.Builder b = ResponsibleBody.builder().id(Fold.slug(canonical)).name(capitalise(name)).kind(kind(f))
        .group(group);
    if (head != null) {
      b.headTitle(head);
    }
    return b.build();
  }

  public List<ResponsibleBody> all() {
    return new ArrayList<>(byId.values());
  }

  public static String clean(String text) {
    String s = text.strip();
    if (!s.isEmpty() && "gGđĐyY".indexOf(s.charAt(0)) >= 0) {
      s = PREFIX.matcher(s).replaceFirst("");
    }
    int end = s.length();
    while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ":;,.".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  /** Whether the name holds "nhân dân" in any case: the cheap test before the pattern. */
  private static boolean mentionsPeople(String name) {
    for (int i = name.length() - 8; i >= 0; i--) {
      if (name.regionMatches(true, i, "nhân dân", 0, 8)) {
        return true;
      }
    }
    return false;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  public static BodyKind kind(String folded) {
    if (folded.startsWith("van phong")) {
      return BodyKind.COMMITTEE_OFFICE;
    }
    if (folded.contains("so,") || folded.startsWith("so ") || folded.startsWith("cac so")) {
      return BodyKind.DEPARTMENT;
    }
    if (folded.startsWith("ubnd") || folded.contains("ubnd")) {
      if (folded.contains("xa") || folded.contains("phuong")) {
        return folded.contains("huyen") ? BodyKind.DISTRICT_COMMITTEE : BodyKind.COMMUNE_COMMITTEE;
      }
      if (folded.contains("huyen") || folded.contains("quan") || folded.contains("thi xa")) {
        return BodyKind.DISTRICT_COMMITTEE;
      }
      return BodyKind.PROVINCIAL_COMMITTEE;
    }
    if (folded.startsWith("bao ") || folded.startsWith("dai ") || folded.contains("bao chi")) {
      return BodyKind.PRESS;
    }
    if (folded.contains("mat tran") || folded.contains("doan the") || folded.contains("hoi ")) {
      return BodyKind.MASS_ORGANISATION;
    }
    if (folded.contains("ban, nganh") || folded.startsWith("ban ")) {
      return BodyKind.SECTOR_AGENCY;
    }
    return BodyKind.OTHER;
  }
}
