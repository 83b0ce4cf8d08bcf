package io.kehoach.cli;

import io.kehoach.KehoachException;
import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.docx.PlanDocxWriter;
import io.kehoach.legacy.edxml.EdXmlExport;
import io.kehoach.legacy.edxml.EdXmlWriter;
import io.kehoach.legacy.tables.AnnexTableWriter;
import io.kehoach.legacy.tables.TableLoss;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.legacy.xlsx.AnnexWorkbookWriter;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach convert}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a plan, or a folder of plans, between JSON, YAML, official text, Word (.docx, .doc), "
        + "PDF, edXML envelopes and annex task tables (CSV, .xlsx, .xls). The format of an input is told by its "
        + "content (office files and PDF) and its extension.",
        "An annex table is read into the plan given with --into; writing CSV or .xlsx writes the plan's tasks and "
        + "lists on standard error what the table cannot carry. --to docx writes the plan laid out as Decree "
        + "30/2020 sets; .docx and .xlsx are written to a file (-o). Text and CSV in TCVN3, VNI or VISCII are "
        + "converted to Unicode, with a note.",
        "A file is written whole or not at all. Exit status: 0 when every input converted, 2 otherwise."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "A plan file, a folder of plans, or - for standard input.")
  String in;

  @Option(names = "--from", description = "Read the input as ${COMPLETION-CANDIDATES} instead of detecting it.")
  InputFormat from;

  @Option(names = "--to", required = true, description = "Write ${COMPLETION-CANDIDATES}.")
  OutputFormat to;

  @Option(names = "--into", paramLabel = "PLAN",
      description = "For an annex table (CSV, .xlsx, .xls): the plan (any format) its tasks are added to.")
  String into;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file (or, for a folder, the folder) to write; standard output when absent for a file.")
  Path out;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PlanMapper mapper = PlanMapper.create();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    boolean folder = !in.equals("-") && Files.isDirectory(Path.of(in));
    Plan base = null;
    if (into != null) {
      Loaded b = Loaded.read(into, null, mapper, locale);
      if (b.plan == null) {
        stderr.println(b.name + ": " + b.error);
        return Main.UNREADABLE;
      }
      base = b.plan;
    }
    if (!folder && out == null && to.isBinary()) {
      stderr.println(Messages.get(locale, "Tệp ." + to.name() + " được ghi vào một tệp: thêm -o TỆP." + to.name(),
          "A ." + to.name() + " file is written to a file: add -o FILE." + to.name()));
      return Main.UNREADABLE;
    }
    if (!folder) {
      Loaded l = Loaded.read(in, from, base, mapper, locale);
      if (l.plan == null) {
        stderr.println(l.name + ": " + l.error);
        return Main.UNREADABLE;
      }
      importNotes(l, locale).forEach(stderr::println);
      Rendered r;
      try {
        r = render(l.plan, mapper, locale, out != null);
      } catch (KehoachException e) {
        stderr.println(l.name + ": " + e.getMessage(locale));
        return Main.UNREADABLE;
      }
      r.notes.forEach(n -> stderr.println(l.name + ": " + n));
      stderr.flush();
      if (out == null) {
        stdout.print(r.text);
        stdout.flush();
      } else {
        Files2.writeAtomically(out, r.file);
      }
      return 0;
    }
    if (out == null) {
      stderr.println(Messages.get(locale, "Chuyển đổi một thư mục cần -o THƯ_MỤC_ĐÍCH", "Converting a folder needs -o OUT_FOLDER"));
      return Main.UNREADABLE;
    }
    long start = System.nanoTime();
    Path root = Path.of(in);
    List<String> files = Batch.expand(List.of(in));
    // Two inputs that differ only by extension (plan.txt, plan.yaml) would write the same output file: the
    // second is refused rather than silently overwriting the first.
    // Claims are made in input order, before any work, so the file that wins does not depend on timing.
    Map<Path, String> owners = new HashMap<>();
    for (String f : files) {
      owners.putIfAbsent(target(root, f), f);
    }
    int[] failed = {0};
    Plan basePlan = base;
    Batch.run(files, f -> convertOne(f, root, basePlan, mapper, locale, owners), outcome -> {
      outcome.notes().forEach(stderr::println);
      if (outcome.error() != null) {
        failed[0]++;
        stderr.println(outcome.error());
      }
      stderr.flush();
    }, System.err, locale);
    stdout.printf(Locale.ROOT, "%s%d/%d, %s%.1f s%n", Messages.get(locale, "đã chuyển đổi ", "converted "),
        files.size() - failed[0], files.size(), Messages.get(locale, "thời gian: ", "time: "),
        (System.nanoTime() - start) / 1e9);
    stdout.flush();
    return failed[0] > 0 ? Main.UNREADABLE : 0;
  }

  /** What converting one file of a folder gave: the notes to print, and the error, if it failed. */
  private record Outcome(List<String> notes, @Nullable String error) {
    static Outcome failed(String error) {
      return new Outcome(List.of(), error);
    }
  }

  /** Converts one file of a folder. Never throws. */
  private Outcome convertOne(String f, Path root, @Nullable Plan base, PlanMapper mapper, Locale locale,
      Map<Path, String> owners) {
    Path target = target(root, f);
    String owner = owners.get(target);
    if (!owner.equals(f)) {
      return Outcome.failed(f + ": " + Messages.get(locale, "không ghi: " + owner + " cũng được chuyển thành " + target,
          "not written: " + owner + " is converted to " + target + " too"));
    }
    if (target.equals(Path.of(f).toAbsolutePath().normalize())) {
      return Outcome.failed(f + ": " + Messages.get(locale, "không ghi đè lên tệp nguồn",
          "will not overwrite the input file"));
    }
    try {
      Loaded l = Loaded.read(f, from, base, mapper, locale);
      if (l.plan == null) {
        return Outcome.failed(l.name + ": " + l.error);
      }
      List<String> notes = new ArrayList<>(importNotes(l, locale));
      Rendered r = render(l.plan, mapper, locale, true);
      r.notes.forEach(n -> notes.add(l.name + ": " + n));
      Files2.writeAtomically(target, r.file);
      return new Outcome(notes, null);
    } catch (KehoachException e) {
      return Outcome.failed(f + ": " + e.getMessage(locale));
    } catch (IOException e) {
      return Outcome.failed(f + ": " + Messages.get(locale, "không ghi được: ", "cannot write: ") + e.getMessage());
    } catch (RuntimeException e) {
      Loaded crash = Loaded.crashed(f, e, locale);
      return Outcome.failed(crash.name + ": " + crash.error);
    }
  }

  /** The import warnings of {@code l}, as notes for standard error. */
  private static List<String> importNotes(Loaded l, Locale locale) {
    List<String> notes = new ArrayList<>();
    l.warnings.forEach(w -> notes.add(l.name + ": " + Messages.get(locale, "lưu ý: ", "note: ")
        + Loaded.warningText(w, locale)));
    return notes;
  }

  /** Where a file of the input folder goes in the output folder: same relative path, new extension. */
  private Path target(Path root, String file) {
    String base = root.relativize(Path.of(file)).toString().replaceAll("\\.[^./\\\\]+$", "");
    return out.resolve(base + "." + to.extension()).toAbsolutePath().normalize();
  }

  /**
   * A plan written in the target format: for standard output its text, for a file what writes it
   * (the other is null), and notes.
   */
  private record Rendered(@Nullable String text, Files2.@Nullable Body file, List<String> notes) {
    static Rendered of(String text, boolean toFile, List<String> notes) {
      return toFile ? bytes(text.getBytes(StandardCharsets.UTF_8), notes) : new Rendered(text, null, notes);
    }

    static Rendered bytes(byte[] bytes, List<String> notes) {
      return new Rendered(null, out -> out.write(bytes), notes);
    }

    /** JSON or YAML streamed into the file as it is written: no copy of the document in memory. */
    static Rendered streamed(PlanMapper mapper, PlanFormat format, Plan plan) {
      return new Rendered(null, out -> {
        try {
          mapper.write(format, io.kehoach.json.PlanDocument.of(plan), out);
        } catch (java.io.UncheckedIOException e) {
          throw e.getCause();
        }
      }, List.of());
    }
  }

  /**
   * The plan in the target format.
   *
   * @throws KehoachException if the format cannot hold the plan (an edXML header field over its limit)
   */
  private Rendered render(Plan plan, PlanMapper mapper, Locale locale, boolean toFile) {
    switch (to) {
      case json:
        return toFile ? Rendered.streamed(mapper, PlanFormat.JSON, plan) : Rendered.of(mapper.write(PlanFormat.JSON, plan), false, List.of());
      case yaml:
        return toFile ? Rendered.streamed(mapper, PlanFormat.YAML, plan) : Rendered.of(mapper.write(PlanFormat.YAML, plan), false, List.of());
      case csv: {
        // A file gets the byte-order mark spreadsheets need to see UTF-8; standard output does not.
        AnnexTableWriter writer = AnnexTableWriter.create();
        List<String> notes = new ArrayList<>();
        for (TableLoss loss : writer.describeLosses(plan)) {
          notes.add(Messages.get(locale, "bảng không mang: ", "not in the table: ") + loss.getMessage().get(locale)
              + (loss.getPointer().isEmpty() ? "" : " (" + loss.getPointer() + ")"));
        }
        return toFile ? new Rendered(null, out -> writer.write(plan, out), notes) : new Rendered(writer.writeString(plan), null, notes);
      }
      case docx:
        return Rendered.bytes(PlanDocxWriter.create().write(plan), List.of());
      case xlsx: {
        AnnexWorkbookWriter writer = AnnexWorkbookWriter.create();
        List<String> notes = new ArrayList<>();
        for (TableLoss loss : writer.describeLosses(plan)) {
          notes.add(Messages.get(locale, "bảng không mang: ", "not in the table: ") + loss.getMessage().get(locale)
              + (loss.getPointer().isEmpty() ? "" : " (" + loss.getPointer() + ")"));
        }
        return Rendered.bytes(writer.write(plan), notes);
      }
      case edxml: {
        EdXmlExport export = EdXmlWriter.create().export(plan);
        List<String> notes = new ArrayList<>();
        export.getDiagnostics().forEach(f -> notes.add(Messages.get(locale, "lưu ý: ", "note: ") + f.describe(locale)));
        return Rendered.of(export.getXml(), toFile, notes);
      }
      default:
        return Rendered.of(PlanTextRenderer.create().render(plan), toFile, List.of());
    }
  }
}
