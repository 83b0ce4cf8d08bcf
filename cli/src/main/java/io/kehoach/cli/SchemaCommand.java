package io.kehoach.cli;

import io.kehoach.json.PlanSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kehoach schema}. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (2020-12) of the kehoach format.")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(PlanSchema.json());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
