package io.kehoach.legacy.edxml.internal;

import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Recipients as lines of text: the archive entry, and the purpose a name states in brackets. */
final class Recipients {
  /** How the archive entry is written. [unverified] */
  static final String ARCHIVE_PREFIX = "Lưu: ";

  private Recipients() {}

  /**
   * The purpose a recipient's name states, as the official text writes it: {@code (để thực hiện)},
   * {@code (t/h)}, {@code (b/c)}, {@code (để báo cáo)}, {@code (để biết)}, {@code (b/t)}.
   */
  static Optional<RecipientPurpose> purposeIn(String name) {
    String f = fold(name);
    if (f.contains("(de thuc hien)") || f.contains("(thuc hien)") || f.contains("(t/h)")) {
      return Optional.of(RecipientPurpose.TO_ACT);
    }
    if (f.contains("(b/c)") || f.contains("(de bao cao)")) {
      return Optional.of(RecipientPurpose.TO_REPORT);
    }
    if (f.contains("(de biet)") || f.contains("(b/t)")) {
      return Optional.of(RecipientPurpose.TO_KNOW);
    }
    return Optional.empty();
  }

  /** A line of the recipient list as a recipient: {@code Lưu: VT, NC} (or {@code Lưu VT}) is the archive. */
  static Optional<Recipient> parse(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String f = fold(t);
    // "Lưu: VT, NC", "Lưu VT" — but not a body such as "Lưu trữ lịch sử tỉnh".
    if (f.startsWith("luu") && (t.length() == 3 || !Character.isLetter(t.charAt(3))) && !f.startsWith("luu tru")) {
      String units = t.substring(3).replaceFirst("^\\s*:?\\s*", "").strip();
      return units.isEmpty() ? Optional.empty() : Optional.of(Recipient.archive(units));
    }
    Optional<RecipientPurpose> p = purposeIn(t);
    return Optional.of(p.isPresent() ? Recipient.of(t, p.get()) : Recipient.of(t));
  }

  /** Lower case without diacritics, {@code đ} as {@code d}. */
  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(c == 'đ' || c == 'Đ' ? 'd' : c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
