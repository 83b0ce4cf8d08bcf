package io.kehoach.plan;

import io.kehoach.LocalizedText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of an administrative or legal document (tên loại văn bản), such as {@link #PLAN}
 * (Kế hoạch, abbreviated {@code KH}).
 *
 * <p>Abbreviations follow Appendix III of Decree 30/2020/NĐ-CP; case matters ({@code QyĐ},
 * {@code CTr}, {@code TTr} are mixed case). An official letter (công văn) has no abbreviation.
 * A few types of legal normative documents (nghị định, thông tư) are included because plans cite
 * them as their legal basis.
 *
 * @since 0.1
 */
public enum DocumentType implements Vocabulary {
  /** Nghị quyết (cá biệt): resolution, {@code NQ}. */
  RESOLUTION("resolution", "NQ", "Nghị quyết", "Resolution"),
  /** Quyết định (cá biệt): decision, {@code QĐ}. */
  DECISION("decision", "QĐ", "Quyết định", "Decision"),
  /** Chỉ thị: directive, {@code CT}. */
  DIRECTIVE("directive", "CT", "Chỉ thị", "Directive"),
  /** Quy chế: statute, {@code QC}. */
  STATUTE("statute", "QC", "Quy chế", "Statute"),
  /** Quy định: regulation, {@code QyĐ}. */
  REGULATION("regulation", "QyĐ", "Quy định", "Regulation"),
  /** Thông cáo: communiqué, {@code TC}. */
  COMMUNIQUE("communique", "TC", "Thông cáo", "Communiqué"),
  /** Thông báo: notice, {@code TB}. */
  NOTICE("notice", "TB", "Thông báo", "Notice"),
  /** Hướng dẫn: guidance, {@code HD}. */
  GUIDANCE("guidance", "HD", "Hướng dẫn", "Guidance"),
  /** Chương trình: programme, {@code CTr}. */
  PROGRAMME("programme", "CTr", "Chương trình", "Programme"),
  /** Kế hoạch: plan, {@code KH}. */
  PLAN("plan", "KH", "Kế hoạch", "Plan"),
  /** Phương án: option plan, {@code PA}. */
  OPTION("option", "PA", "Phương án", "Option plan"),
  /** Đề án: scheme, {@code ĐA}. */
  SCHEME("scheme", "ĐA", "Đề án", "Scheme"),
  /** Dự án: project, {@code DA}. */
  PROJECT("project", "DA", "Dự án", "Project"),
  /** Báo cáo: report, {@code BC}. */
  REPORT("report", "BC", "Báo cáo", "Report"),
  /** Biên bản: minutes, {@code BB}. */
  MINUTES("minutes", "BB", "Biên bản", "Minutes"),
  /** Tờ trình: submission, {@code TTr}. */
  SUBMISSION("submission", "TTr", "Tờ trình", "Submission"),
  /** Hợp đồng: contract, {@code HĐ}. */
  CONTRACT("contract", "HĐ", "Hợp đồng", "Contract"),
  /** Công điện: official telegram, {@code CĐ}. */
  TELEGRAM("telegram", "CĐ", "Công điện", "Official telegram"),
  /** Bản ghi nhớ: memorandum of understanding, {@code BGN}. */
  MEMORANDUM("memorandum", "BGN", "Bản ghi nhớ", "Memorandum of understanding"),
  /** Bản thỏa thuận: agreement, {@code BTT}. */
  AGREEMENT("agreement", "BTT", "Bản thỏa thuận", "Agreement"),
  /** Giấy ủy quyền: power of attorney, {@code GUQ}. */
  POWER_OF_ATTORNEY("power_of_attorney", "GUQ", "Giấy ủy quyền", "Power of attorney"),
  /** Giấy mời: invitation, {@code GM}. */
  INVITATION("invitation", "GM", "Giấy mời", "Invitation"),
  /** Giấy giới thiệu: letter of introduction, {@code GGT}. */
  LETTER_OF_INTRODUCTION("letter_of_introduction", "GGT", "Giấy giới thiệu", "Letter of introduction"),
  /** Giấy nghỉ phép: leave permit, {@code GNP}. */
  LEAVE_PERMIT("leave_permit", "GNP", "Giấy nghỉ phép", "Leave permit"),
  /** Phiếu gửi: dispatch slip, {@code PG}. */
  DISPATCH_SLIP("dispatch_slip", "PG", "Phiếu gửi", "Dispatch slip"),
  /** Phiếu chuyển: transfer slip, {@code PC}. */
  TRANSFER_SLIP("transfer_slip", "PC", "Phiếu chuyển", "Transfer slip"),
  /** Phiếu báo: notification slip, {@code PB}. */
  NOTIFICATION_SLIP("notification_slip", "PB", "Phiếu báo", "Notification slip"),
  /** Công văn: official letter, which has no type abbreviation. */
  OFFICIAL_LETTER("official_letter", null, "Công văn", "Official letter"),
  /** Luật: law (legal normative), which has no type abbreviation. */
  LAW("law", null, "Luật", "Law"),
  /** Nghị định: decree (legal normative), {@code NĐ}. */
  DECREE("decree", "NĐ", "Nghị định", "Decree"),
  /** Thông tư: circular (legal normative), {@code TT}. */
  CIRCULAR("circular", "TT", "Thông tư", "Circular"),
  /** Thông tư liên tịch: joint circular (legal normative), {@code TTLT}. */
  JOINT_CIRCULAR("joint_circular", "TTLT", "Thông tư liên tịch", "Joint circular");

  private static final Map<String, DocumentType> BY_ABBREVIATION = new HashMap<>();
  private static final Map<String, DocumentType> BY_FOLDED_ABBREVIATION = new HashMap<>();

  static {
    for (DocumentType t : values()) {
      if (t.abbreviation != null) {
        BY_ABBREVIATION.put(t.abbreviation, t);
        // NQ and QĐ stand for both the individual and the normative document: the first wins.
        BY_FOLDED_ABBREVIATION.putIfAbsent(t.abbreviation.toUpperCase(Locale.ROOT), t);
      }
    }
  }

  private final String code;
  private final String abbreviation;
  private final LocalizedText label;

  DocumentType(String code, String abbreviation, String vi, String en) {
    this.code = code;
    this.abbreviation = abbreviation;
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

  /** The abbreviation used in document symbols, such as {@code "KH"}; empty for a công văn or law. */
  public Optional<String> getAbbreviation() {
    return Optional.ofNullable(abbreviation);
  }

  /** Whether this is a legal normative document type (law, decree, circular). */
  public boolean isNormative() {
    return this == LAW || this == DECREE || this == CIRCULAR || this == JOINT_CIRCULAR;
  }

  /**
   * The type with exactly this abbreviation ({@code "KH"} gives {@link #PLAN}); case matters, so
   * {@code "Kh"} gives empty.
   *
   * @param abbreviation the abbreviation, not null
   */
  public static Optional<DocumentType> fromAbbreviation(String abbreviation) {
    return Optional.ofNullable(BY_ABBREVIATION.get(abbreviation));
  }

  /**
   * The type whose abbreviation matches ignoring case ({@code "Kh"} and {@code "kh"} give
   * {@link #PLAN}), for recognising misspelt symbols in messy input.
   *
   * @param abbreviation the abbreviation, not null
   */
  public static Optional<DocumentType> fromAbbreviationIgnoringCase(String abbreviation) {
    return Optional.ofNullable(BY_FOLDED_ABBREVIATION.get(abbreviation.toUpperCase(Locale.ROOT)));
  }
}
