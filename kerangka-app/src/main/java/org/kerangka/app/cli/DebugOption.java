package org.kerangka.app.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Mixin for {@code --debug}: stack traces for internal errors. */
final class DebugOption {
  static final String NAME = "--debug";

  @Option(
      names = NAME,
      description = "Print stack traces of internal errors (user errors stay one line).")
  boolean debug;

  /** Whether {@code --debug} was given to the command that ran (or any of its parents). */
  static boolean requested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(NAME)) {
        return true;
      }
    }
    return false;
  }
}
