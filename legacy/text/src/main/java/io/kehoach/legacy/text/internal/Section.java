package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The sections of a plan's body, and which one a heading line opens: {@code "I. MỤC ĐÍCH, YÊU
 * CẦU"}, {@code "2. Yêu cầu"}, {@code "NỘI DUNG TUYÊN TRUYỀN"}, {@code "Kinh phí thực hiện:"};
 * numbered with Roman or Arabic numbers or not at all, in any case.
 */
enum Section {
  NONE, PURPOSES, REQUIREMENTS, AUDIENCE, CONTENT, CHANNELS, IMPLEMENTATION, BUDGET, REPORTING;

  private static final Pattern TRAILING_COLONS = Pattern.compile("[:.]+$");

  /** The section {@code l} opens, or null when it is not a heading. */
  static @Nullable Section of(Line l) {
    if (l.isBlank()) {
      return null;
    }
    Matcher m = Texts.MARKER.matcher(l.text);
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
    if (rest.length() > 100 || rest.isEmpty() || rest.endsWith(";")) {
      return null;
    }
    if (!numbered && !Texts.isUpper(rest) && rest.length() > 60) {
      return null;
    }
    String f = TRAILING_COLONS.matcher(Fold.fold(rest)).replaceAll("").strip();
    if (f.isEmpty()) {
      return null;
    }
    if (f.startsWith("muc dich") || f.startsWith("muc tieu")) {
      return PURPOSES;
    }
    if (f.startsWith("yeu cau")) {
      return REQUIREMENTS;
    }
    if (f.startsWith("doi tuong")) {
      return AUDIENCE;
    }
    if (f.startsWith("noi dung")) {
      return CONTENT;
    }
    if (f.startsWith("hinh thuc") || f.startsWith("phuong thuc")) {
      return CHANNELS;
    }
    if (f.startsWith("to chuc thuc hien") || f.startsWith("trach nhiem thuc hien") || f.startsWith("phan cong")
        || f.startsWith("to chuc trien khai") || f.startsWith("trach nhiem cua cac") || f.startsWith("giai phap to chuc thuc hien")) {
      return IMPLEMENTATION;
    }
    if (f.startsWith("kinh phi")) {
      return BUDGET;
    }
    if (f.startsWith("che do") || f.startsWith("bao cao") || f.startsWith("thong tin bao cao")) {
      return REPORTING;
    }
    return null;
  }
}
