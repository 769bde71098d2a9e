package org.kerangka.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kerangka.app.KerangkaApplication;
import org.kerangka.app.audit.AuditActor;
import org.kerangka.app.audit.AuditTrail;
import org.kerangka.app.generator.SyntheticRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code kerangka generate}: fills the configured database with a synthetic registry for
 * benchmarks, then rebuilds the search index.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Fills the registry with deterministic synthetic organisations, people, events and"
          + " agreements (for benchmarks), then rebuilds the search index.",
      "",
      "Uses the same database and data directory as serve: ./data/kerangka (H2) unless"
          + " KERANGKA_DB_URL, KERANGKA_DB_USER and KERANGKA_DB_PASSWORD name a PostgreSQL"
          + " database; --kerangka.data-dir=DIR for the search index. Stop a server using the"
          + " same H2 file first.",
      "Refuses a registry that already holds organisations or agreements unless --append.",
      "Other arguments (e.g. --kerangka.data-dir=/tmp/bench) are passed to Spring Boot."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Option(
      names = "--agreements",
      paramLabel = "N",
      description = "How many agreements to add (default: ${DEFAULT-VALUE}).",
      defaultValue = "100000")
  private int agreements;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "Seed of the generator; the same seed gives the same data (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  private long seed;

  @Option(names = "--append", description = "Add to a registry that is not empty.")
  private boolean append;

  @Unmatched private List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (agreements < 1 || agreements > 10_000_000) {
      throw new ParameterException(
          spec.commandLine(), "--agreements must be between 1 and 10000000, was " + agreements);
    }
    for (String argument : springArguments) {
      if (!argument.startsWith("--") || !argument.contains("=")) {
        throw new ParameterException(
            spec.commandLine(),
            "unknown argument '" + argument + "' (Spring settings look like --name=value)");
      }
    }
    return Generator.run(springArguments.toArray(String[]::new), agreements, seed, append, spec);
  }

  /** Kept apart so that loading the command classes does not load Spring. */
  private static final class Generator {
    static int run(String[] arguments, int agreements, long seed, boolean append, CommandSpec spec)
        throws Exception {
      var application = new org.springframework.boot.SpringApplication(KerangkaApplication.class);
      application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
      // Before the user's arguments, so that those still win; no demo data in a benchmark registry.
      List<String> all =
          new ArrayList<>(
              List.of(
                  "--kerangka.demo-data=false",
                  "--spring.main.banner-mode=off",
                  "--logging.level.root=WARN",
                  "--logging.level.org.kerangka=INFO"));
      all.addAll(List.of(arguments));
      try (var context = application.run(all.toArray(String[]::new))) {
        SyntheticRegistry registry = context.getBean(SyntheticRegistry.class);
        if (!append && !registry.registryIsEmpty()) {
          throw new UserError(
              "the registry is not empty; use --append to add to it, or a fresh database");
        }
        long start = System.nanoTime();
        SyntheticRegistry.Result result = registry.generate(agreements, seed);
        // A bulk load of synthetic benchmark data, written with JDBC batches over many commits:
        // one audit event for the whole load, by cli:<os user>, names what it added.
        AuditTrail trail = context.getBean(AuditTrail.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
            .executeWithoutResult(
                status ->
                    AuditActor.as(
                        AuditActor.cli(),
                        () ->
                            trail.record(
                                "synthetic_registry",
                                String.valueOf(seed),
                                "GENERATE",
                                null,
                                java.util.Map.of(
                                    "seed", seed,
                                    "append", append,
                                    "agreements", result.agreements(),
                                    "organisations", result.organisations(),
                                    "people", result.people(),
                                    "events", result.events()))));
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine()
            .getOut()
            .printf(
                "Generated %d agreements, %d organisations, %d people and %d events; indexed %d"
                    + " records in %.1f s%n",
                result.agreements(),
                result.organisations(),
                result.people(),
                result.events(),
                result.indexedRecords(),
                seconds);
        spec.commandLine().getOut().flush();
      }
      return ExitCodes.OK;
    }
  }
}
