package io.kehoach.legacy.text;

import io.kehoach.Location;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimits;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.encoding.Detection;
import io.kehoach.legacy.encoding.LegacyEncodings;
import io.kehoach.legacy.internal.BoundedInput;
import io.kehoach.legacy.document.Document;
import io.kehoach.legacy.text.internal.Limits;
import io.kehoach.legacy.text.internal.Pipeline;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Imports the official plain text of a plan (laid out after Decree 30/2020/NĐ-CP, as copied from
 * Word files, PDFs and web pages) into a {@link io.kehoach.plan.Plan}, with a report of what was
 * recognised from which lines, which lines were kept as unclassified text, and diagnostics.
 *
 * <pre>{@code
 * PlanTextImporter importer = PlanTextImporter.create();            // build once, share
 * TextImport result = importer.read(Path.of("36-KH-UBND.txt"));
 * result.getPlan().ifPresent(plan -> ...);
 * result.getDiagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>Tolerates what real text holds: a plan inside a decision or written into its Điều 1, headings
 * in any case with Roman, Arabic or no numbers, any item markers, header tables flattened by web
 * pages, a site's metadata block, hard line breaks, old and new tone placement, en dashes, stray
 * spaces in symbols, decomposed Unicode, and text typed in a pre-Unicode encoding (TCVN3 with the
 * {@code .VnTime} fonts, VNI, VISCII): as bytes ({@link #read(byte[], String)}), or pasted from an
 * old file into a string that shows them as {@code "KÕ ho¹ch"} ({@link #read(String, String)}
 * converts it when the detector is confident, with a diagnostic). A truncated text imports what is
 * there, with a diagnostic. An article about a plan gives a draft plan with a diagnostic; text that
 * is not a plan gives no plan.
 *
 * <p>It follows the import contract of {@code io.kehoach.legacy}: the only exceptions are
 * {@link io.kehoach.legacy.InputLimitException} for a text past one of its {@linkplain #getLimits()
 * limits} (bytes, lines, line length; the defaults of {@link InputLimits}) and the
 * {@code IOException} of the stream and path entries.
 *
 * <p>Ids are made the same way every time: {@code muc-dich-1}, {@code noi-dung-2},
 * {@code thuc-hien-3}, {@code nhiem-vu-3-1}, bodies by their names ({@code so-tu-phap}), so that
 * importing a rendered plan gives the same plan again. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PlanTextImporter implements PlanReader<TextImport> {
  private static final PlanTextImporter DEFAULT = new PlanTextImporter(InputLimits.defaults());

  private final InputLimits limits;

  private PlanTextImporter(InputLimits limits) {
    this.limits = limits;
  }

  /** An importer with the default limits. */
  public static PlanTextImporter create() {
    return DEFAULT;
  }

  /**
   * An importer with other limits.
   *
   * @param limits the limits, not null
   */
  public static PlanTextImporter withLimits(InputLimits limits) {
    return new PlanTextImporter(Objects.requireNonNull(limits, "limits"));
  }

  @Override
  public InputLimits getLimits() {
    return limits;
  }

  /** Imports {@code text}, which has no name. */
  public TextImport read(String text) {
    return read(text, null);
  }

  /**
   * Imports {@code text}.
   *
   * @param text the text, not null
   * @param source the name of the source (a file name) for the report, or null
   * @throws io.kehoach.legacy.InputLimitException if the text is past a limit
   */
  @Override
  public TextImport read(String text, @Nullable String source) {
    BoundedInput.checkText(text, limits, source);
    Optional<Detection> legacy = LegacyEncodings.convertIfLegacy(text);
    if (legacy.isPresent()) {
      return converted(legacy.get(), source, true);
    }
    return Pipeline.run(text, source);
  }

  /**
   * Imports a document that another reader made (a Word or PDF reader, or an application's own):
   * the same recogniser reads its paragraphs and tables as it reads plain text, and uses what the
   * document knows beyond the text (tables as tables, bold headings). Locations in the report are
   * the document's own.
   *
   * @param document the document, not null
   * @throws io.kehoach.legacy.InputLimitException if the document has more paragraphs (blocks and
   *     the paragraphs of table cells) than {@link InputLimits#getMaxLines()}, or a paragraph longer
   *     than {@link InputLimits#getMaxLineLength()}
   * @since 0.3
   */
  public TextImport read(Document document) {
    Objects.requireNonNull(document, "document");
    String source = document.getSource().orElse(null);
    Limits.check(document, limits, source);
    return Pipeline.run(document, source);
  }

  /**
   * Imports a text file's bytes: UTF-8 (with or without a byte-order mark), or a pre-Unicode
   * encoding (TCVN3, VNI, VISCII) told by {@link LegacyEncodings#detect(byte[])} and converted,
   * with a diagnostic {@code encoding.converted} naming it, or {@code encoding.uncertain} when the
   * bytes are not UTF-8 and no encoding is clearly the one. UTF-8 text that holds legacy text read
   * with the wrong charset (as {@link #read(String, String)} describes) is converted too.
   *
   * @param bytes the file's content, not null
   * @param source the name of the source (a file name) for the report, or null
   * @throws io.kehoach.legacy.InputLimitException if the text is past a limit
   */
  @Override
  public TextImport read(byte[] bytes, @Nullable String source) {
    BoundedInput.checkBytes(bytes, limits, source);
    Optional<String> utf8 = LegacyEncodings.decodeUtf8(bytes);
    if (utf8.isPresent()) {
      return read(utf8.get(), source);
    }
    Detection d = LegacyEncodings.detect(bytes);
    BoundedInput.checkText(d.getText(), limits, source);
    return converted(d, source, d.isConfident() && d.getLegacyEncoding().isPresent());
  }

  private static TextImport converted(Detection d, @Nullable String source, boolean confident) {
    TextImport imported = Pipeline.run(d.getText(), source);
    Location where = source == null ? null : Location.builder().source(source).build();
    Diagnostic note = confident
        ? Diagnostic.of("encoding.converted", Diagnostic.Severity.WARNING, d.conversionNote("Văn bản", "The text"),
            Optional.ofNullable(where))
        : Diagnostic.of("encoding.uncertain", Diagnostic.Severity.WARNING, d.uncertaintyNote(),
            Optional.ofNullable(where));
    TextImport.Builder b = TextImport.builder().from(imported).diagnostics(List.of()).addDiagnostic(note)
        .addAllDiagnostics(imported.getDiagnostics());
    d.getLegacyEncoding().ifPresent(b::convertedFrom);
    return b.build();
  }
}
