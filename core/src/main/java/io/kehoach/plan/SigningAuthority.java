package io.kehoach.plan;

import io.kehoach.LocalizedText;
import java.util.Locale;
import java.util.Optional;

/**
 * The marker of the authority under which a document is signed (thẩm quyền ký), such as
 * {@link #KT} ({@code "KT."}, signing for the head as a deputy).
 *
 * <p>The marker precedes the collective or the position on whose behalf the signer signs:
 * {@code TM. ỦY BAN NHÂN DÂN}, {@code KT. CHỦ TỊCH}.
 *
 * @since 0.1
 */
public enum SigningAuthority implements Vocabulary {
  /** {@code TM.} (thay mặt): on behalf of a collective body. */
  TM("tm", "TM.", "Thay mặt", "On behalf of (collective)"),
  /** {@code KT.} (ký thay): signing for the head, as a deputy. */
  KT("kt", "KT.", "Ký thay", "Signing for the head (deputy)"),
  /** {@code Q.} (quyền): acting head. */
  Q("q", "Q.", "Quyền", "Acting"),
  /** {@code TL.} (thừa lệnh): by order of the head. */
  TL("tl", "TL.", "Thừa lệnh", "By order"),
  /** {@code TUQ.} (thừa ủy quyền): by delegation. */
  TUQ("tuq", "TUQ.", "Thừa ủy quyền", "By delegation");

  private final String code;
  private final String marker;
  private final LocalizedText label;

  SigningAuthority(String code, String marker, String vi, String en) {
    this.code = code;
    this.marker = marker;
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public String getCode() {
    return code;
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  /** The marker as written in a signature block, such as {@code "KT."}. */
  public String getMarker() {
    return marker;
  }

  /**
   * The authority whose marker is {@code text}, ignoring case and a missing final dot
   * ({@code "KT."}, {@code "KT"}, {@code "kt."} all give {@link #KT}).
   *
   * @param text the marker, not null
   */
  public static Optional<SigningAuthority> fromMarker(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    for (SigningAuthority a : values()) {
      if (a.name().equals(t)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
