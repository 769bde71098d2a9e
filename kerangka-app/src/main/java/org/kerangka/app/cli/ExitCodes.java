package org.kerangka.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where outcomes become process exit codes: 0 success, 1 internal error, 2 invalid
 * input (bad options, or any file that could not be read or written).
 */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int INVALID_INPUT = 2;

  /** A check found a problem (e.g. {@code audit verify} found a broken link). */
  static final int CHECK_FAILED = 3;

  private ExitCodes() {}

  static void install(CommandLine cli) {
    cli.setParameterExceptionHandler(ExitCodes::onBadParameters);
    cli.setExecutionExceptionHandler(ExitCodes::onException);
  }

  /** One line with the problem plus a hint, never the whole usage text. */
  private static int onBadParameters(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("kerangka: " + ex.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return INVALID_INPUT;
  }

  private static int onException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof UserError) {
      err.println("kerangka: " + ex.getMessage());
      err.flush();
      return INVALID_INPUT;
    }
    if (DebugOption.requested(parsed)) {
      err.println("kerangka: internal error: " + describe(ex));
      ex.printStackTrace(err);
    } else {
      err.println("kerangka: internal error: " + describe(ex) + " (--debug shows the stack trace)");
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  static String describe(Throwable ex) {
    String message = ex.getMessage();
    return message == null || message.isBlank()
        ? ex.getClass().getName()
        : ex.getClass().getSimpleName() + ": " + message;
  }
}
