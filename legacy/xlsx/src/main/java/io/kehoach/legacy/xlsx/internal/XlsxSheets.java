package io.kehoach.legacy.xlsx.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an {@code .xlsx} workbook with POI's streaming reader ({@link XSSFReader}): each
 * worksheet's XML is parsed with SAX into a {@link Grid}, never into a document tree, so memory is the
 * cells' text; shared strings are read once (without phonetic runs), styles for the number formats
 * that make a date. The bytes must have passed the zip guard.
 */
public final class XlsxSheets {
  private XlsxSheets() {}

  /**
   * The sheets of the workbook, in workbook order.
   *
   * @throws MalformedInputException if the archive is not a spreadsheet (a Word file, a binary
   *     {@code .xlsb}) or cannot be read
   * @throws io.kehoach.legacy.InputLimitException past a limit, at the sheet, row and column
   * @throws Exception whatever POI or the XML parser throws, for the caller to wrap
   */
  public static List<Grid> read(byte[] bytes, InputLimits limits, @Nullable String source) throws Exception {
    List<Grid> grids = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      checkKind(pkg, source);
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      boolean date1904 = date1904(reader);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          Grid grid = new Grid(sheets.getSheetName(), limits, source);
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new SheetHandler(grid, strings, styles, date1904));
          xml.parse(new InputSource(in));
          grids.add(grid);
        }
      }
      pkg.revert(); // opened from a stream: nothing to save
    }
    return grids;
  }

  /** Refuses an archive whose main part is not a workbook, saying what it is. */
  private static void checkKind(OPCPackage pkg, @Nullable String source) {
    PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (rels.size() == 0) {
      rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackageRelationship rel = rels.size() == 0 ? null : rels.getRelationship(0);
    PackagePart main = rel == null ? null : pkg.getPart(rel);
    String type = main == null ? "" : main.getContentType();
    if (type.contains("spreadsheetml.sheet.main") || type.contains("spreadsheetml.template.main")
        || type.contains("ms-excel.sheet.macroEnabled.main") || type.contains("ms-excel.template.macroEnabled.main")
        || type.contains("ms-excel.addin.macroEnabled.main")) {
      return;
    }
    String[] what = type.contains("wordprocessingml") ? new String[] {"một tệp Word (.docx)", "a Word file (.docx)"}
        : type.contains("presentationml") ? new String[] {"một tệp PowerPoint (.pptx)", "a PowerPoint file (.pptx)"}
        : type.contains("ms-excel.sheet.binary") ? new String[] {"một sổ tính nhị phân (.xlsb), chưa đọc được",
            "a binary workbook (.xlsb), which is not read"}
        : new String[] {"một tệp nén không có sổ tính", "an archive without a workbook"};
    throw new MalformedInputException(LocalizedText.of("Tệp không phải sổ tính Excel: đây là " + what[0],
        "The file is not an Excel workbook: it is " + what[1]), source == null ? null : Location.builder().source(source).build());
  }

  /** Whether the workbook counts dates from 1904 (an old Mac workbook). */
  private static boolean date1904(XSSFReader reader) throws Exception {
    boolean[] found = {false};
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
          if ("workbookPr".equals(local)) {
            String v = a.getValue("date1904");
            found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
          }
        }
      });
      xml.parse(new InputSource(in));
    }
    return found[0];
  }
}
