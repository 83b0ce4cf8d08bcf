package io.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void detect_byExtension_thenByContent() {
    byte[] any = "x".getBytes(StandardCharsets.UTF_8);
    assertThat(InputFormat.detect("a.json", any)).contains(InputFormat.json);
    assertThat(InputFormat.detect("a.YML", any)).contains(InputFormat.yaml);
    assertThat(InputFormat.detect("a.txt", any)).contains(InputFormat.text);
    assertThat(InputFormat.detect("<stdin>", "\uFEFF  {\"a\":1}".getBytes(StandardCharsets.UTF_8))).contains(InputFormat.json);
    assertThat(InputFormat.detect("<stdin>", "formatVersion: '1.0'\n".getBytes(StandardCharsets.UTF_8)))
        .contains(InputFormat.yaml);
    assertThat(InputFormat.detect("<stdin>", "Số: 36/KH-UBND".getBytes(StandardCharsets.UTF_8))).contains(InputFormat.text);
    assertThat(InputFormat.detect("<stdin>", new byte[0])).isEmpty();
  }

  private static byte[] ole2(String stream) {
    byte[] b = new byte[1024];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, b, 0, magic.length);
    byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, b, 512, name.length);
    return b;
  }

  private static byte[] zip(String part) {
    byte[] name = part.getBytes(StandardCharsets.US_ASCII);
    byte[] b = new byte[30 + name.length];
    b[0] = 'P';
    b[1] = 'K';
    b[2] = 3;
    b[3] = 4;
    System.arraycopy(name, 0, b, 30, name.length);
    return b;
  }

  @Test
  void officeFilesAndPdf_areToldByTheirBytes_beforeTheirExtension() {
    assertThat(InputFormat.detect("plan.txt", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(InputFormat.pdf);
    assertThat(InputFormat.detect("plan.doc", zip("word/document.xml"))).contains(InputFormat.docx);
    assertThat(InputFormat.detect("<stdin>", zip("xl/workbook.xml"))).contains(InputFormat.xlsx);
    assertThat(InputFormat.detect("<stdin>", ole2("WordDocument"))).contains(InputFormat.doc);
    assertThat(InputFormat.detect("bang.doc", ole2("Workbook"))).contains(InputFormat.xls);
    // The bytes leave it open: the extension decides, and a Word file is the default.
    assertThat(InputFormat.detect("bang.xlsx", zip("[Content_Types].xml"))).contains(InputFormat.xlsx);
    assertThat(InputFormat.detect("<stdin>", zip("[Content_Types].xml"))).contains(InputFormat.docx);
    assertThat(InputFormat.detect("a.xls", ole2("Nothing"))).contains(InputFormat.xls);
    assertThat(InputFormat.byExtension("KE-HOACH.DOCX")).contains(InputFormat.docx);
    assertThat(InputFormat.byExtension("phu-luc.xls")).contains(InputFormat.xls);
  }

  @Test
  void annexFormats_areTheTables() {
    assertThat(InputFormat.csv.isAnnex()).isTrue();
    assertThat(InputFormat.xlsx.isAnnex()).isTrue();
    assertThat(InputFormat.xls.isAnnex()).isTrue();
    assertThat(InputFormat.docx.isAnnex()).isFalse();
    assertThat(InputFormat.pdf.isAnnex()).isFalse();
  }
}
