package org.kerangka.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Kerangka Spring Boot application. */
@SpringBootApplication
public class KerangkaApplication {
  public static void main(String[] args) {
    System.exit(org.kerangka.app.cli.KerangkaCli.run(args));
  }
}
