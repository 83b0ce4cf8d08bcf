package io.kehoach.legacy.pdf;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.pdf.internal.PdfWalk;
import io.kehoach.legacy.text.DocumentFileImporter;
import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a plan from a PDF file with a text layer: Apache PDFBox reads the positioned text, which
 * becomes the document model ({@link #document(byte[], String)}) and is read by the recogniser of
 * {@link io.kehoach.legacy.text.PlanTextImporter} as plain text is.
 *
 * <pre>{@code
 * TextImport result = PlanPdfImporter.create().read(Path.of("36-KH-UBND.pdf"));
 * Plan plan = result.planOrThrow();
 * }</pre>
 *
 * <p><b>What is read:</b> words grouped into lines in reading order; a run of lines in two columns
 * (the head: issuing body and number left, national name, motto, place and date right; the closing:
 * recipients left, signature right) becomes a table of its two columns, each read top to bottom;
 * lines of three or more columns become table rows; other lines are joined into paragraphs where the
 * text wraps, and a word hyphenated at a line end is joined again; page numbers and running heads
 * are kept apart as margins; bold from the font, alignment from the position. Digital signatures
 * are reported with the info {@code pdf.signature} (signer, time, whether the signed range covers the
 * whole file), not verified. Locations are line ordinals from 1.
 *
 * <p><b>Errors:</b> a PDF without a text layer (a scan) says so (no OCR is done); an encrypted PDF
 * that opens without a password is read, one that needs a password is refused; a damaged file or
 * another file is a {@link MalformedInputException}; past {@code maxBytes}, {@code maxPages} or
 * {@code maxElements} (lines), an {@link InputLimitException}. Nothing else escapes. No file or
 * network resource that a PDF names is opened.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class PlanPdfImporter extends DocumentFileImporter {
  private static final PlanPdfImporter DEFAULT = new PlanPdfImporter(InputLimits.defaults());

  private PlanPdfImporter(InputLimits limits) {
    super(limits);
  }

  /** An importer with the default limits. */
  public static PlanPdfImporter create() {
    return DEFAULT;
  }

  /** An importer with other limits. */
  public static PlanPdfImporter withLimits(InputLimits limits) {
    return new PlanPdfImporter(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The document model of a PDF file, for an application that wants the layout itself.
   *
   * @throws MalformedInputException if the bytes are not a PDF with text that can be read
   * @throws InputLimitException if the file is past a limit
   */
  @Override
  public Document document(byte[] bytes, @Nullable String source) {
    Objects.requireNonNull(bytes, "bytes");
    BoundedInput.checkBytes(bytes, getLimits(), source);
    if (!isPdf(bytes)) {
      throw new MalformedInputException(LocalizedText.of("Không phải tệp PDF: thiếu dấu %PDF- ở đầu tệp",
          "Not a PDF file: it does not begin with %PDF-"), at(source));
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return PdfWalk.read(doc, bytes.length, getLimits(), source);
    } catch (InvalidPasswordException e) {
      throw new MalformedInputException(LocalizedText.of("Tệp PDF được mã hóa và cần mật khẩu để mở: không đọc được",
          "The PDF file is encrypted and needs a password to open: it cannot be read"), at(source), e);
    } catch (MalformedInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new MalformedInputException(LocalizedText.of(
          "Không đọc được tệp PDF: tệp bị hỏng (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "Cannot read the PDF file: it is damaged (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"),
          at(source), e);
    }
  }

  /** "%PDF-" within the first kilobyte, as readers allow junk before it. */
  private static boolean isPdf(byte[] bytes) {
    for (int i = 0; i + 5 <= Math.min(bytes.length, 1024); i++) {
      if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  @Override
  protected String[] formatName() {
    return new String[] {"Tệp PDF", "A PDF file"};
  }
}
