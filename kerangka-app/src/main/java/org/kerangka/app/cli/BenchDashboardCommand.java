package org.kerangka.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kerangka bench-dashboard}: generates synthetic agreements and activities in a database and
 * times the monitoring dashboard on them. A measurement to read, not a test.
 */
@Command(
    name = "bench-dashboard",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fills a database with synthetic agreements (two parties, one to three areas, signing and"
          + " entry-into-force events each) and activities by batched SQL inserts, then times the"
          + " monitoring dashboard (GET /api/v1/dashboard without HTTP): the first run, then the"
          + " median and 95th percentile of cold runs (each after a real write: an agreement's title"
          + " or a new activity, timed apart) and"
          + " of warm runs (the dashboard kept since the last write).",
      "Without --db-url a fresh H2 file database is made in a temporary folder. A database that"
          + " already holds the same synthetic data is measured without generating it again."
    })
final class BenchDashboardCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Option(
      names = "--agreements",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Synthetic agreements (default: ${DEFAULT-VALUE}).")
  private int agreements;

  @Option(
      names = "--activities",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Synthetic activities (default: ${DEFAULT-VALUE}).")
  private int activities;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "5",
      description = "Warm-up runs before timing (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "30",
      description = "Timed runs (default: ${DEFAULT-VALUE}).")
  private int iterations;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC-URL",
      description =
          "Database to fill and measure, e.g. jdbc:postgresql://127.0.0.1:5432/bench"
              + " (default: a new H2 file in a temporary folder).")
  private @Nullable String dbUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      defaultValue = "sa",
      description = "Database user (default: ${DEFAULT-VALUE}).")
  private String dbUser = "sa";

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      defaultValue = "",
      description = "Database password (default: empty).")
  private String dbPassword = "";

  @Override
  public Integer call() throws Exception {
    if (agreements < 1 || activities < 0 || iterations < 1 || warmup < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--agreements and --iterations must be at least 1, --activities and --warmup at least 0");
    }
    String url = dbUrl;
    Path temporary = null;
    if (url == null || url.isBlank()) {
      temporary = Files.createTempDirectory("kerangka-bench-dashboard-");
      url =
          "jdbc:h2:file:"
              + temporary.resolve("kerangka")
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
              + "WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    } else if (!url.startsWith("jdbc:")) {
      throw new UserError("--db-url must be a JDBC URL (jdbc:h2:... or jdbc:postgresql:...)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.datasource.url=" + url);
    arguments.add("--spring.datasource.username=" + dbUser);
    arguments.add("--spring.datasource.password=" + dbPassword);
    arguments.add("--kerangka.demo-data=false");
    arguments.add("--kerangka.reminders.enabled=false");
    arguments.add(
        "--kerangka.data-dir="
            + (temporary != null ? temporary : Files.createTempDirectory("kerangka-bench-index-")));
    arguments.add("--spring.main.web-application-type=none");
    arguments.add("--logging.level.root=WARN");
    double[] r =
        Runner.run(
            arguments.toArray(String[]::new), agreements, activities, warmup, iterations, err);
    String database = url.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
    out.printf(
        Locale.ROOT,
        "dashboard on %s: %,d agreements, %,d activities: first %.1f ms;"
            + " cold (after a write) median %.1f ms, p95 %.1f ms, median CPU %.1f ms;"
            + " warm median %.1f ms, p95 %.1f ms, max %.1f ms, median CPU %.1f ms;"
            + " the writes before the cold runs median %.1f ms, p95 %.1f ms, median CPU %.1f ms"
            + " (CPU of the calling thread; %d runs each, %d warm-up; %d cores, load average %.1f)%n",
        database,
        (long) r[0],
        (long) r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        iterations,
        warmup,
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
    return ExitCodes.OK;
  }

  /** Kept apart so that loading the command classes does not load Spring. */
  private static final class Runner {
    static double[] run(
        String[] arguments,
        int agreements,
        int activities,
        int warmup,
        int iterations,
        PrintWriter progress) {
      org.springframework.boot.SpringApplication application =
          new org.springframework.boot.SpringApplication(
              org.kerangka.app.KerangkaApplication.class);
      try (org.springframework.context.ConfigurableApplicationContext context =
          application.run(arguments)) {
        org.kerangka.app.monitoring.DashboardBench.Result result =
            context
                .getBean(org.kerangka.app.monitoring.DashboardBench.class)
                .run(agreements, activities, warmup, iterations, progress);
        return new double[] {
          result.agreements(),
          result.activities(),
          result.firstMs(),
          result.coldMedianMs(),
          result.coldP95Ms(),
          result.coldMedianCpuMs(),
          result.medianMs(),
          result.p95Ms(),
          result.maxMs(),
          result.medianCpuMs(),
          result.writeMedianMs(),
          result.writeP95Ms(),
          result.writeMedianCpuMs()
        };
      }
    }
  }
}
