package io.kehoach.cli;

import io.kehoach.KehoachException;
import io.kehoach.LocalizedText;
import io.kehoach.Location;
import io.kehoach.legacy.csv.AnnexTableImport;
import io.kehoach.legacy.csv.AnnexTableReader;
import io.kehoach.legacy.edxml.EdXmlImport;
import io.kehoach.legacy.edxml.EdXmlReader;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.text.DocumentKind;
import io.kehoach.legacy.text.ImportWarning;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.text.TextImport;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** One input read into a plan, or the reason it could not be. */
final class Loaded {
  final String name;
  final @Nullable Plan plan;
  final @Nullable InputFormat format;
  final List<ImportWarning> warnings;
  final @Nullable String error;

  private Loaded(String name, @Nullable Plan plan, @Nullable InputFormat format, List<ImportWarning> warnings,
      @Nullable String error) {
    this.name = name;
    this.plan = plan;
    this.format = format;
    this.warnings = warnings;
    this.error = error;
  }

  static final long MAX_BYTES = 16L << 20;

  /** Reads {@code path} ("-" for standard input) in {@code from}, or in the format it appears to be. */
  static Loaded read(String path, @Nullable InputFormat from, PlanMapper mapper, Locale locale) {
    return read(path, from, null, mapper, locale);
  }

  /**
   * Reads {@code path} as {@link #read(String, InputFormat, PlanMapper, Locale)} does; a CSV annex
   * table is read into {@code into}, the plan it belongs to (without one, it cannot be read).
   */
  static Loaded read(String path, @Nullable InputFormat from, @Nullable Plan into, PlanMapper mapper, Locale locale) {
    String name = path.equals("-") ? "<stdin>" : path;
    byte[] bytes;
    try {
      bytes = path.equals("-") ? readAll(System.in) : readFile(Path.of(path));
    } catch (IOException | RuntimeException e) {
      return failed(name, Messages.get(locale, "Không đọc được tệp: ", "Cannot read the file: ") + e.getMessage());
    }
    Optional<InputFormat> format = from != null ? Optional.of(from) : InputFormat.detect(name, bytes);
    if (format.isEmpty()) {
      return failed(name, Messages.get(locale, "Tệp trống", "The file is empty"));
    }
    try {
      if (format.get() == InputFormat.text) {
        // UTF-8, or a pre-Unicode encoding (TCVN3, VNI, VISCII) detected and converted with a warning.
        TextImport r = PlanTextImporter.create().importBytes(bytes, name);
        if (r.getKind() == DocumentKind.NOT_A_PLAN) {
          return failed(name, Messages.get(locale, "Văn bản không phải là một kế hoạch", "The text is not a plan"));
        }
        return new Loaded(name, r.planOrThrow(), format.get(), r.getWarnings(), null);
      }
      if (format.get() == InputFormat.csv) {
        if (into == null) {
          return failed(name, Messages.get(locale,
              "Bảng phụ lục CSV được đọc vào kế hoạch mà nó thuộc về: dùng kehoach convert BẢNG.csv --into KẾ_HOẠCH --to ...",
              "An annex table (CSV) is read into the plan it belongs to: use kehoach convert TABLE.csv --into PLAN --to ..."));
        }
        AnnexTableImport table = AnnexTableReader.create().read(bytes, name);
        List<ImportWarning> warnings = new ArrayList<>();
        // A table's warnings name a row (a CSV record, not a text line) and a column: said in the message.
        table.getWarnings().forEach(w -> warnings.add(ImportWarning.of(w.getCode(), LocalizedText.of(
            w.getMessage().vi() + rowAndColumn(w.getLocation(), "hàng ", ", cột "),
            w.getMessage().en() + rowAndColumn(w.getLocation(), "row ", ", column ")), OptionalInt.empty())));
        return new Loaded(name, table.applyTo(into), format.get(), warnings, null);
      }
      if (format.get() == InputFormat.edxml) {
        EdXmlImport envelope = EdXmlReader.create().read(bytes, name);
        List<ImportWarning> warnings = new ArrayList<>();
        envelope.getFindings().forEach(f -> warnings.add(ImportWarning.of(f.getCode(), f.getMessage(),
            f.getLocation().map(Location::getLine).orElse(OptionalInt.empty()))));
        return new Loaded(name, envelope.getPlan(), format.get(), warnings, null);
      }
      Plan plan = mapper.read(format.get().planFormat().orElseThrow(), bytes, name).getPlan();
      return new Loaded(name, plan, format.get(), List.of(), null);
    } catch (KehoachException e) {
      return failed(name, e.getMessage(locale));
    }
  }

  private static String rowAndColumn(Location l, String row, String column) {
    if (l.getLine().isEmpty()) {
      return "";
    }
    return " (" + row + l.getLine().getAsInt() + l.getColumn().stream().mapToObj(c -> column + c).findFirst().orElse("")
        + ")";
  }

  /** An input whose reading failed with an unexpected exception: a bug in kehoach, reported, not fatal. */
  static Loaded crashed(String path, RuntimeException e, Locale locale) {
    return failed(path.equals("-") ? "<stdin>" : path, Messages.get(locale, "Lỗi nội bộ của kehoach (xin báo lại): ",
        "Internal kehoach error (please report it): ") + e);
  }

  private static Loaded failed(String name, String error) {
    return new Loaded(name, null, null, new ArrayList<>(), error);
  }

  private static byte[] readFile(Path p) throws IOException {
    if (Files.size(p) > MAX_BYTES) {
      throw new IOException("larger than " + MAX_BYTES + " bytes");
    }
    return Files.readAllBytes(p);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    byte[] b = in.readNBytes((int) MAX_BYTES + 1);
    if (b.length > MAX_BYTES) {
      throw new IOException("larger than " + MAX_BYTES + " bytes");
    }
    return b;
  }

  static String warningText(ImportWarning w, Locale locale) {
    LocalizedText m = w.getMessage();
    return m.get(locale) + w.getLine().stream().mapToObj(l -> Messages.get(locale, " (dòng ", " (line ") + l + ")")
        .findFirst().orElse("");
  }
}
