package org.kerangka.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Kerangka Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KerangkaApplication {
  public static void main(String[] args) {
    System.exit(org.kerangka.app.cli.KerangkaCli.run(args));
  }
}
