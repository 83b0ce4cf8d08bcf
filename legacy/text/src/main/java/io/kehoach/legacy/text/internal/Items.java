package io.kehoach.legacy.text.internal;

import io.kehoach.plan.ContentItem;
import io.kehoach.plan.MediaChannel;
import io.kehoach.plan.Objective;
import io.kehoach.plan.PlanSection;
import io.kehoach.plan.Requirement;
import io.kehoach.plan.UnclassifiedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the items of one section of the body (called by {@link Body}): objectives,
 * requirements, content items (with their audiences and sectors) and channels (with their kinds
 * and outlets), one per top-level item; sub-items ({@code +} under {@code -}) belong to their item.
 * Implementation, budget and reporting items go to {@link Implementation}, {@link BudgetClauses}
 * and {@link Reporting}; what no recogniser takes is kept as unclassified text of its section.
 */
final class Items {
  private Items() {}

  static void recognise(Work w, Section sec, List<Item> all) {
    if (all.isEmpty()) {
      return;
    }
    Draft d = w.draft;
    List<Item> items = sec == Section.IMPLEMENTATION ? all : topLevel(all);
    switch (sec) {
      case PURPOSES:
        for (Item it : items) {
          d.objectives.add(Objective.of("muc-dich-" + (d.objectives.size() + 1), it.statement()));
          w.part("/objectives/" + (d.objectives.size() - 1), it.from, it.to);
        }
        break;
      case REQUIREMENTS:
        for (Item it : items) {
          d.requirements.add(Requirement.of("yeu-cau-" + (d.requirements.size() + 1), it.statement()));
          w.part("/requirements/" + (d.requirements.size() - 1), it.from, it.to);
        }
        break;
      case CONTENT:
        for (Item it : items) {
          String theme = it.statement();
          d.contents.add(ContentItem.builder().id("noi-dung-" + (d.contents.size() + 1)).theme(theme)
              .audiences(Classifier.audiences(theme)).focusSectors(Classifier.sectors(theme)).build());
          w.part("/contentItems/" + (d.contents.size() - 1), it.from, it.to);
        }
        break;
      case CHANNELS:
        for (Item it : items) {
          String text = it.statement();
          d.channels.add(MediaChannel.builder().id("hinh-thuc-" + (d.channels.size() + 1)).description(text)
              .kinds(Classifier.channelKinds(text)).outlets(Classifier.outlets(text)).build());
          w.part("/channels/" + (d.channels.size() - 1), it.from, it.to);
        }
        break;
      case IMPLEMENTATION:
        Implementation.recognise(w, items);
        break;
      case AUDIENCE:
        items.forEach(it -> keep(w, PlanSection.PURPOSES, it));
        break;
      case BUDGET:
        for (Item it : items) {
          // "5. Kinh phí và chế độ báo cáo" holds both: a reporting clause in it is a rule.
          String f = it.folded();
          if (f.contains("bao cao") && !f.contains("kinh phi")
              && Reporting.recognise(w, it.statement(), it.foldedStatement(), null, it)) {
            continue;
          }
          BudgetClauses.recognise(w, it);
        }
        break;
      case REPORTING:
        for (Item it : items) {
          if (!Reporting.recognise(w, it.statement(), it.foldedStatement(), null, it)) {
            keep(w, PlanSection.REPORTING, it);
          }
        }
        break;
      default:
        items.forEach(it -> keep(w, PlanSection.LEGAL_BASIS, it));
        break;
    }
  }

  /** The top-level items, each with its sub-items ("+" lines under a "-" item) joined into it. */
  private static List<Item> topLevel(List<Item> all) {
    int top = 9;
    for (Item it : all) {
      top = Math.min(top, it.level);
    }
    List<Item> items = new ArrayList<>();
    for (Item it : all) {
      if (it.level > top && it.level < 9 && !items.isEmpty()) {
        Item parent = items.get(items.size() - 1);
        parent.trimEnd();
        parent.append(parent.endsWith(':') ? " " : "; ", it);
        parent.to = it.to;
      } else {
        items.add(it);
      }
    }
    return items;
  }

  /** Keeps an item as unclassified text of {@code section}. */
  static void keep(Work w, PlanSection section, Item it) {
    w.draft.unclassified.add(UnclassifiedText.of(section, it.text()));
    for (int i = it.from; i <= it.to; i++) {
      if (!w.line(i).isBlank()) {
        w.draft.unclassifiedLines.add(i);
      }
    }
  }
}
