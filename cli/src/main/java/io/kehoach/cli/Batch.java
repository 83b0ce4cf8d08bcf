package io.kehoach.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one job per input over the machine's cores, one document at a time per worker, with a
 * progress bar on a terminal (plain progress lines otherwise); one bad input never stops the batch.
 */
final class Batch {
  private Batch() {}

  /** The files named: files as given, folders searched for .json, .yaml, .yml and .txt files; "-" is standard input. */
  static List<String> expand(List<String> args) throws IOException {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (!a.equals("-") && Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          out.addAll(s.filter(Files::isRegularFile).filter(Batch::supported).map(Path::toString).sorted()
              .collect(Collectors.toList()));
        }
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** A file a folder batch takes: a plan by its extension (CSV annexes are not plans on their own). */
  private static boolean supported(Path p) {
    return InputFormat.byExtension(p.getFileName().toString()).filter(f -> !f.isAnnex()).isPresent();
  }

  /**
   * Runs {@code job} on every input over the machine's cores and hands each result to {@code sink}, on the
   * calling thread and in input order, as soon as it and those before it are done. Results are dropped once
   * handed over, so memory holds the documents being worked on plus the small results not yet handed over.
   */
  static <R> void run(List<String> inputs, Function<String, R> job, Consumer<R> sink, PrintStream progress,
      Locale locale) {
    if (inputs.size() <= 1) {
      inputs.stream().map(job).forEach(sink);
      return;
    }
    int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "kehoach-worker");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    boolean terminal = System.console() != null;
    int step = Math.max(1, inputs.size() / 10);
    try {
      List<Future<R>> futures = new ArrayList<>(inputs.size());
      for (String input : inputs) {
        futures.add(pool.submit(() -> {
          R r = job.apply(input);
          report(progress, done.incrementAndGet(), inputs.size(), terminal, step, locale);
          return r;
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        R r = futures.get(i).get();
        futures.set(i, null);
        sink.accept(r);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // Jobs catch their own failures; reaching here is a bug in kehoach, not a bad input.
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report(PrintStream progress, int n, int total, boolean terminal, int step, Locale locale) {
    synchronized (progress) {
      if (terminal) {
        int width = 30;
        int filled = n * width / total;
        progress.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
        if (n == total) {
          progress.println();
        }
      } else if (n % step == 0 || n == total) {
        progress.println(Messages.get(locale, "tiến độ: ", "progress: ") + n + "/" + total);
      }
      progress.flush();
    }
  }
}
