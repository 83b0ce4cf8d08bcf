package io.kehoach.legacy.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.docx.internal.Decree30;
import io.kehoach.legacy.testing.GeneratedPlans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/** What a word processor other than Word relies on in a written file: fonts by default, the page number's font, column widths. */
class DocxLayoutDetailsTest {
  private static XWPFDocument written() throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(PlanDocxWriter.create().write(GeneratedPlans.generate(new Random(11)))));
  }

  @Test
  void thePageNumber_isInTimesNewRoman14_insideItsField() throws IOException {
    try (XWPFDocument doc = written()) {
      XWPFHeader pages = doc.getHeaderFooterPolicy().getDefaultHeader();
      CTSimpleField field = pages.getParagraphs().get(0).getCTP().getFldSimpleArray(0);
      assertThat(field.getInstr()).isEqualTo("PAGE");
      CTRPr rPr = field.getRArray(0).getRPr();
      assertThat(rPr.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
      assertThat(rPr.getSzArray(0).getVal().toString()).isEqualTo("28"); // 14 pt, within 13–14
      assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).as("no number on page 1").isBlank();
    }
  }

  @Test
  void theDocumentDefaults_areTimesNewRoman14_inVietnamese() throws Exception {
    try (XWPFDocument doc = written()) {
      CTRPr rPr = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
      assertThat(rPr.getRFontsArray(0).getHAnsi()).isEqualTo("Times New Roman");
      assertThat(rPr.getSzArray(0).getVal().toString()).isEqualTo("28");
      assertThat(rPr.getLangArray(0).getVal()).isEqualTo("vi-VN");
    }
  }

  @Test
  void theHeadAndClosingTables_giveTheirColumnWidthsInTheGrid() throws IOException {
    try (XWPFDocument doc = written()) {
      XWPFTable head = doc.getTables().get(0);
      CTTblGrid grid = head.getCTTbl().getTblGrid();
      assertThat(grid.sizeOfGridColArray()).isEqualTo(2);
      long left = new BigInteger(grid.getGridColArray(0).getW().toString()).longValue();
      long right = new BigInteger(grid.getGridColArray(1).getW().toString()).longValue();
      assertThat(left + right).isEqualTo(Decree30.TEXT_WIDTH);
      assertThat(Math.round(left * 100.0 / (left + right))).isEqualTo((long) Decree30.HEAD_LEFT_PERCENT);
      XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
      assertThat(closing.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(2);
    }
  }
}
