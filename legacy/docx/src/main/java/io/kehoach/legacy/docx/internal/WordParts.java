package io.kehoach.legacy.docx.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** Parts of a written Word file below POI's user model: the document's default font, a table's grid, a rule's height. */
final class WordParts {
  private WordParts() {}

  /** The document's defaults: Times New Roman 14 pt, Vietnamese, for what no run sets (empty paragraphs). */
  static void defaults(XWPFDocument doc) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    CTFonts fonts = rPr.addNewRFonts();
    fonts.setAscii(Decree30.FONT);
    fonts.setHAnsi(Decree30.FONT);
    fonts.setCs(Decree30.FONT);
    fonts.setEastAsia(Decree30.FONT);
    rPr.addNewSz().setVal(BigInteger.valueOf(Decree30.BODY_HALF_POINTS));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(Decree30.BODY_HALF_POINTS));
    rPr.addNewLang().setVal("vi-VN");
    doc.createStyles().setStyles(styles);
  }

  /** Column widths in the table's grid as well (other word processors than Word read only those). */
  static void grid(XWPFTable t, int... twips) {
    CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
  }

  /** An empty paragraph drawn as a rule: its mark 2 pt high, so that the rule sits just under the line above. */
  static void thin(XWPFParagraph p) {
    CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTParaRPr rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
    rPr.addNewSz().setVal(BigInteger.valueOf(4));
  }
}
