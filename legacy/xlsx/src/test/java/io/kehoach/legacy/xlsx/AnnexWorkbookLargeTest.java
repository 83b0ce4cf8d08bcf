package io.kehoach.legacy.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.kehoach.legacy.tables.AnnexTableImport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A large annex (written for the tests with POI), read with the streaming reader. */
class AnnexWorkbookLargeTest {
  @Test
  void fiveThousandRows_areReadInOnePass() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // POI's user model writer: the zip guard of legacy/common refuses what SXSSF writes (see the report).
    try (XSSFWorkbook b = new XSSFWorkbook()) {
      Sheet s = b.createSheet("Phụ lục");
      Workbooks.row(s, 0, "STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí");
      for (int i = 1; i <= 5_000; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue(i);
        r.createCell(1).setCellValue("Tổ chức tuyên truyền về cải cách hành chính đợt " + i);
        r.createCell(2).setCellValue(i % 3 == 0 ? "Sở Tư pháp" : "Sở Nội vụ");
        r.createCell(3).setCellValue("Báo Bình Phước; Đài Phát thanh và Truyền hình tỉnh");
        r.createCell(4).setCellValue("Quý " + (1 + i % 4) + "/2024");
        r.createCell(5).setCellValue(1_000_000 + i);
      }
      b.write(out);
    }
    byte[] bytes = out.toByteArray();
    long start = System.nanoTime();
    AnnexTableImport t = AnnexWorkbookReader.create().read(bytes, "large.xlsx");
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("5,000-row annex (" + bytes.length / 1024 + " KiB .xlsx) read in " + ms + " ms");
    assertThat(t.tasks()).hasSize(5_000);
    assertThat(t.getRows().get(4_999).getNumber()).isEqualTo("5000");
    assertThat(ms).isLessThan(30_000);
  }
}
