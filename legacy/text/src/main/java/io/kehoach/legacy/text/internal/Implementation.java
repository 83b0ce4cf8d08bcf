package io.kehoach.legacy.text.internal;

import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Assignment;
import io.kehoach.plan.AssignmentRole;
import io.kehoach.plan.Task;
import io.kehoach.plan.TaskParticipant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the implementation section (called by {@link Items}): each top-level item is an
 * assignment to the body it names first ({@code "Sở Tư pháp chủ trì …"}, {@code "Thủ trưởng các cơ
 * quan, đơn vị: …"}, {@code "UBND các xã, phường"}), its text after the body and the sub-items under
 * it are its tasks; bodies named after {@code phối hợp với} coordinate; a task that monitors
 * ({@code theo dõi}, {@code đôn đốc}) makes its body a monitor; a reporting clause in a task
 * becomes a reporting rule of that body ({@link Reporting}).
 */
final class Implementation {
  private static final String[] VERBS = {" co trach nhiem", " chu tri", " phoi hop", " phoi ket hop", " tiep tuc",
    " to chuc", " xay dung", " thuc hien", " theo doi", " huong dan", " bao dam", " dam bao", " chi dao",
    " can cu", " chu dong", " trien khai", " tang cuong", " day manh", " cap nhat", " bo tri", " tham muu", " gui bao cao",
    " bao cao", ":"};
  private static final String[] WITH = {"phoi ket hop voi ", "phoi hop voi ", "phoi ket hop ", "phoi hop "};
  private static final String[] WITH_STOPS = {" xay dung", " cap nhat", " to chuc", " thuc hien", " lap ", " de ", ";", ".",
    " trien khai", " tuyen truyen", " huong dan", " kiem tra"};
  private static final Pattern AND_BODY = Pattern.compile(
      ",|\\s+và\\s+(?=(?:Sở|Báo|Đài|UBND|Ủy ban|Uỷ ban|Văn phòng|các|Các|Ban|Hội|Mặt trận)(?![\\p{L}\\p{N}]))");

  private Implementation() {}

  static void recognise(Work w, List<Item> items) {
    Draft d = w.draft;
    int top = 9;
    for (Item it : items) {
      top = Math.min(top, it.level);
    }
    Assignment.Builder current = null;
    String body = null;
    int from = 0;
    List<Task> tasks = new ArrayList<>();
    for (Item it : items) {
      if (it.level == top || current == null) {
        if (current != null) {
          add(w, current, tasks, from, it.from - 1);
        }
        tasks = new ArrayList<>();
        from = it.from;
        String[] split = splitBody(it.text(), it.folded());
        body = d.bodies.declare(split[0]);
        current = Assignment.builder().id("thuc-hien-" + (d.assignments.size() + 1)).bodyId(body);
        if (!split[1].isEmpty()) {
          tasks.add(task(w, split[1], split[2], body, d.assignments.size() + 1, tasks.size() + 1, it));
        }
      } else {
        tasks.add(task(w, it.text(), it.folded(), body, d.assignments.size() + 1, tasks.size() + 1, it));
      }
    }
    if (current != null) {
      add(w, current, tasks, from, items.get(items.size() - 1).to);
    }
  }

  private static void add(Work w, Assignment.Builder a, List<Task> tasks, int from, int to) {
    w.draft.assignments.add(a.tasks(tasks).build());
    w.part("/assignments/" + (w.draft.assignments.size() - 1), from, Math.max(from, to));
  }

  /** Splits "Sở Tư pháp có trách nhiệm theo dõi ..." into the body and the task. */
  static String[] splitBody(String text) {
    String[] split = splitBody(text, Fold.fold(text));
    return new String[] {split[0], split[1]};
  }

  /** As {@link #splitBody(String)}, given the folded text; the task's folded text third. */
  private static String[] splitBody(String text, String folded) {
    int a = Texts.stripStart(text, 0, text.length());
    int end = Texts.stripEnd(text, a, text.length());
    if (end > a && text.charAt(end - 1) == ':' && text.indexOf(';', a) < 0) {
      // "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh:": a body whose tasks follow as sub-items.
      int colons = end;
      while (colons > a && text.charAt(colons - 1) == ':') {
        colons--;
      }
      return new String[] {text.substring(a, Texts.stripEnd(text, a, colons)), "", ""};
    }
    end = Texts.statementEnd(text, a);
    String t = text.substring(a, end);
    String f = folded.substring(a, end);
    int at = firstVerb(f);
    if (at < 0) {
      return new String[] {t, "", ""};
    }
    String body = t.substring(0, at).strip();
    int from = Texts.stripStart(t, at, t.length());
    if (from < t.length() && t.charAt(from) == ':') {
      from = Texts.stripStart(t, from + 1, t.length());
    }
    if (f.startsWith("co trach nhiem ", from)) {
      from += "co trach nhiem ".length();
    }
    String rest = t.substring(from);
    String restFolded = f.substring(from);
    String task = Texts.capitalise(rest);
    if (!task.isEmpty() && task.charAt(0) != rest.charAt(0)) {
      restFolded = Fold.fold(task.charAt(0)) + restFolded.substring(1);
    }
    return new String[] {body, task, restFolded};
  }

  /** Where the first verb (or colon) after the body's name begins, in one pass; -1 if none. */
  private static int firstVerb(String f) {
    for (int k = 1; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c == ':') {
        return k;
      }
      if (c == ' ' && k + 1 < f.length() && "cptxhbd".indexOf(f.charAt(k + 1)) >= 0) {
        for (String v : VERBS) {
          if (v.length() > 1 && f.startsWith(v, k)) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  /** The task of {@code text} ({@code folded} its folded form) assigned to {@code body}. */
  private static Task task(Work w, String text, String folded, String body, int a, int n, Item it) {
    int from = Texts.stripStart(text, 0, text.length());
    int to = Texts.statementEnd(text, from);
    String d = text.substring(from, to);
    Task.Builder t = Task.builder().id("nhiem-vu-" + a + "-" + n).description(d);
    String f = folded.substring(from, to);
    for (String key : WITH) {
      int k = f.indexOf(key);
      if (k < 0) {
        continue;
      }
      int start = k + key.length();
      int end = d.length();
      for (String stop : WITH_STOPS) {
        int s = f.indexOf(stop, start);
        if (s > start && s < end) {
          end = s;
        }
      }
      if (start >= end || !Texts.BODY_START.matcher(d).region(start, end).lookingAt()) {
        // "Phối hợp thực hiện phóng sự …": no body follows.
        break;
      }
      for (String piece : AND_BODY.split(d.substring(start, end))) {
        String p = piece.strip();
        if (p.length() > 2 && Texts.BODY_START.matcher(p).lookingAt()) {
          String id = w.draft.bodies.declare(p);
          if (!id.equals(body)) {
            t.addParticipant(TaskParticipant.coordinate(id));
          }
        }
      }
      break;
    }
    if (f.contains("theo doi") || f.contains("don doc")) {
      t.addParticipant(TaskParticipant.of(body, AssignmentRole.MONITOR));
    }
    Reporting.recognise(w, d, f, body, it);
    return t.build();
  }
}
