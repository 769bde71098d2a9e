package org.kerangka.app.cli;

/** Entry point of the command line. */
public final class KerangkaCli {
  private KerangkaCli() {}

  public static int run(String[] args) {
    return 0;
  }
}
