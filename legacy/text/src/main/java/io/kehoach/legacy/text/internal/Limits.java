package io.kehoach.legacy.text.internal;

import io.kehoach.Location;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Block;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import io.kehoach.legacy.document.TableCell;
import io.kehoach.legacy.document.TableRow;
import io.kehoach.legacy.internal.BoundedInput;
import org.jspecify.annotations.Nullable;

/** The input limits of a document given to the importer: how many paragraphs, how long each. */
public final class Limits {
  private Limits() {}

  /** Throws {@link InputLimitException} at the first paragraph past a limit. */
  public static void check(Document document, InputLimits limits, @Nullable String source) {
    long count = 0;
    long chars = 0;
    for (Block b : document.getBlocks()) {
      if (b instanceof Paragraph) {
        count = paragraph((Paragraph) b, count, limits, source);
        chars += ((Paragraph) b).getText().length();
      } else if (b instanceof Table) {
        for (TableRow r : ((Table) b).getRows()) {
          for (TableCell c : r.getCells()) {
            for (Paragraph p : c.getParagraphs()) {
              count = paragraph(p, count, limits, source);
              chars += p.getText().length();
            }
          }
        }
      }
      if (chars > limits.getMaxBytes()) {
        throw BoundedInput.tooLarge(limits, source);
      }
    }
  }

  private static long paragraph(Paragraph p, long count, InputLimits limits, @Nullable String source) {
    if (count + 1 > limits.getMaxLines()) {
      throw InputLimitException.over("maxLines", limits.getMaxLines(), "Văn bản", "The document", "đoạn", "paragraphs",
          at(p.getFrom(), source));
    }
    if (p.getText().length() > limits.getMaxLineLength()) {
      throw InputLimitException.over("maxLineLength", limits.getMaxLineLength(), "Đoạn văn", "The paragraph", "ký tự",
          "characters", at(p.getFrom(), source));
    }
    return count + 1;
  }

  private static Location at(Location l, @Nullable String source) {
    return BoundedInput.at(l, source);
  }
}
