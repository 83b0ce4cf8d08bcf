package io.kehoach.legacy.doc;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.doc.internal.DocWalk;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.text.DocumentFileImporter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a plan from a Word 97–2003 {@code .doc} file: Apache POI's HWPF reads the file, its text
 * becomes the document model ({@link #document(byte[], String)}) and the recogniser of
 * {@link io.kehoach.legacy.text.PlanTextImporter} reads that model as it reads plain text, with the head and closing
 * tables as tables.
 *
 * <pre>{@code
 * TextImport result = PlanDocImporter.create().read(Path.of("36-KH-UBND.doc"));
 * Plan plan = result.planOrThrow();
 * }</pre>
 *
 * <p><b>What is read, as far as the format allows:</b> the main text's paragraphs with bold,
 * italic, alignment, font size and left indentation; list markers Word generates (decimal, Roman,
 * letters, bullets) recovered as text; manual line breaks as paragraph breaks; field results (not
 * field codes); top-level tables with merged cells; headers, footers, footnotes, endnotes and text
 * boxes kept apart as the document's margins. Tracked changes are not merged silently: deleted text
 * is left out, inserted text kept, and the warning {@code doc.revisions} says how many of each;
 * comments give the warning {@code doc.comments}; text boxes the info {@code doc.textboxes}.
 * Locations are paragraph ordinals from 1, given as lines.
 *
 * <p><b>Errors:</b> a {@code .docx} or any other file given here, Word 6/95 files, encrypted
 * files and damaged files are {@link MalformedInputException}s that say which; past
 * {@link InputLimits#getMaxBytes()}, {@code maxElements} paragraphs or {@code maxTextLength}
 * characters in one paragraph, an {@link InputLimitException}. Nothing else escapes.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class PlanDocImporter extends DocumentFileImporter {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final PlanDocImporter DEFAULT = new PlanDocImporter(InputLimits.defaults());

  private PlanDocImporter(InputLimits limits) {
    super(limits);
  }

  /** An importer with the default limits. */
  public static PlanDocImporter create() {
    return DEFAULT;
  }

  /** An importer with other limits. */
  public static PlanDocImporter withLimits(InputLimits limits) {
    return new PlanDocImporter(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The document model of a {@code .doc} file, for an application that wants the layout itself.
   *
   * @throws MalformedInputException if the bytes are not a Word 97–2003 document that can be read
   * @throws InputLimitException if the file is past a limit
   */
  @Override
  public Document document(byte[] bytes, @Nullable String source) {
    Objects.requireNonNull(bytes, "bytes");
    BoundedInput.checkBytes(bytes, getLimits(), source);
    if (!startsWith(bytes, OLE2)) {
      boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
      throw new MalformedInputException(zip
          ? LocalizedText.of("Tệp là Word .docx (Office Open XML), không phải Word 97–2003 (.doc): hãy đọc bằng PlanDocxImporter",
              "The file is a Word .docx (Office Open XML) file, not Word 97–2003 (.doc): read it with PlanDocxImporter")
          : LocalizedText.of("Không phải tệp Word 97–2003 (.doc): thiếu chữ ký OLE2 ở đầu tệp",
              "Not a Word 97–2003 (.doc) file: it does not begin with the OLE2 signature"), at(source));
    }
    HWPFDocument doc;
    try {
      doc = new HWPFDocument(new ByteArrayInputStream(bytes));
    } catch (OldWordFileFormatException e) {
      throw new MalformedInputException(LocalizedText.of(
          "Tệp Word 6.0/95 cũ không được hỗ trợ: hãy lưu lại thành .docx hoặc .doc (Word 97–2003)",
          "Old Word 6.0/95 files are not supported: save it again as .docx or .doc (Word 97–2003)"), at(source), e);
    } catch (EncryptedDocumentException e) {
      throw new MalformedInputException(LocalizedText.of(
          "Tệp Word được mã hóa bằng mật khẩu: không đọc được", "The Word file is encrypted with a password: it cannot be read"),
          at(source), e);
    } catch (IOException | RuntimeException e) {
      throw damaged(source, e);
    }
    try {
      return DocWalk.read(doc, getLimits(), source);
    } catch (InputLimitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw damaged(source, e);
    }
  }

  private static MalformedInputException damaged(@Nullable String source, Exception e) {
    return new MalformedInputException(LocalizedText.of(
        "Tệp Word 97–2003 bị hỏng, không đọc được (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
        "The Word 97–2003 file is damaged and cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"),
        at(source), e);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected String[] formatName() {
    return new String[] {"Tệp Word 97–2003 (.doc)", "A Word 97–2003 (.doc) file"};
  }
}
