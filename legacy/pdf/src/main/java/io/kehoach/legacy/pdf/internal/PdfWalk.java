package io.kehoach.legacy.pdf.internal;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Document;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.jspecify.annotations.Nullable;

/**
 * A PDF made the document model: the page count held to {@code maxPages}, the text layer read
 * ({@link Glyphs}) and laid out ({@link Layout}), a file without text said to be scanned, and each
 * digital signature reported (signer, time, whether its signed range covers the whole file), not
 * verified.
 */
public final class PdfWalk {
  private PdfWalk() {}

  /**
   * The document model of {@code doc}, whose file has {@code length} bytes.
   *
   * @throws InputLimitException past {@code maxPages} pages or {@code maxElements} lines
   * @throws MalformedInputException if the file has pages but no text layer
   * @throws IOException if PDFBox cannot read the content
   */
  public static Document read(PDDocument doc, long length, InputLimits limits, @Nullable String source) throws IOException {
    int pages = doc.getNumberOfPages();
    if (pages > limits.getMaxPages()) {
      throw InputLimitException.over("maxPages", limits.getMaxPages(), "Tệp PDF", "The PDF file", "trang", "pages", at(source));
    }
    List<Glyphs.Line> lines = Glyphs.of(doc);
    if (lines.size() > limits.getMaxElements()) {
      throw InputLimitException.over("maxElements", limits.getMaxElements(), "Tệp PDF", "The PDF file", "dòng", "lines",
          at(source));
    }
    if (lines.isEmpty()) {
      throw new MalformedInputException(LocalizedText.of(
          "Tệp PDF có " + pages + " trang nhưng không có lớp chữ (bản quét?): cần nhận dạng chữ (OCR) trước khi nhập",
          "The PDF file has " + pages + " pages but no text layer (a scan?): it needs text recognition (OCR) first"),
          at(source));
    }
    Layout layout = Layout.of(lines, source);
    Document.Builder d = Document.builder().blocks(layout.blocks()).margins(layout.margins());
    if (source != null) {
      d.source(source);
    }
    for (PDSignature s : doc.getSignatureDictionaries()) {
      d.addNotes(signature(s, length, source));
    }
    return d.build();
  }

  private static Diagnostic signature(PDSignature s, long length, @Nullable String source) {
    String name = s.getName() == null || s.getName().isBlank() ? "?" : s.getName().strip();
    Calendar when = s.getSignDate();
    String time = when == null ? "?" : when.toInstant().atZone(when.getTimeZone().toZoneId())
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    int[] range = s.getByteRange();
    boolean whole = range != null && range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == length;
    return Diagnostic.info("pdf.signature", LocalizedText.of(
        "Tệp có chữ ký số của " + name + " lúc " + time + (whole ? ", phủ toàn bộ tệp" : ", KHÔNG phủ toàn bộ tệp (tệp đã được sửa sau khi ký?)")
            + "; chữ ký không được kiểm tra",
        "The file carries a digital signature by " + name + " at " + time
            + (whole ? ", covering the whole file" : ", NOT covering the whole file (changed after signing?)")
            + "; the signature is not verified"), at(source));
  }

  private static Location at(@Nullable String source) {
    Location.Builder b = Location.builder();
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }
}
