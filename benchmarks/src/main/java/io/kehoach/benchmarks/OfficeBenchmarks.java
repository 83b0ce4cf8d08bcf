package io.kehoach.benchmarks;

import io.kehoach.benchmarks.PlanCorpus.Size;
import io.kehoach.legacy.docx.PlanDocxImporter;
import io.kehoach.legacy.docx.PlanDocxWriter;
import io.kehoach.legacy.pdf.PlanPdfImporter;
import io.kehoach.legacy.text.TextImport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The office readers against their floors, over the same file in one run: a plan written as
 * {@code .docx} by kehoach's writer, imported against Apache POI alone opening it and walking its
 * body elements (every paragraph's and cell's text); the same plan laid out as a PDF
 * ({@code PdfPlans} of the test fixtures), imported against PDFBox's own text extraction of it. Typical size only: an
 * office file of the large plan is not a realistic input.
 *
 * <p>Ten warm-up iterations, not five: an import runs the whole recogniser, whose many large
 * methods the JIT compiles over 15–20 s (five iterations left it still falling by a third during
 * the measurement); the floors get the same warm-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class OfficeBenchmarks {

  /** The typical plan as a Word file and as a PDF. */
  @State(Scope.Benchmark)
  public static class Files {
    @Param({"TYPICAL"})
    public Size size;

    byte[] docx;
    byte[] pdf;
    final PlanDocxImporter docxImporter = PlanDocxImporter.create();
    final PlanPdfImporter pdfImporter = PlanPdfImporter.create();

    @Setup(Level.Trial)
    public void setUp() {
      docx = PlanDocxWriter.create().write(PlanCorpus.plan(size));
      pdf = io.kehoach.legacy.testing.PdfPlans.pdf(PlanCorpus.text(size));
    }
  }

  @Benchmark
  public TextImport docxImport(Files f) {
    return f.docxImporter.read(f.docx, "plan.docx");
  }

  /** POI alone: open the file and read the text of every body element, cells included. */
  @Benchmark
  public void docxFloor(Files f, Blackhole bh) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(f.docx))) {
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph) {
          bh.consume(((XWPFParagraph) e).getText());
        } else if (e instanceof XWPFTable) {
          bh.consume(((XWPFTable) e).getText());
        }
      }
    }
  }

  @Benchmark
  public TextImport pdfImport(Files f) {
    return f.pdfImporter.read(f.pdf, "plan.pdf");
  }

  /** PDFBox alone: load the file and extract its text in reading order. */
  @Benchmark
  public String pdfFloor(Files f) throws IOException {
    try (PDDocument doc = Loader.loadPDF(f.pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    }
  }
}
