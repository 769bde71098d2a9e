package org.kerangka.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kerangka.app.KerangkaApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * {@code kerangka serve}: starts the web application (REST API, API docs, demo data). The only
 * command that loads Spring, so that {@code extract} and {@code bench} start fast.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the Kerangka web application on http://localhost:8080 and keeps it running"
          + " until Ctrl-C.",
      "",
      "REST API under /api/v1 (agreements, organisations, persons, events); API docs at"
          + " /swagger-ui.html and /v3/api-docs.",
      "Data is kept in ./data/kerangka (H2) unless KERANGKA_DB_URL, KERANGKA_DB_USER and"
          + " KERANGKA_DB_PASSWORD name a PostgreSQL database. An empty registry is filled with"
          + " demo data extracted from the bundled seed article (--kerangka.demo-data=false"
          + " to skip).",
      "Other arguments (e.g. --server.port=9090) are passed to Spring Boot."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin private DebugOption debug;

  @Unmatched private List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    Server.runUntilClosed(springArguments.toArray(String[]::new));
    return ExitCodes.OK;
  }

  /** Kept apart so that loading the command classes does not load Spring. */
  private static final class Server {
    static void runUntilClosed(String[] arguments) throws InterruptedException {
      CountDownLatch closed = new CountDownLatch(1);
      SpringApplication application = new SpringApplication(KerangkaApplication.class);
      application.addListeners(
          event -> {
            if (event instanceof ContextClosedEvent) {
              closed.countDown();
            }
          });
      ConfigurableApplicationContext context = application.run(arguments);
      if (context.isActive()) {
        closed.await();
      }
    }
  }
}
