package io.kehoach.legacy.docx.internal;

/**
 * The page and type of an administrative document as Decree 30/2020/NĐ-CP, Appendix I, sets them,
 * in Word's units (twentieths of a point, "twips"; half-points for font sizes). Sources are given per
 * value; {@code docs/office-formats.md} lists them. REFERENCE.md does not carry these figures: they are
 * read from the Decree's Appendix I and marked there as unverified here.
 */
public final class Decree30 {
  private Decree30() {}

  /** One millimetre in twips (1 in = 25.4 mm = 1440 twips). */
  static final double MM = 1440 / 25.4;

  /** A4, 210 × 297 mm (Appendix I, part I). */
  public static final int PAGE_WIDTH = 11906;
  /** A4 height. */
  public static final int PAGE_HEIGHT = 16838;
  /** Top margin 20 mm, within the 20–25 mm the Decree allows (Appendix I, part I). */
  public static final int MARGIN_TOP = (int) Math.ceil(20 * MM);
  /** Bottom margin 20 mm, within 20–25 mm. */
  public static final int MARGIN_BOTTOM = (int) Math.ceil(20 * MM);
  /** Left margin 30 mm, within 30–35 mm. */
  public static final int MARGIN_LEFT = (int) Math.ceil(30 * MM);
  /** Right margin 15 mm, within 15–20 mm. */
  public static final int MARGIN_RIGHT = (int) Math.ceil(15 * MM);
  /** The font: Times New Roman, the Unicode font of TCVN 6909:2001 (Appendix I, part I). */
  public static final String FONT = "Times New Roman";
  /** Body text 14 pt, within 13–14 pt (Appendix I, part II). */
  public static final int BODY_HALF_POINTS = 28;
  /**
   * The national name 12 pt upper case bold, within the 12–13 pt of Appendix I: at 13 pt bold it is wider
   * than the head's right column (99 mm less the cell margins) and wraps. The motto is 14 pt bold.
   */
  public static final int NATIONAL_HALF_POINTS = 24;
  /** The issuing body 13 pt upper case, bold (Appendix I, part II). */
  public static final int ISSUER_HALF_POINTS = 26;
  /** Number and symbol ("Số: 12/KH-UBND") 13 pt upright (Appendix I, part I, III). */
  public static final int NUMBER_HALF_POINTS = 26;
  /** Place and date 14 pt italic, within 13–14 pt (Appendix I, part I, III). */
  public static final int DATE_HALF_POINTS = 28;
  /** The type name (KẾ HOẠCH) 14 pt upper case bold, centred (Appendix I, part II). */
  public static final int TITLE_HALF_POINTS = 28;
  /** "Nơi nhận:" 12 pt bold italic, its entries 11 pt (Appendix I, part II). */
  public static final int RECIPIENTS_HEADING_HALF_POINTS = 24;
  /** Recipient entries, 11 pt. */
  public static final int RECIPIENTS_HALF_POINTS = 22;
  /** Signature block 14 pt bold upper case; the signer's name 14 pt bold (Appendix I, part II). */
  public static final int SIGNATURE_HALF_POINTS = 28;
  /** First-line indent of body paragraphs, 1.27 cm, within 1–1.27 cm (Appendix I, part II). */
  public static final int FIRST_LINE_INDENT = (int) Math.round(12.7 * MM);
  /** Space after a body paragraph, 6 pt (at least 6 pt, Appendix I, part II). */
  public static final int SPACE_AFTER = 120;
  /** The head's left column 40 % of the text width, the right 60 %, as the layout of Appendix I shows. */
  public static final int HEAD_LEFT_PERCENT = 40;
  /** The width of the text between the margins: 210 − 30 − 15 = 165 mm. */
  public static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** The number column ("STT") of an annex table, 12 mm; the other columns share the rest. */
  public static final int NUMBER_COLUMN = (int) Math.round(12 * MM);
  /** Page numbers 13–14 pt in Arabic figures at the top centre, from page 2 (Appendix I, part I). */
  public static final int PAGE_NUMBER_HALF_POINTS = 28;
}
