package org.kerangka.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kerangka.app.KerangkaApplication;
import org.kerangka.app.audit.AuditActor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a piece of command-line work against the registry: starts the application without its web
 * server (no demo data, quiet logging), runs the work with changes recorded for {@code cli:<os
 * user>}, and closes it. The registry's database must not be open in a running server when it is
 * the embedded H2 file (stop {@code serve} first, or use PostgreSQL).
 */
final class RegistryContext {
  private RegistryContext() {}

  static int run(
      List<String> springArguments, Function<ConfigurableApplicationContext, Integer> work) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--kerangka.demo-data=false");
    arguments.add("--spring.main.banner-mode=off");
    arguments.add("--logging.level.root=WARN");
    arguments.addAll(springArguments);
    SpringApplication application = new SpringApplication(KerangkaApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setLogStartupInfo(false);
    try (ConfigurableApplicationContext context =
        application.run(arguments.toArray(String[]::new))) {
      return AuditActor.as(AuditActor.cli(), () -> work.apply(context));
    }
  }
}
