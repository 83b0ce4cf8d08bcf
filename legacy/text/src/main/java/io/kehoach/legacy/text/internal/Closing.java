package io.kehoach.legacy.text.internal;

import io.kehoach.MalformedInputException;
import io.kehoach.legacy.internal.Fold;
import io.kehoach.plan.Recipient;
import io.kehoach.plan.RecipientPurpose;
import io.kehoach.plan.Signature;
import io.kehoach.plan.SigningAuthority;
import io.kehoach.plan.SigningMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage 9, closing: from {@link Segments#closing} to the first annex: the closing sentence
 * ({@code "Trên đây là Kế hoạch …"}), the recipients ({@code "Nơi nhận:"}, one per line, the
 * archive entry {@code "Lưu: VT, NC."}) and the signature (signing markers {@code "TM. ỦY BAN NHÂN
 * DÂN"} / {@code "KT. CHỦ TỊCH"}, the position, the signer's name, blank lines or {@code "(Đã ký)"}
 * apart), whether the closing table was flattened row by row so that recipients and signature
 * interleave, or column by column. A text that stops before them is reported as truncated. Writes
 * {@link Draft} and {@link Segments#annex}.
 */
final class Closing implements Stage {
  private static final Pattern SIGNED = Pattern.compile("^\\(?(da ky|ky|ky ten|ky, ghi ro ho ten|ky ten va dong dau|ky so|da ky so)\\)?.*");
  /** Words of a position, so that "PHÓ CHỦ TỊCH" / "THƯỜNG TRỰC" is a position and "NGUYỄN VĂN AN" a name. */
  private static final Pattern POSITION = Pattern.compile(
      "chu tich|giam doc|truong|pho |thuong truc|uy vien|bi thu|chanh|tong cuc|thu ky|can bo|ky thay|tm\\.|kt\\.");
  /** The archive entry: "Lưu: VT, NC.", "Lưu VT, KSTT (02b)." — not a footer's "Lưu trữ". */
  private static final Pattern ARCHIVE = Pattern.compile("(?u)^[-+•]?\\s*Lưu\\s*(?::|VT\\b|\\p{Lu}{2,})");
  private static final SigningAuthority[] AUTHORITIES = SigningAuthority.values();
  private static final Pattern BULLET = Pattern.compile("^[-+•–—*]\\s*");
  private static final Pattern TRAILING = Pattern.compile("[;,.]+$");
  private static final Pattern ENDS = Pattern.compile("(?s).*[.;:)!?/]$");

  @Override
  public void apply(Work w) {
    Draft d = w.draft;
    int from = w.segments.closing < 0 ? w.size() : w.segments.closing;
    Item closing = null;
    boolean inRecipients = false;
    List<SigningMarker> markers = new ArrayList<>();
    String position = null;
    String name = null;
    int sigFrom = -1;
    int sigTo = -1;
    int annex = -1;
    for (int i = from; i < w.size(); i++) {
      Line l = w.line(i);
      if (!w.isFree(i)) {
        continue;
      }
      String f = l.folded;
      if (f.startsWith("phu luc") && Texts.isUpper(l.text) && (name != null || inRecipients || position != null)) {
        annex = i;
        break;
      }
      if (f.startsWith("tren day la") || closing != null && !inRecipients && name == null && position == null
          && !Texts.isUpper(l.text) && !f.startsWith("noi nhan") && !l.text.startsWith("-") && marker(l.text).isEmpty()) {
        if (closing == null) {
          closing = new Item(0, i, l, 0);
        } else {
          closing.append(" ", l);
          closing.to = i;
        }
        w.claim(i);
        continue;
      }
      if (f.startsWith("noi nhan")) {
        inRecipients = true;
        w.claim(i);
        String rest = l.text.substring(l.text.indexOf(':') + 1).strip();
        if (l.text.indexOf(':') > 0 && !rest.isEmpty()) {
          recipient(w, rest, i);
        }
        continue;
      }
      if (name == null && (BULLET.matcher(l.text).lookingAt() || ARCHIVE.matcher(l.text).lookingAt() || f.equals("luu"))
          || name != null && inRecipients && (l.text.startsWith("-") || ARCHIVE.matcher(l.text).lookingAt())) {
        recipient(w, l.text, i);
        w.claim(i);
        continue;
      }
      Optional<SigningMarker> marker = marker(l.text);
      if (marker.isPresent()) {
        markers.add(marker.get());
        sigFrom = sigFrom < 0 ? i : sigFrom;
        sigTo = i;
        w.claim(i);
        continue;
      }
      if (SIGNED.matcher(f).matches() && l.text.length() < 40) {
        w.claim(i);
        continue;
      }
      boolean upperName = position != null && Texts.isUpper(l.text) && Texts.isPersonName(l.text) && !POSITION.matcher(f).find();
      if (Texts.isUpper(l.text) && l.text.length() < 60 && name == null && !upperName) {
        position = position == null ? l.text : position + " " + l.text;
        sigFrom = sigFrom < 0 ? i : sigFrom;
        sigTo = i;
        w.claim(i);
        continue;
      }
      if (position != null && name == null && Texts.isPersonName(l.text)) {
        name = l.text;
        sigTo = i;
        w.claim(i);
        continue;
      }
      if (inRecipients && name == null && position == null && !Texts.isUpper(l.text)) {
        recipient(w, l.text, i);
        w.claim(i);
      }
    }
    if (closing != null) {
      d.closingText = closing.text();
      w.part("/closingText", closing.from, closing.to);
    }
    boolean signed = position != null && name != null;
    if (signed) {
      d.signature = Signature.builder().markers(markers).position(position).name(name).build();
      w.part("/signature", sigFrom, sigTo);
    } else if (d.decisionSignature != null) {
      d.signature = d.decisionSignature;
      signed = true;
    } else {
      w.warn("signature.missing", "Không thấy chữ ký (chức vụ và họ tên người ký)",
          "No signature block (position and name) was found", -1);
    }
    truncated(w, signed);
    w.segments.annex = annex;
  }

  /** A text that stops mid-sentence, or before both recipients and signature, was cut off. */
  private static void truncated(Work w, boolean signed) {
    int last = -1;
    for (int i = w.size() - 1; i >= 0; i--) {
      if (!w.line(i).isBlank() && !w.chrome.get(i)) {
        last = i;
        break;
      }
    }
    String lastText = last < 0 ? "" : w.line(last).text;
    boolean cutOff = !lastText.isEmpty() && !ENDS.matcher(lastText).matches() && !Texts.isPersonName(lastText)
        && !Texts.isUpper(lastText) && !w.line(last).inTable();
    if (!signed && (cutOff || w.draft.recipients.isEmpty())) {
      w.warn("truncated", "Văn bản dừng giữa chừng: không có nơi nhận và chữ ký",
          "The text stops before its recipients and signature", last);
    }
  }

  /** The signing marker a line opens with: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC". */
  static Optional<SigningMarker> marker(String text) {
    if (text.isEmpty() || "TKQtkq".indexOf(text.charAt(0)) < 0) {
      // Every authority (TM, KT, TL, TUQ, Q) begins with one of these.
      return Optional.empty();
    }
    String t = text.strip();
    // Only the first word matters (the longest authority is 3 letters and a separator).
    String f = (t.length() > 8 ? t.substring(0, 8) : t).toUpperCase(Locale.ROOT);
    for (SigningAuthority a : AUTHORITIES) {
      String n = a.name();
      if (f.startsWith(n) && f.length() > n.length()
          && (f.charAt(n.length()) == '.' || f.charAt(n.length()) == ' ' && a != SigningAuthority.Q)) {
        try {
          return Optional.of(SigningMarker.parse(t));
        } catch (MalformedInputException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static void recipient(Work w, String text, int i) {
    String t = BULLET.matcher(text.strip()).replaceFirst("");
    t = TRAILING.matcher(t).replaceAll("").strip();
    if (t.isEmpty()) {
      return;
    }
    String f = Fold.fold(t);
    Recipient r;
    if (f.startsWith("luu")) {
      String units = t.substring(3).replaceFirst("^\\s*:?\\s*", "").strip();
      // A bare "Lưu" names no unit: kept as the archive entry "Lưu" (as the edXML reader does), not a blank name.
      r = Recipient.archive(units.isEmpty() ? "Lưu" : units);
    } else {
      RecipientPurpose p = f.contains("(de thuc hien)") || f.contains("(thuc hien)") || f.contains("(t/h)")
          ? RecipientPurpose.TO_ACT : f.contains("(b/c)") || f.contains("(de bao cao)") ? RecipientPurpose.TO_REPORT
          : f.contains("(de biet)") || f.contains("(b/t)") ? RecipientPurpose.TO_KNOW : null;
      r = p == null ? Recipient.of(t) : Recipient.of(t, p);
    }
    w.draft.recipients.add(r);
    w.part("/recipients/" + (w.draft.recipients.size() - 1), i, i);
  }
}
