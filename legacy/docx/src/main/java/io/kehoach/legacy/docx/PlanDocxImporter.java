package io.kehoach.legacy.docx;

import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.MalformedInputException;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.docx.internal.DocxParts;
import io.kehoach.legacy.docx.internal.DocxWalk;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.internal.ZipGuard;
import io.kehoach.legacy.text.DocumentFileImporter;
import java.io.IOException;
import java.util.Objects;
import org.apache.poi.EncryptedDocumentException;
import org.jspecify.annotations.Nullable;

/**
 * Imports a plan from a Word {@code .docx} file: Apache POI's package layer (OPC) opens it and follows
 * its relationships, the JDK's XML parser reads its parts, its body becomes the document model
 * ({@link #document(byte[], String)}) and the recogniser of
 * {@link io.kehoach.legacy.text.PlanTextImporter} reads the model as it reads plain text, with the
 * head and closing tables as tables.
 *
 * <pre>{@code
 * TextImport result = PlanDocxImporter.create().read(Path.of("36-KH-UBND.docx"));
 * Plan plan = result.planOrThrow();
 * }</pre>
 *
 * <p><b>What is read:</b> paragraphs with bold and italic (direct or through styles), alignment,
 * font size and indentation; list markers Word generates from its numbering ({@code 1.},
 * {@code a)}, {@code II.}, {@code 1.2.}, bullets) recovered as text; manual line breaks as paragraph
 * breaks; the results of fields (not their codes); hyperlinks and content controls; tables with
 * merged cells (a nested table's paragraphs stay in their cell); paragraphs laid out in columns
 * with tabs as a table; text boxes, read after the paragraph that holds them; headers, footers,
 * footnotes and endnotes kept apart as the document's margins. Tracked changes are not merged
 * silently: deleted text is left out, inserted text kept, and the warning {@code docx.revisions}
 * says how many of each; comments give the warning {@code docx.comments}. Locations are paragraph
 * ordinals from 1, given as lines.
 *
 * <p><b>Safety and errors:</b> the archive is checked before POI opens it ({@code maxEntries},
 * {@code maxEmbeddedBytes}, {@code maxInflateRatio}); paragraphs ({@code maxElements}), nesting of
 * tables ({@code maxDepth}) and paragraph length ({@code maxTextLength}) are bounded, and so is the
 * nesting of XML elements (room for {@code maxDepth} tables in tables). A part with a DOCTYPE is
 * refused, so no entity is expanded and no external reference resolved. A file in the Strict Open
 * XML variant is refused with a message saying so. A {@code .doc}, an encrypted file, a damaged
 * file or any other file is a {@link MalformedInputException} that says which, naming the part that
 * is not well-formed; a limit, an {@link InputLimitException}. Nothing else escapes.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class PlanDocxImporter extends DocumentFileImporter {
  private static final String[] WHAT = {"Tệp Word", "The Word file"};
  private static final PlanDocxImporter DEFAULT = new PlanDocxImporter(InputLimits.defaults());

  private PlanDocxImporter(InputLimits limits) {
    super(limits);
  }

  /** An importer with the default limits. */
  public static PlanDocxImporter create() {
    return DEFAULT;
  }

  /** An importer with other limits. */
  public static PlanDocxImporter withLimits(InputLimits limits) {
    return new PlanDocxImporter(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * A builder of an importer: {@code PlanDocxImporter.builder().limits(limits).build()}.
   *
   * @since 0.3
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlanDocxImporter}; the limits not set are the defaults of {@link InputLimits}.
   * Not thread-safe; the importer it builds is.
   *
   * @since 0.3
   */
  public static final class Builder {
    private InputLimits limits = InputLimits.defaults();

    private Builder() {}

    /** The limits the importer enforces. */
    public Builder limits(InputLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The importer. */
    public PlanDocxImporter build() {
      return limits.equals(InputLimits.defaults()) ? DEFAULT : new PlanDocxImporter(limits);
    }
  }

  /**
   * The document model of a {@code .docx} file, for an application that wants the layout itself.
   *
   * @throws MalformedInputException if the bytes are not a Word document that can be read
   * @throws InputLimitException if the file is past a limit
   */
  @Override
  public Document document(byte[] bytes, @Nullable String source) {
    Objects.requireNonNull(bytes, "bytes");
    BoundedInput.checkBytes(bytes, getLimits(), source);
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11
        && (bytes[3] & 0xFF) == 0xE0) {
      throw new MalformedInputException(LocalizedText.of(
          "Tệp là Word 97–2003 (.doc) hoặc tệp Office được mã hóa, không phải .docx: hãy đọc tệp .doc bằng PlanDocImporter",
          "The file is Word 97–2003 (.doc) or an encrypted Office file, not .docx: read a .doc file with PlanDocImporter"),
          at(source));
    }
    ZipGuard.check(bytes, getLimits(), source, WHAT);
    DocxParts parts;
    try {
      parts = DocxParts.open(bytes, getLimits());
    } catch (DocxParts.NotWord e) {
      if (e.tooDeep()) {
        throw tooDeep(source);
      }
      throw new MalformedInputException(LocalizedText.of("Không đọc được tệp Word .docx: " + e.vietnamese(),
          "Cannot read the Word .docx file: " + e.getMessage()), at(source), e);
    } catch (EncryptedDocumentException e) {
      throw new MalformedInputException(LocalizedText.of("Tệp Word được mã hóa bằng mật khẩu: không đọc được",
          "The Word file is encrypted with a password: it cannot be read"), at(source), e);
    } catch (IOException | RuntimeException e) {
      throw damaged(e, source);
    }
    return DocxWalk.read(parts, getLimits(), source);
  }

  private static MalformedInputException tooDeep(@Nullable String source) {
    return new MalformedInputException(LocalizedText.of(
        "Tệp Word có các phần tử XML lồng nhau quá sâu: tệp bị hỏng hoặc được tạo ra để gây lỗi",
        "The Word file nests its XML elements too deeply: it is damaged or made to do harm"), at(source));
  }

  private static MalformedInputException damaged(Exception e, @Nullable String source) {
    return new MalformedInputException(LocalizedText.of(
        "Không đọc được tệp Word .docx: tệp bị hỏng hoặc không phải văn bản Word (" + e.getClass().getSimpleName() + ": "
            + e.getMessage() + ")",
        "Cannot read the Word .docx file: it is damaged or not a Word document (" + e.getClass().getSimpleName() + ": "
            + e.getMessage() + ")"), at(source), e);
  }

  @Override
  protected String[] formatName() {
    return new String[] {"Tệp Word (.docx)", "A Word (.docx) file"};
  }
}
