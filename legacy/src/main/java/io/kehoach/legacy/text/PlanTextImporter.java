package io.kehoach.legacy.text;

import io.kehoach.legacy.encoding.Detection;
import io.kehoach.legacy.encoding.LegacyEncodings;
import io.kehoach.legacy.encoding.internal.Notes;
import io.kehoach.legacy.encoding.internal.Utf8;
import io.kehoach.legacy.text.internal.Parser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Imports the official plain text of a plan (laid out after Decree 30/2020/NĐ-CP, as copied from
 * Word files, PDFs and web pages) into a {@link io.kehoach.plan.Plan}, with a report of what was
 * recognised from which lines, which lines were kept as unclassified text, and warnings.
 *
 * <pre>{@code
 * TextImport result = PlanTextImporter.create().importText(text, "36-KH-UBND.txt");
 * result.getPlan().ifPresent(plan -> ...);
 * result.getWarnings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Tolerates what real text holds: a plan inside a decision or written into its Điều 1, headings
 * in any case with Roman, Arabic or no numbers, any item markers, header tables flattened by web
 * pages, a site's metadata block, hard line breaks, old and new tone placement, en dashes, stray
 * spaces in symbols, decomposed Unicode, and text typed in a pre-Unicode encoding (TCVN3 with the
 * {@code .VnTime} fonts, VNI, VISCII): as bytes ({@link #importBytes}), or pasted from an old file
 * into a string that shows them as {@code "KÕ ho¹ch"} ({@link #importText(String, String)} converts it
 * when the detector is confident, with a warning). A truncated text imports what is there, with a warning;
 * it never throws. An article about a plan gives a draft plan with a warning; text that is not a
 * plan gives no plan.
 *
 * <p>Ids are made the same way every time: {@code muc-dich-1}, {@code noi-dung-2},
 * {@code thuc-hien-3}, {@code nhiem-vu-3-1}, bodies by their names ({@code so-tu-phap}), so that
 * importing a rendered plan gives the same plan again. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlanTextImporter {
  private PlanTextImporter() {}

  /** An importer. */
  public static PlanTextImporter create() {
    return new PlanTextImporter();
  }

  /** Imports {@code text}. */
  public TextImport importText(String text) {
    return importText(text, null);
  }

  /**
   * Imports {@code text}.
   *
   * @param text the text, not null
   * @param source the name of the source (a file name) for the report, or null
   */
  public TextImport importText(String text, @Nullable String source) {
    Objects.requireNonNull(text, "text");
    Optional<Detection> legacy = LegacyEncodings.convertIfLegacy(text);
    if (legacy.isPresent()) {
      return converted(legacy.get(), source, true);
    }
    return new Parser(text, source).run();
  }

  /**
   * Imports a text file's bytes: UTF-8 (with or without a byte-order mark), or a pre-Unicode
   * encoding (TCVN3, VNI, VISCII) told by {@link LegacyEncodings#detect(byte[])} and converted,
   * with a warning {@code encoding.converted} naming it, or {@code encoding.uncertain} when the
   * bytes are not UTF-8 and no encoding is clearly the one. UTF-8 text that holds legacy text read
   * with the wrong charset (as {@link #importText(String, String)} describes) is converted too.
   *
   * <p>The text importer has no size limit of its own; callers reading untrusted files bound their
   * size first (the command-line tool refuses files over 16 MiB).
   *
   * @param bytes the file's content, not null
   * @param source the name of the source (a file name) for the report, or null
   */
  public TextImport importBytes(byte[] bytes, @Nullable String source) {
    Objects.requireNonNull(bytes, "bytes");
    String utf8 = Utf8.decode(bytes, Utf8.bomLength(bytes));
    if (utf8 != null) {
      return importText(utf8, source);
    }
    Detection d = LegacyEncodings.detect(bytes);
    return converted(d, source, d.isConfident() && d.getLegacyEncoding().isPresent());
  }

  private static TextImport converted(Detection d, @Nullable String source, boolean confident) {
    TextImport imported = new Parser(d.getText(), source).run();
    ImportWarning warning = confident
        ? ImportWarning.of("encoding.converted", Notes.converted(d, "Văn bản", "The text"), OptionalInt.empty())
        : ImportWarning.of("encoding.uncertain", Notes.uncertain(d), OptionalInt.empty());
    TextImport.Builder b = TextImport.builder().from(imported).warnings(List.of()).addWarnings(warning)
        .addAllWarnings(imported.getWarnings());
    d.getLegacyEncoding().ifPresent(b::convertedFrom);
    return b.build();
  }
}
