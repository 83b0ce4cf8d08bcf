package io.kehoach.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kehoach.json.PlanMapper;
import io.kehoach.legacy.Diagnostic;
import io.kehoach.validation.Finding;
import io.kehoach.validation.PlanValidator;
import io.kehoach.validation.ValidationProfile;
import io.kehoach.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kehoach validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Read plans (JSON, YAML, official text; files, folders or - for standard input), validate them and "
        + "print the findings. A JSON array of plans, or a .jsonl/.ndjson file of one plan a line, is a batch: "
        + "each plan is read, validated and reported in turn, as \"FILE [n]\".", "Exit status: 0 when every plan is valid, 1 when any has an error, 2 when an input "
        + "could not be read."})
final class ValidateCommand implements Callable<Integer> {
  enum Profile { issued, draft, imported }

  enum Output { text, json }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Plans to validate; folders are searched.")
  List<String> inputs;

  @Option(names = "--profile", defaultValue = "issued", description = "Rule set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Profile profile;

  @Mixin
  LanguageOption language;

  @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Output format;

  @Option(names = "--from", description = "Read every input as ${COMPLETION-CANDIDATES} instead of detecting it.")
  InputFormat from;

  @Option(names = "--calendar", description = "Also print each plan's reporting calendar.")
  boolean calendar;

  enum Status { valid, invalid, unreadable }

  /** What is kept of one input once it has been validated: its status and its rendered findings, not the plan. */
  private static final class Result {
    final Status status;
    final String text;
    final ObjectNode json;

    Result(Status status, String text, ObjectNode json) {
      this.status = status;
      this.text = text;
      this.json = json;
    }
  }

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PlanMapper mapper = PlanMapper.create();
    PlanValidator validator = PlanValidator.builder()
        .profile(ValidationProfile.valueOf(profile.name().toUpperCase(Locale.ROOT))).build();
    long start = System.nanoTime();
    List<String> files = Batch.expand(inputs);
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ArrayNode fileNodes = root.putArray("files");
    int[] counts = new int[Status.values().length];
    Batch.run(files, f -> check(f, mapper, validator, locale), results -> {
      for (Result r : results) {
        counts[r.status.ordinal()]++;
        if (format == Output.json) {
          fileNodes.add(r.json);
        } else {
          out.print(r.text);
        }
      }
      out.flush();
    }, System.err, locale);
    int valid = counts[Status.valid.ordinal()];
    int invalid = counts[Status.invalid.ordinal()];
    int unreadable = counts[Status.unreadable.ordinal()];
    double seconds = (System.nanoTime() - start) / 1e9;
    int plans = valid + invalid + unreadable;
    if (format == Output.json) {
      root.putObject("summary").put("files", files.size()).put("plans", plans).put("valid", valid).put("invalid", invalid)
          .put("unreadable", unreadable).put("seconds", Math.round(seconds * 1000) / 1000.0);
      out.println(json.writeValueAsString(root));
    } else if (files.size() > 1 || plans > 1) {
      String batch = plans == files.size() ? "" : Messages.get(locale, "kế hoạch: ", "plans: ") + plans + ", ";
      out.printf(Locale.ROOT, "%s%d, %s%s%d, %s%d, %s%d, %s%.1f s%n", Messages.get(locale, "tệp: ", "files: "),
          files.size(), batch, Messages.get(locale, "hợp lệ: ", "valid: "), valid,
          Messages.get(locale, "không hợp lệ: ", "invalid: "), invalid,
          Messages.get(locale, "không đọc được: ", "unreadable: "), unreadable,
          Messages.get(locale, "thời gian: ", "time: "), seconds);
    }
    out.flush();
    return unreadable > 0 ? Main.UNREADABLE : invalid > 0 ? 1 : 0;
  }

  /**
   * Reads and validates one input on a worker thread: one result, or one per plan of a JSON batch.
   * Never throws, so one input cannot stop the batch.
   */
  private List<Result> check(String file, PlanMapper mapper, PlanValidator validator, Locale locale) {
    List<Result> results = new java.util.ArrayList<>(1);
    try {
      if (Loaded.isJsonBatch(file, from)) {
        Loaded.readBatch(file, mapper, locale, plan -> results.add(check(plan, validator, locale)));
      } else {
        results.add(check(Loaded.read(file, from, mapper, locale), validator, locale));
      }
    } catch (RuntimeException e) {
      results.add(check(Loaded.crashed(file, e, locale), validator, locale));
    }
    return results;
  }

  /** Validates a plan read (or reports why it was not). */
  private Result check(Loaded loaded, PlanValidator validator, Locale locale) {
    ValidationReport report = loaded.plan == null ? null : validator.validate(loaded.plan);
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("file", loaded.name);
    StringBuilder text = new StringBuilder();
    if (report == null) {
      node.put("status", Status.unreadable.name()).put("error", loaded.error);
      text.append("== ").append(loaded.name).append(": ")
          .append(Messages.get(locale, "không đọc được: ", "unreadable: ")).append(loaded.error).append('\n');
      return new Result(Status.unreadable, text.toString(), node);
    }
    Status status = report.isValid() ? Status.valid : Status.invalid;
    node.put("format", loaded.format.name()).put("status", status.name()).put("profile", report.getProfile().getCode());
    text.append("== ").append(loaded.name).append(" (").append(loaded.format).append(")\n");
    ArrayNode warnings = node.putArray("importWarnings");
    for (Diagnostic w : loaded.warnings) {
      warnings.addObject().put("code", w.getCode()).put("message", Loaded.warningText(w, locale));
      text.append("  ").append(Messages.get(locale, "cảnh báo khi nhập: ", "import warning: "))
          .append(Loaded.warningText(w, locale)).append('\n');
    }
    ArrayNode findings = node.putArray("findings");
    for (Finding x : report.getFindings()) {
      ObjectNode n = findings.addObject();
      n.put("rule", x.getRuleCode()).put("severity", x.getSeverity().getCode()).put("pointer", x.getPointer())
          .put("message", x.message(locale));
      x.getRejectedValue().ifPresent(v -> n.put("rejectedValue", v));
    }
    text.append(report.format(locale));
    if (calendar) {
      List<String> lines = Calendar.lines(loaded.plan, locale);
      text.append(Messages.get(locale, "Lịch báo cáo:", "Reporting calendar:"))
          .append(lines.isEmpty() ? Messages.get(locale, " (không có)", " (none)") : "").append('\n');
      lines.forEach(l -> text.append("  ").append(l).append('\n'));
    }
    return new Result(status, text.toString(), node);
  }
}
