package io.kehoach.cli;

import io.kehoach.json.PlanMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kehoach calendar}. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    description = "List a plan's reporting due dates (who reports to whom, by when), or write them as an iCalendar file.")
final class CalendarCommand implements Callable<Integer> {
  enum Output { text, ics }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A plan (JSON, YAML or official text), or - for standard input.")
  String file;

  @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Output format;

  @Option(names = "--from", description = "Read the input as ${COMPLETION-CANDIDATES} instead of detecting it.")
  InputFormat from;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
  Path out;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    Loaded l = Loaded.read(file, from, PlanMapper.create(), locale);
    if (l.plan == null) {
      spec.commandLine().getErr().println(l.name + ": " + l.error);
      return Main.UNREADABLE;
    }
    String text;
    if (format == Output.ics) {
      text = Calendar.ics(l.plan, locale);
    } else {
      List<String> lines = Calendar.lines(l.plan, locale);
      text = lines.isEmpty() ? Messages.get(locale, "(không có hạn báo cáo)\n", "(no due dates)\n")
          : String.join("\n", lines) + "\n";
    }
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Files2.writeAtomically(out, text);
    }
    return 0;
  }
}
