package io.kehoach.legacy.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.document.Paragraph;
import io.kehoach.legacy.document.Table;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void read_linesBecomeParagraphs_blankLinesEmptyParagraphs() {
    Document d = PlainText.read("KẾ HOẠCH\r\n\r\n  Tuyên truyền\u00A0 cải cách  ", "a.txt");
    assertThat(d.getSource()).contains("a.txt");
    assertThat(d.getBlocks()).hasSize(3);
    Paragraph p = (Paragraph) d.getBlocks().get(2);
    assertThat(p.getText()).isEqualTo("Tuyên truyền cải cách");
    assertThat(p.getFrom().getLine()).hasValue(3);
    assertThat(((Paragraph) d.getBlocks().get(1)).isEmpty()).isTrue();
  }

  @Test
  void read_pipeRows_becomeOneTable_andAloneBarIsABoundary() {
    Document d = PlainText.read("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND | Huế, ngày 1 tháng 2 năm 2024\n|\nKẾ HOẠCH", null);
    assertThat(d.getBlocks()).hasSize(3);
    Table t = (Table) d.getBlocks().get(0);
    assertThat(t.getRows()).hasSize(2);
    assertThat(t.columnCount()).isEqualTo(2);
    assertThat(t.getRows().get(1).getCells().get(1).text()).isEqualTo("Huế, ngày 1 tháng 2 năm 2024");
    assertThat(t.getTo().getLine()).hasValue(2);
    assertThat(((Paragraph) d.getBlocks().get(1)).isEmpty()).isTrue();
  }

  @Test
  void read_tabRows_becomeTables_butAMarkerBeforeATabDoesNot() {
    Document d = PlainText.read("Số: 12/KH-UBND\tHuế, ngày 1 tháng 2 năm 2024\n1.\tMục đích", null);
    assertThat(d.getBlocks().get(0)).isInstanceOf(Table.class);
    assertThat(((Paragraph) d.getBlocks().get(1)).getText()).isEqualTo("1. Mục đích");
  }

  @Test
  void read_aTimeStampWithABar_staysOneParagraph() {
    Document d = PlainText.read("(08:15 | 02/06/2022)", null);
    assertThat(d.getBlocks().get(0)).isInstanceOf(Paragraph.class);
  }

  @Test
  void read_emptyCellsInsideARow_keepTheirColumns() {
    Table t = (Table) PlainText.read("| 1 | Tuyên truyền |  | Quý II |", null).getBlocks().get(0);
    assertThat(t.getRows().get(0).getCells()).hasSize(4);
    assertThat(t.getRows().get(0).getCells().get(2).getParagraphs()).isEmpty();
  }

  @Test
  void read_decomposedText_isComposed() {
    String nfd = java.text.Normalizer.normalize("Kế hoạch", java.text.Normalizer.Form.NFD);
    assertThat(((Paragraph) PlainText.read(nfd, null).getBlocks().get(0)).getText()).isEqualTo("Kế hoạch");
  }
}
