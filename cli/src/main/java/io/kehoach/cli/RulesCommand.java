package io.kehoach.cli;

import io.kehoach.validation.Rule;
import io.kehoach.validation.RuleCatalogue;
import io.kehoach.validation.ValidationProfile;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kehoach rules}. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the validation rules: code, severity under issued / draft / imported (E, W, I, -), and what each checks.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    for (Rule r : RuleCatalogue.rules()) {
      StringBuilder sev = new StringBuilder();
      for (ValidationProfile p : ValidationProfile.values()) {
        sev.append(r.severity(p).map(s -> s.getCode().substring(0, 1).toUpperCase(Locale.ROOT)).orElse("-"));
      }
      out.printf("%-26s %s  %s%n", r.getCode(), sev, r.getDescription().get(locale));
    }
    out.flush();
    return 0;
  }
}
