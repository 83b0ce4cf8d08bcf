package io.kehoach.legacy.docx;

import io.kehoach.legacy.docx.internal.DocxLayout;
import io.kehoach.legacy.text.PlanTextRenderer;
import io.kehoach.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes a plan as a Word {@code .docx} file laid out as Decree 30/2020/NĐ-CP, Appendix I, sets:
 * A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman 14 pt; the head as a
 * borderless two-column table (issuing body and number on the left; national name, motto and place
 * and date on the right, short rules under them); the type name and subject bold and centred; the
 * body justified with a 1.27 cm first-line indent and bold headings; recipients and the signature
 * block as the closing borderless table; annexes on new pages with their tables; page numbers at the
 * top centre from page 2. The text is that of {@link PlanTextRenderer}, so that
 * {@link PlanDocxImporter} reads the file back to the same plan.
 *
 * <pre>{@code
 * byte[] docx = PlanDocxWriter.create().write(plan);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class PlanDocxWriter {
  private static final PlanDocxWriter INSTANCE = new PlanDocxWriter();

  private PlanDocxWriter() {}

  /** The writer. */
  public static PlanDocxWriter create() {
    return INSTANCE;
  }

  /** The plan as the bytes of a {@code .docx} file. */
  public byte[] write(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /**
   * Writes the plan as a {@code .docx} file to {@code out}, which is not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    DocxLayout.write(plan, PlanTextRenderer.create().render(plan), out);
  }
}
