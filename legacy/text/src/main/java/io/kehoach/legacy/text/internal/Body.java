package io.kehoach.legacy.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 8, body: from {@link Segments#bodyStart} to the closing, groups the lines into sections by
 * their headings ({@link Section}) and each section's lines into items by their markers, whatever
 * the marker ({@code -}, {@code +}, {@code •}, {@code a)}, {@code (1)}, {@code 1.1.}, none); a line
 * that does not start an item continues the one before when the text says so (the item has not
 * ended its sentence, or the line begins in lower case: a hard wrap). Each section's items go to
 * its recogniser ({@link Items}). The body ends where the closing begins: {@code "Trên đây là …"},
 * {@code "Nơi nhận:"}, a signing marker ({@code "TM. ỦY BAN NHÂN DÂN"}), a position above a name,
 * or an annex title; that line is written as {@link Segments#closing}.
 */
final class Body implements Stage {

  @Override
  public void apply(Work w) {
    Segments s = w.segments;
    int from = Math.max(0, s.bodyStart);
    int to = s.bodyEnd < 0 ? w.size() : s.bodyEnd;
    Section sec = Section.NONE;
    List<Item> items = new ArrayList<>();
    Item current = null;
    boolean wasBlank = true;
    int closing = -1;
    for (int i = from; i < to; i++) {
      Line l = w.line(i);
      if (w.isClaimed(i) || l.isBlank()) {
        wasBlank = wasBlank || l.isBlank() || !w.chrome.get(i);
        continue;
      }
      if (Texts.isRule(l.text)) {
        // "_______________" under the title or between sections: layout, not text.
        w.claim(i);
        wasBlank = true;
        continue;
      }
      if (closes(w, i, to)) {
        closing = i;
        break;
      }
      Section h = Section.of(l);
      if (h != null) {
        Items.recognise(w, sec, items);
        items = new ArrayList<>();
        sec = h;
        current = null;
        w.claim(i);
        // A heading naming two sections ("MỤC ĐÍCH, YÊU CẦU", "KINH PHÍ VÀ CHẾ ĐỘ BÁO CÁO"): the first
        // holds what follows until a subheading names the second. Text after "Heading: " is an item.
        wasBlank = true;
        int hm = Texts.marker(l.text);
        int restAt = hm != 0 && Texts.markerKind(hm) != Texts.BULLET && Texts.markerKind(hm) != Texts.PLUS
            ? Texts.markerEnd(hm) : 0;
        int colon = l.text.indexOf(": ", restAt) - restAt;
        if (colon > 0 && colon < 60 && l.text.length() - restAt > colon + 2) {
          current = new Item(9, i, l, restAt + colon + 2);
          items.add(current);
          wasBlank = false;
        }
        continue;
      }
      int m = Texts.marker(l.text);
      boolean marked = m != 0 && Texts.markerEnd(m) < l.text.length();
      boolean continues = current != null && !marked && !wasBlank && !current.endsSentence();
      boolean lowerStart = current != null && !marked && Character.isLowerCase(l.text.charAt(0));
      if (continues || lowerStart) {
        current.append(" ", l);
        current.to = i;
      } else {
        int level = marked ? Texts.markerLevel(m) : 9;
        current = new Item(level, i, l, marked ? Texts.markerEnd(m) : 0);
        items.add(current);
      }
      w.claim(i);
      wasBlank = false;
    }
    Items.recognise(w, sec, items);
    s.closing = closing < 0 ? to : closing;
  }

  /** Whether line {@code i} begins the closing. */
  private static boolean closes(Work w, int i, int to) {
    Line l = w.line(i);
    String f = l.folded;
    return f.startsWith("tren day la") || f.startsWith("noi nhan") || f.startsWith("phu luc") && Texts.isUpper(l.text)
        || Closing.marker(l.text).isPresent() || signaturePosition(w, i, to);
  }

  /** An upper-case position line followed (blank lines apart) by a person's name: a signature with no marker. */
  private static boolean signaturePosition(Work w, int i, int to) {
    Line l = w.line(i);
    if (!Texts.isUpper(l.text) || l.text.length() > 40 || Texts.marker(l.text) != 0) {
      return false;
    }
    int n = w.next(i, to);
    return n >= 0 && Texts.isPersonName(w.line(n).text);
  }

}
