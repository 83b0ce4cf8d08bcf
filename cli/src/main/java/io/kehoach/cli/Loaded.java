package io.kehoach.cli;

import io.kehoach.KehoachException;
import io.kehoach.json.PlanDocument;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.legacy.InputLimitException;
import io.kehoach.legacy.PlanImport;
import io.kehoach.legacy.PlanReader;
import io.kehoach.legacy.doc.PlanDocImporter;
import io.kehoach.legacy.docx.PlanDocxImporter;
import io.kehoach.legacy.edxml.EdXmlReader;
import io.kehoach.legacy.pdf.PlanPdfImporter;
import io.kehoach.legacy.tables.AnnexTableReader;
import io.kehoach.legacy.text.PlanTextImporter;
import io.kehoach.legacy.xlsx.AnnexWorkbookReader;
import io.kehoach.plan.Plan;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
      byte[] bytes = null;
      byte[] head;
      if (stdin) {
        // Standard input cannot be read twice: read it once, within the largest limit of any reader.
        bytes = readAll(System.in);
        head = bytes;
      } else {
        Path file = Path.of(path);
        if (Files.isDirectory(file)) {
          return failed(name, Messages.get(locale, "Đây là một thư mục, không phải tệp", "This is a folder, not a file"));
        }
        // The format is told by the first bytes (office files, PDF) and the extension; the reader then
        // refuses a file past its own limits before reading it.
        try (InputStream in = Files.newInputStream(file)) {
          head = in.readNBytes(SNIFF_BYTES);
        }
      }
      Optional<InputFormat> format = from != null ? Optional.of(from) : InputFormat.detect(name, head);
      if (format.isEmpty()) {
        return failed(name, Messages.get(locale, "Tệp trống", "The file is empty"));
      }
      if (format.get().isAnnex() && into == null) {
        return failed(name, Messages.get(locale,
            "Bảng phụ lục (CSV, Excel) được đọc vào kế hoạch mà nó thuộc về: dùng kehoach convert BẢNG --into KẾ_HOẠCH --to ...",
            "An annex table (CSV, Excel) is read into the plan it belongs to: use kehoach convert TABLE --into PLAN --to ..."));
      }
      PlanReader<?> reader = reader(format.get(), into, mapper);
      PlanImport r = stdin ? reader.read(bytes, name) : reader.read(Path.of(path));
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
      case docx:
        return PlanDocxImporter.create();
      case doc:
        return PlanDocImporter.create();
      case pdf:
        return PlanPdfImporter.create();
      case xlsx:
      case xls:
        return AnnexWorkbookReader.builder().into(into).build();
      default:
        return new NativeReader(mapper, format.planFormat().orElseThrow());
    }
  }

  /** How much of a file is looked at to tell its format: the parts of an office file are named near its start. */
  private static final int SNIFF_BYTES = 64 << 10;

  /** The largest input any reader takes: the edXML envelope's 64 MiB. */
  private static final long MAX_INPUT_BYTES = EdXmlReader.DEFAULT_LIMITS.getMaxBytes();

  private static byte[] readAll(InputStream in) throws IOException {
    byte[] b = in.readNBytes((int) MAX_INPUT_BYTES + 1);
    if (b.length > MAX_INPUT_BYTES) {
      throw InputLimitException.over("maxBytes", MAX_INPUT_BYTES, "Đầu vào", "The input", "byte", "bytes", null);
    }
    return b;
  }

  /**
   * Whether {@code path} is a JSON file of many plans: a {@code .jsonl} or {@code .ndjson} file (one
   * plan a line), or JSON whose first value is an array. Standard input is read as one document.
   */
  static boolean isJsonBatch(String path, @Nullable InputFormat from) {
    if (path.equals("-") || from != null && from != InputFormat.json) {
      return false;
    }
    String n = path.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return true;
    }
    Path file = Path.of(path);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      return false;
    }
    if (InputFormat.detect(path, head).orElse(null) != InputFormat.json) {
      return false;
    }
    int i = InputFormat.contentStart(head);
    return i < head.length && head[i] == '[';
  }

  /**
   * Reads the plans of a JSON batch one at a time and hands each to {@code each}, named {@code
   * "file [n]"}: memory holds one plan at a time. A plan that cannot be read ends the batch, as the
   * stream cannot be trusted past it: it is handed on as unreadable, with the error and its place.
   */
  static void readBatch(String path, PlanMapper mapper, Locale locale, Consumer<Loaded> each) {
    int[] n = {0};
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(path)));
        Stream<PlanDocument> plans = mapper.readAll(PlanFormat.JSON, in, path)) {
      plans.forEach(d -> each.accept(new Loaded(path + " [" + ++n[0] + "]", d.getPlan(), InputFormat.json, List.of(), null)));
    } catch (NoSuchFileException e) {
      each.accept(failed(path, Messages.get(locale, "Không tìm thấy tệp", "File not found")));
    } catch (IOException | UncheckedIOException e) {
      each.accept(failed(path + " [" + (n[0] + 1) + "]",
          Messages.get(locale, "Không đọc được tệp: ", "Cannot read the file: ") + e.getMessage()));
    } catch (KehoachException e) {
      each.accept(failed(path + " [" + (n[0] + 1) + "]", e.getMessage(locale)));
    }
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
