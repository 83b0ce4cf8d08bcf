package io.kehoach.cli;

import io.kehoach.KehoachException;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.PlanImport;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.edxml.EdXmlReader;
import io.kehoach.legacy.tables.AnnexTableReader;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input read into a plan through the import contract every format follows
 * ({@link PlanReader}), or the reason it could not be.
 */
final class Loaded {
  final String name;
  final @Nullable Plan plan;
  final @Nullable InputFormat format;
  final List<Diagnostic> warnings;
  final @Nullable String error;

  private Loaded(String name, @Nullable Plan plan, @Nullable InputFormat format, List<Diagnostic> warnings,
      @Nullable String error) {
    this.name = name;
    this.plan = plan;
    this.format = format;
    this.warnings = warnings;
    this.error = error;
  }

  /** Reads {@code path} ("-" for standard input) in {@code from}, or in the format it appears to be. */
  static Loaded read(String path, @Nullable InputFormat from, PlanMapper mapper, Locale locale) {
    return read(path, from, null, mapper, locale);
  }

  /**
   * Reads {@code path} as {@link #read(String, InputFormat, PlanMapper, Locale)} does; a CSV annex
   * table is read into {@code into}, the plan it belongs to (without one, it cannot be read).
   */
  static Loaded read(String path, @Nullable InputFormat from, @Nullable Plan into, PlanMapper mapper, Locale locale) {
    boolean stdin = path.equals("-");
    String name = stdin ? "<stdin>" : path;
    try {
      byte[] stdinBytes = null;
      Optional<InputFormat> format;
      if (stdin) {
        // Standard input cannot be read twice: read it once, within the largest limit of any reader.
        stdinBytes = readStdin(System.in);
        format = from != null ? Optional.of(from) : InputFormat.detect(name, stdinBytes);
      } else {
        Path file = Path.of(path);
        if (Files.isDirectory(file)) {
          return failed(name, Messages.get(locale, "Đây là một thư mục, không phải tệp", "This is a folder, not a file"));
        }
        format = from != null ? Optional.of(from) : InputFormat.byExtension(name).or(() -> detect(file, name));
      }
      if (format.isEmpty()) {
        return failed(name, Messages.get(locale, "Tệp trống", "The file is empty"));
      }
      if (format.get() == InputFormat.csv && into == null) {
        return failed(name, Messages.get(locale,
            "Bảng phụ lục CSV được đọc vào kế hoạch mà nó thuộc về: dùng kehoach convert BẢNG.csv --into KẾ_HOẠCH --to ...",
            "An annex table (CSV) is read into the plan it belongs to: use kehoach convert TABLE.csv --into PLAN --to ..."));
      }
      PlanReader<?> reader = reader(format.get(), into, mapper);
      PlanImport r = stdin ? reader.read(stdinBytes, name) : reader.read(Path.of(path));
      return new Loaded(name, r.planOrThrow(), format.get(), r.getDiagnostics(), null);
    } catch (NoSuchFileException e) {
      return failed(name, Messages.get(locale, "Không tìm thấy tệp", "File not found"));
    } catch (AccessDeniedException e) {
      return failed(name, Messages.get(locale, "Không có quyền đọc tệp", "Permission denied"));
    } catch (IOException e) {
      return failed(name, Messages.get(locale, "Không đọc được tệp: ", "Cannot read the file: ") + e.getMessage());
    } catch (KehoachException e) {
      return failed(name, e.getMessage(locale));
    }
  }

  /** The reader of {@code format}: every format through the one contract. */
  private static PlanReader<?> reader(InputFormat format, @Nullable Plan into, PlanMapper mapper) {
    switch (format) {
      case text:
        // UTF-8, or a pre-Unicode encoding (TCVN3, VNI, VISCII) detected and converted with a warning.
        return PlanTextImporter.create();
      case csv:
        return AnnexTableReader.builder().into(into).build();
      case edxml:
        return EdXmlReader.create();
      default:
        return new NativeReader(mapper, format.planFormat().orElseThrow());
    }
  }

  /** The format told by the first bytes of a file whose name says nothing. */
  private static Optional<InputFormat> detect(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      return InputFormat.detect(name, in.readNBytes(64));
    } catch (IOException e) {
      // Said again, with its reason, when the reader opens the file.
      return Optional.of(InputFormat.text);
    }
  }

  /** The largest input any reader takes: the edXML envelope's 64 MiB. */
  private static final long MAX_STDIN_BYTES = EdXmlReader.DEFAULT_LIMITS.getMaxBytes();

  private static byte[] readStdin(InputStream in) throws IOException {
    byte[] b = in.readNBytes((int) MAX_STDIN_BYTES + 1);
    if (b.length > MAX_STDIN_BYTES) {
      throw InputLimitException.over("maxBytes", MAX_STDIN_BYTES, "Đầu vào", "The input", "byte", "bytes", null);
    }
    return b;
  }

  /** An input whose reading failed with an unexpected exception: a bug in kehoach, reported, not fatal. */
  static Loaded crashed(String path, RuntimeException e, Locale locale) {
    return failed(path.equals("-") ? "<stdin>" : path, Messages.get(locale, "Lỗi nội bộ của kehoach (xin báo lại): ",
        "Internal kehoach error (please report it): ") + e);
  }

  private static Loaded failed(String name, String error) {
    return new Loaded(name, null, null, List.of(), error);
  }

  /** A diagnostic as the tool prints it: the message and where, in the user's language. */
  static String warningText(Diagnostic w, Locale locale) {
    return w.describe(locale);
  }
}
