package io.kehoach.cli;

import io.kehoach.KehoachException;
import io.kehoach.LocalizedText;
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
      Plan plan = mapper.read(format.get().planFormat().orElseThrow(), bytes, name).getPlan();
      return new Loaded(name, plan, format.get(), List.of(), null);
    } catch (KehoachException e) {
      return failed(name, e.getMessage(locale));
    }
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
