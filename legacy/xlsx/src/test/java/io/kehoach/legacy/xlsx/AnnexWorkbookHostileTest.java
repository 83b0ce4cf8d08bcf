package io.kehoach.legacy.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kehoach.KehoachException;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and wrong input (written for the tests): only typed errors escape, limits name where they were hit. */
class AnnexWorkbookHostileTest {
  private static final AnnexWorkbookReader READER = AnnexWorkbookReader.create();

  @Test
  void notAWorkbook_text_andTheStringEntry() {
    byte[] csv = Workbooks.OFFICE_CSV.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> READER.read(csv, "a.xlsx")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("Not an Excel file");
    assertThatThrownBy(() -> READER.read(Workbooks.OFFICE_CSV, "a.xlsx")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> READER.read(new byte[0], "empty.xlsx")).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void truncatedZip_andGarbageOle2_areMalformed() {
    byte[] xlsx = Workbooks.office(false);
    assertThatThrownBy(() -> READER.read(Arrays.copyOf(xlsx, xlsx.length / 2), "cut.xlsx"))
        .isInstanceOf(MalformedInputException.class);
    byte[] xls = Workbooks.office(true);
    assertThatThrownBy(() -> READER.read(Arrays.copyOf(xls, xls.length / 3), "cut.xls"))
        .isInstanceOf(MalformedInputException.class);
    byte[] ole = new byte[4096];
    new Random(1).nextBytes(ole);
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
    assertThatThrownBy(() -> READER.read(ole, "junk.xls")).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void zipBomb_isRefusedBeforePoiOpensIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        zip.write(zeros);
      }
    }
    assertThatThrownBy(() -> READER.read(out.toByteArray(), "bomb.xlsx")).isInstanceOfSatisfying(InputLimitException.class,
        e -> assertThat(e.getLimit()).isIn("maxInflateRatio", "maxEmbeddedBytes"));
  }

  @Test
  void wordFiles_givenAsWorkbooks_areSaidToBeWordFiles() throws IOException {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("KẾ HOẠCH");
      d.write(docx);
    }
    assertThatThrownBy(() -> READER.read(docx.toByteArray(), "ke-hoach.xlsx")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("Word file (.docx)");
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(doc);
    }
    assertThatThrownBy(() -> READER.read(doc.toByteArray(), "ke-hoach.xls")).isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("Word file (.doc)");
  }

  @ParameterizedTest(name = "xls = {0}")
  @ValueSource(booleans = {false, true})
  void tooManyRows_columns_longCells_nameSheetRowAndColumn(boolean xls) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("STT", "Nội dung công việc", "Cơ quan chủ trì"));
    for (int i = 1; i <= 60; i++) {
      rows.add(List.of(Integer.toString(i), "Việc " + i, "Sở Tư pháp"));
    }
    byte[] bytes = Workbooks.sheets(xls, List.of("Dài"), List.of(rows));
    AnnexWorkbookReader fifty = AnnexWorkbookReader.builder().limits(InputLimits.builder().maxRows(50).build()).build();
    assertThatThrownBy(() -> fifty.read(bytes, "dai.xlsx")).isInstanceOfSatisfying(InputLimitException.class, e -> {
      assertThat(e.getLimit()).isEqualTo("maxRows");
      assertThat(e.getLocation().orElseThrow().getSheet()).contains("Dài");
      assertThat(e.getLocation().orElseThrow().getRow()).hasValue(51);
    });
    AnnexWorkbookReader two = AnnexWorkbookReader.builder().limits(InputLimits.builder().maxColumns(2).build()).build();
    assertThatThrownBy(() -> two.read(bytes, "rong.xlsx")).isInstanceOfSatisfying(InputLimitException.class, e -> {
      assertThat(e.getLimit()).isEqualTo("maxColumns");
      assertThat(e.getLocation().orElseThrow().getRow()).hasValue(1);
      assertThat(e.getLocation().orElseThrow().getColumn()).hasValue(3);
    });
    AnnexWorkbookReader shortCells = AnnexWorkbookReader.builder().limits(InputLimits.builder().maxCellLength(10).build()).build();
    assertThatThrownBy(() -> shortCells.read(bytes, "o.xlsx")).isInstanceOfSatisfying(InputLimitException.class, e -> {
      assertThat(e.getLimit()).isEqualTo("maxCellLength");
      assertThat(e.getLocation().orElseThrow().getSheet()).contains("Dài");
      assertThat(e.getLocation().orElseThrow().getRow()).hasValue(1);
      assertThat(e.getLocation().orElseThrow().getColumn()).hasValue(2);
    });
    // The defaults read it.
    assertThat(READER.read(bytes, "ok.xlsx").tasks()).hasSize(60);
  }

  @Test
  void mergedRegions_areHeldToMaxElements() throws IOException {
    try (XSSFWorkbook b = new XSSFWorkbook()) {
      org.apache.poi.xssf.usermodel.XSSFSheet s = b.createSheet("Gộp");
      Workbooks.row(s, 0, "STT", "Nội dung công việc", "Cơ quan chủ trì");
      Workbooks.row(s, 1, "1", "Việc", "Sở Tư pháp");
      for (int c = 0; c < 30; c++) {
        Workbooks.row(s, 300, "x");
        s.addMergedRegionUnsafe(new CellRangeAddress(2, 299, 10 + c, 10 + c));
        Workbooks.text(s, 2, 10 + c, "v");
      }
      byte[] bytes = Workbooks.bytes(b);
      AnnexWorkbookReader r = AnnexWorkbookReader.builder().limits(InputLimits.builder().maxElements(1000).build()).build();
      assertThatThrownBy(() -> r.read(bytes, "gop.xlsx")).isInstanceOfSatisfying(InputLimitException.class,
          e -> assertThat(e.getLimit()).isEqualTo("maxElements"));
    }
  }

  @Test
  void externalEntities_areNotResolved() throws IOException {
    byte[] xlsx = Workbooks.sheets(false, List.of("A"), List.of(List.of(List.of("STT", "Nội dung công việc", "Cơ quan chủ trì"),
        List.of("1", "Việc", "Sở Tư pháp"))));
    byte[] evil = rewrite(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<\\?xml[^>]*\\?>",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>").replace("Việc", "&e;"));
    try {
      String text = READER.read(evil, "xxe.xlsx").tasks().findFirst().orElseThrow().getDescription();
      assertThat(text).doesNotContain("root:");
    } catch (KehoachException e) {
      assertThat(e).isInstanceOf(MalformedInputException.class);
    }
  }

  @ParameterizedTest(name = "xls = {0}")
  @ValueSource(booleans = {false, true})
  void mutatedBytes_onlyTypedErrorsEscape(boolean xls) {
    byte[] good = Workbooks.office(xls);
    Random random = new Random(xls ? 11 : 12);
    for (int i = 0; i < 150; i++) {
      byte[] bad = good.clone();
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        bad[8 + random.nextInt(bad.length - 8)] = (byte) random.nextInt(256);
      }
      try {
        READER.read(bad, "fuzz");
      } catch (MalformedInputException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  private static byte[] rewrite(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(name)) {
          data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(data);
      }
    }
    return out.toByteArray();
  }
}
