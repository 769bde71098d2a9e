package org.kerangka.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kerangka.app.review.GroupingBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kerangka bench-grouping}: times the grouping of synthetic candidate agreements at growing
 * sizes, to show that its cost grows as n log n and not n².
 */
@Command(
    name = "bench-grouping",
    mixinStandardHelpOptions = true,
    description = {
      "Times the de-duplication of synthetic candidate agreements (blocking by countries and"
          + " instrument, sorted date windows, scoring, union-find) at each size, best of"
          + " --runs runs after a warm-up. No database is needed.",
      "The last column divides the time per candidate by log2(n): roughly constant for n log n"
          + " growth; it would grow with n if the cost were quadratic."
    })
final class CaptureBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "10000,100000",
      description = "Candidate counts to time (default: ${DEFAULT-VALUE}).")
  private List<Integer> sizes = new ArrayList<>();

  @Option(
      names = "--runs",
      paramLabel = "R",
      defaultValue = "5",
      description = "Timed runs per size; the best is reported (default: ${DEFAULT-VALUE}).")
  private int runs;

  @Override
  public Integer call() {
    if (runs <= 0 || sizes.stream().anyMatch(n -> n <= 0)) {
      throw new ParameterException(spec.commandLine(), "--sizes and --runs must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    Runtime runtime = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "Kerangka grouping benchmark%njava %s, %d cores, max heap %d MB%n%n",
        System.getProperty("java.version"),
        runtime.availableProcessors(),
        runtime.maxMemory() >> 20);
    out.printf(
        Locale.ROOT,
        "%10s %8s %12s %14s %18s%n",
        "candidates",
        "groups",
        "best ms",
        "us/candidate",
        "ns/(n log2 n)");
    for (int i = 0; i < 2; i++) {
      GroupingBench.run(Math.min(20000, sizes.get(0)), 7); // warm-up
    }
    for (int n : sizes) {
      GroupingBench.Result best = null;
      for (int r = 0; r < runs; r++) {
        GroupingBench.Result result = GroupingBench.run(n, 42);
        if (best == null || result.millis() < best.millis()) {
          best = result;
        }
      }
      double perCandidate = best.millis() * 1000 / n;
      double perNLogN = best.millis() * 1e6 / (n * (Math.log(n) / Math.log(2)));
      out.printf(
          Locale.ROOT,
          "%10d %8d %12.1f %14.2f %18.1f%n",
          n,
          best.groups(),
          best.millis(),
          perCandidate,
          perNLogN);
      out.flush();
    }
    return ExitCodes.OK;
  }
}
