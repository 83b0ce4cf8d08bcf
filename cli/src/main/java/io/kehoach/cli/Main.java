package io.kehoach.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The kehoach command-line tool. */
@Command(name = "kehoach", mixinStandardHelpOptions = true, version = "kehoach 0.1.0",
    description = "Validate and convert Vietnamese administrative plans (Kế hoạch): JSON, YAML and official plan text.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, SchemaCommand.class, CalendarCommand.class,
        RulesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit status when an input could not be read. */
  static final int UNREADABLE = 2;

  // Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");
  /** PDFBox and FontBox warn through commons-logging (here java.util.logging) about fonts in files they read. */
  private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
  private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the tool, writing to {@code out} and {@code err}; gives the exit status. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    // Hibernate Validator announces its version at INFO; a tool's output is not the place for it.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    PDFBOX.setLevel(Level.SEVERE);
    FONTBOX.setLevel(Level.SEVERE);
    // Apache POI and PDFBox log through Log4j's API; without a logging back end it would print that it
    // has none. The tool reports what matters itself, so their logs go nowhere unless asked for.
    System.setProperty("log4j2.loggerContextFactory", System.getProperty("log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
    System.setProperty("org.apache.logging.log4j.simplelog.level",
        System.getProperty("org.apache.logging.log4j.simplelog.level", "OFF"));
    CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("kehoach: " + e.getMessage());
      return UNREADABLE;
    });
    return cl.execute(args);
  }
}
