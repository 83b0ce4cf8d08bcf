package io.kehoach.cli;

import io.kehoach.json.PlanFormat;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    description = {"Convert a plan, or a folder of plans, to JSON, YAML or official text.",
        "A file is written whole or not at all. Exit status: 0 when every input converted, 2 otherwise."})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "A plan file, a folder of plans, or - for standard input.")
  String in;

  @Option(names = "--from", description = "Read the input as ${COMPLETION-CANDIDATES} instead of detecting it.")
  InputFormat from;

  @Option(names = "--to", required = true, description = "Write ${COMPLETION-CANDIDATES}.")
  InputFormat to;

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
    if (!folder) {
      Loaded l = Loaded.read(in, from, mapper, locale);
      if (l.plan == null) {
        stderr.println(l.name + ": " + l.error);
        return Main.UNREADABLE;
      }
      String text = render(l.plan, mapper);
      if (out == null) {
        stdout.print(text);
        stdout.flush();
      } else {
        Files2.writeAtomically(out, text);
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
    Batch.run(files, f -> convertOne(f, root, mapper, locale, owners), error -> {
      if (error != null) {
        failed[0]++;
        stderr.println(error);
        stderr.flush();
      }
    }, System.err, locale);
    stdout.printf(Locale.ROOT, "%s%d/%d, %s%.1f s%n", Messages.get(locale, "đã chuyển đổi ", "converted "),
        files.size() - failed[0], files.size(), Messages.get(locale, "thời gian: ", "time: "),
        (System.nanoTime() - start) / 1e9);
    stdout.flush();
    return failed[0] > 0 ? Main.UNREADABLE : 0;
  }

  /** Converts one file of a folder; gives the error to report, or null. Never throws. */
  private @Nullable String convertOne(String f, Path root, PlanMapper mapper, Locale locale, Map<Path, String> owners) {
    Path target = target(root, f);
    String owner = owners.get(target);
    if (!owner.equals(f)) {
      return f + ": " + Messages.get(locale, "không ghi: " + owner + " cũng được chuyển thành " + target,
          "not written: " + owner + " is converted to " + target + " too");
    }
    if (target.equals(Path.of(f).toAbsolutePath().normalize())) {
      return f + ": " + Messages.get(locale, "không ghi đè lên tệp nguồn", "will not overwrite the input file");
    }
    try {
      Loaded l = Loaded.read(f, from, mapper, locale);
      if (l.plan == null) {
        return l.name + ": " + l.error;
      }
      Files2.writeAtomically(target, render(l.plan, mapper));
      return null;
    } catch (IOException e) {
      return f + ": " + Messages.get(locale, "không ghi được: ", "cannot write: ") + e.getMessage();
    } catch (RuntimeException e) {
      Loaded crash = Loaded.crashed(f, e, locale);
      return crash.name + ": " + crash.error;
    }
  }

  /** Where a file of the input folder goes in the output folder: same relative path, new extension. */
  private Path target(Path root, String file) {
    String base = root.relativize(Path.of(file)).toString().replaceAll("\\.[^./\\\\]+$", "");
    return out.resolve(base + "." + to.extension()).toAbsolutePath().normalize();
  }

  private String render(Plan plan, PlanMapper mapper) {
    switch (to) {
      case json:
        return mapper.write(PlanFormat.JSON, plan);
      case yaml:
        return mapper.write(PlanFormat.YAML, plan);
      default:
        return PlanTextRenderer.create().render(plan);
    }
  }
}
