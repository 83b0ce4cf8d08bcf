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

  /** The name of an archive entry written {@code Lưu} or {@code Lưu:} without its units. */
  static final String BARE_ARCHIVE = "Lưu";

  /**
   * A line of the recipient list as a recipient: {@code Lưu: VT, NC} (or {@code Lưu VT}) is the
   * archive with units {@code "VT, NC"}. A bare {@code Lưu} or {@code Lưu:} naming no units is kept
   * as the archive entry named {@value #BARE_ARCHIVE} (see {@link #isBareArchive(String)}); only a
   * blank line gives no recipient.
   */
  static Optional<Recipient> parse(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (isArchive(t)) {
      String units = units(t);
      return Optional.of(Recipient.archive(units.isEmpty() ? BARE_ARCHIVE : units));
    }
    Optional<RecipientPurpose> p = purposeIn(t);
    return Optional.of(p.isPresent() ? Recipient.of(t, p.get()) : Recipient.of(t));
  }

  /** Whether {@code line} is an archive entry that names no units: {@code Lưu}, {@code Lưu:}. */
  static boolean isBareArchive(String line) {
    String t = line.strip();
    return isArchive(t) && units(t).isEmpty();
  }

  /** "Lưu: VT, NC", "Lưu VT", "Lưu" — but not a body such as "Lưu trữ lịch sử tỉnh". */
  private static boolean isArchive(String t) {
    String f = fold(t);
    return f.startsWith("luu") && (t.length() == 3 || !Character.isLetter(t.charAt(3))) && !f.startsWith("luu tru");
  }

  private static String units(String archive) {
    return archive.substring(3).replaceFirst("^\\s*:?\\s*", "").strip();
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
