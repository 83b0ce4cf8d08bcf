package io.kehoach.legacy.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.docx.internal.Decree30;
import io.kehoach.legacy.testing.GeneratedPlans;
import io.kehoach.legacy.testing.Seeds;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.plan.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class PlanDocxWriterTest {
  private static final PlanTextImporter TEXT = PlanTextImporter.create();
  private static final PlanDocxImporter DOCX = PlanDocxImporter.create();
  private static final PlanDocxWriter WRITER = PlanDocxWriter.create();

  /** The plan as the official text carries it: what a Word file of it must give back. */
  private static Plan throughText(Plan p) {
    return TEXT.read(PlanTextRenderer.create().render(p)).planOrThrow();
  }

  private static Plan throughDocx(Plan p) {
    return DOCX.read(WRITER.write(p), "plan.docx").planOrThrow();
  }

  @Test
  void theSeedPlan_roundTripsThroughWord() {
    Plan seed = TEXT.read(Seeds.nfc("003"), "003.txt").planOrThrow();
    Plan back = throughDocx(seed);
    Plan expected = throughText(seed);
    assertThat(back).isEqualTo(expected);
    assertThat(back.getAssignments()).isNotEmpty();
    assertThat(back.getReportingRules()).isNotEmpty();
  }

  @Property(tries = 60)
  void generatedPlans_roundTripThroughWord(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
    Plan p = GeneratedPlans.generate(new Random(seed));
    Plan expected = throughText(p);
    Plan back = throughDocx(p);
    assertThat(back).isEqualTo(expected);
    assertThat(back.getNumber()).isEqualTo(p.getNumber());
    assertThat(back.getIssueDate()).isEqualTo(p.getIssueDate());
    assertThat(back.getSignature()).isEqualTo(p.getSignature());
    assertThat(back.getRecipients()).hasSameSizeAs(p.getRecipients());
  }

  @Test
  void thePage_fonts_andTheHead_areThoseOfDecree30() throws IOException {
    Plan seed = GeneratedPlans.generate(new Random(7));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(WRITER.write(seed)))) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11906)); // 210 mm
      assertThat(sect.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(16838)); // 297 mm
      CTPageMar mar = sect.getPgMar();
      assertThat(mm(mar.getTop())).isBetween(20.0, 25.0);
      assertThat(mm(mar.getBottom())).isBetween(20.0, 25.0);
      assertThat(mm(mar.getLeft())).isBetween(30.0, 35.0);
      assertThat(mm(mar.getRight())).isBetween(15.0, 20.0);
      assertThat(sect.isSetTitlePg()).as("first page without a page number").isTrue();

      List<IBodyElement> body = doc.getBodyElements();
      XWPFTable head = (XWPFTable) body.get(0);
      assertThat(head.getRow(0).getTableCells()).hasSize(2);
      assertThat(head.getTopBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE, XWPFTable.XWPFBorderType.NIL);
      assertThat(head.getInsideVBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE, XWPFTable.XWPFBorderType.NIL);
      String left = head.getRow(0).getCell(0).getText();
      String right = head.getRow(0).getCell(1).getText();
      assertThat(left).contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM").contains("Số: ");
      assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
          .contains("Quảng Nam, ngày");
      XWPFParagraph title = (XWPFParagraph) body.get(1);
      assertThat(title.getText()).isEqualTo("KẾ HOẠCH");
      assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(title.getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());

      for (IBodyElement e : body) {
        if (e instanceof XWPFParagraph) {
          for (XWPFRun r : ((XWPFParagraph) e).getRuns()) {
            assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(r.getFontSizeAsDouble()).isBetween(11.0, 14.0);
          }
        }
      }
      XWPFParagraph bodyParagraph = body.stream().filter(e -> e instanceof XWPFParagraph).map(e -> (XWPFParagraph) e)
          .filter(p -> p.getText().startsWith("I. ")).findFirst().orElseThrow();
      assertThat(bodyParagraph.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
      assertThat(bodyParagraph.getIndentationFirstLine()).isEqualTo(Decree30.FIRST_LINE_INDENT);
      assertThat(bodyParagraph.getRuns().get(0).isBold()).isTrue();

      XWPFHeader pages = doc.getHeaderFooterPolicy().getDefaultHeader();
      assertThat(pages.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(pages.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
      XWPFTable closing = (XWPFTable) body.stream().filter(e -> e instanceof XWPFTable).reduce((a, b) -> b).get();
      assertThat(closing.getRow(0).getCell(1).getText()).contains("Lê Văn Dũng");
    }
  }

  private static double mm(Object twips) {
    return Double.parseDouble(twips.toString()) * 25.4 / 1440;
  }
}
