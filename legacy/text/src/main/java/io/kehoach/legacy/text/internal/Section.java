package io.kehoach.legacy.text.internal;

import org.jspecify.annotations.Nullable;

/**
 * The sections of a plan's body, and which one a heading line opens: {@code "I. MỤC ĐÍCH, YÊU
 * CẦU"}, {@code "2. Yêu cầu"}, {@code "NỘI DUNG TUYÊN TRUYỀN"}, {@code "Kinh phí thực hiện:"};
 * numbered with Roman or Arabic numbers or not at all, in any case.
 */
enum Section {
  NONE, PURPOSES, REQUIREMENTS, AUDIENCE, CONTENT, CHANNELS, IMPLEMENTATION, BUDGET, REPORTING;

  /** The section {@code l} opens, or null when it is not a heading. */
  static @Nullable Section of(Line l) {
    if (l.isBlank()) {
      return null;
    }
    int start = 0;
    boolean numbered = false;
    int m = Texts.marker(l.text);
    if (m != 0 && (Texts.markerKind(m) == Texts.BULLET || Texts.markerKind(m) == Texts.PLUS)) {
      // "- Mục đích của kế hoạch": an item, never a heading.
      return null;
    }
    if (m != 0) {
      start = Texts.markerEnd(m);
      numbered = true;
    }
    int end = l.text.length();
    int colon = l.text.indexOf(": ", start);
    if (colon > start && colon - start < 60) {
      end = colon;
    }
    int length = end - start;
    if (length > 100 || length == 0 || l.text.charAt(end - 1) == ';') {
      return null;
    }
    if (!numbered && length > 60 && !Texts.isUpper(l.text.substring(start, end))) {
      return null;
    }
    while (end > start && (l.folded.charAt(end - 1) == ':' || l.folded.charAt(end - 1) == '.')) {
      end--;
    }
    String f = l.folded.substring(start, end).strip();
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
