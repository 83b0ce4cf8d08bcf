package io.kehoach.examples;

import io.kehoach.legacy.tables.AnnexTableImport;
import io.kehoach.legacy.tables.AnnexTableReader;
import io.kehoach.legacy.tables.AnnexTableWriter;
import io.kehoach.legacy.tables.TableLoss;
import io.kehoach.plan.Plan;
import io.kehoach.plan.Task;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The README's annex table example: write the Bình Phước plan's tasks as a CSV annex table (what a
 * spreadsheet opens), see what the table does not carry, and read the table back into a plan.
 */
public final class AnnexTable {
  private AnnexTable() {}

  /** Prints the table's header row, what it does not carry, and the tasks read back. */
  public static void main(String[] args) {
    Plan plan = BinhPhuoc2017.plan();
    // README:begin
    AnnexTableWriter writer = AnnexTableWriter.create();
    byte[] csv = writer.writeBytes(plan);                      // UTF-8 with BOM, every cell quoted, CRLF
    List<TableLoss> losses = writer.describeLosses(plan);      // what the table cannot carry, never silent

    AnnexTableImport table = AnnexTableReader.create().read(csv, "phu-luc.csv");
    Plan withoutTasks = Plan.builder().from(plan).assignments(List.of()).build();
    Plan again = table.applyTo(withoutTasks);                  // bodies matched by name, tasks added
    // README:end
    String text = new String(csv, StandardCharsets.UTF_8);
    System.out.println(text.substring(1, text.indexOf("\r\n")));
    System.out.println(losses.size() + " things the table does not carry, e.g. " + losses.get(0).getCode());
    System.out.println(table.getAssignments().size() + " assignments, " + table.tasks().count() + " tasks read back");
    for (Task t : again.tasks().toList()) {
      System.out.println("- " + t.getDescription().substring(0, Math.min(60, t.getDescription().length()))
          + t.getTiming().map(x -> " [" + x + "]").orElse(""));
    }
  }
}
