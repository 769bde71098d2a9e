package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class KerangkaCliTests {

  @Test
  void noCommandIsInvalidInputWithAHint() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "kerangka: missing command (extract, bench or serve)",
            "Try 'kerangka --help' for more information.");
  }

  @Test
  void unknownOptionIsOneLinePlusAHintNotTheWholeUsage() {
    CliRun run = CliRun.of("extract", "--frobnicate", "a.txt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).contains("--frobnicate");
    assertThat(run.errLines().get(1))
        .isEqualTo("Try 'kerangka extract --help' for more information.");
  }

  @Test
  void extractWithoutFilesIsInvalidInput() {
    CliRun run = CliRun.of("extract");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).contains("FILE");
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("extract", "bench", "serve");
  }

  @Test
  void serveHelpTellsWhereTheWebApplicationAndItsApiDocsAre() {
    CliRun run = CliRun.of("serve", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("http://localhost:8080", "/swagger-ui.html", "KERANGKA_DB_URL", "demo data");
  }

  @Test
  void internalErrorIsOneLineAndExitOne() {
    StringWriter err = new StringWriter();

    int code = runWithBrokenStdin(err, "extract", "-");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "kerangka: internal error: IllegalStateException: stdin exploded"
                + " (--debug shows the stack trace)\n");
  }

  @Test
  void internalErrorShowsTheStackTraceWithDebug() {
    StringWriter err = new StringWriter();

    int code = runWithBrokenStdin(err, "extract", "--debug", "-");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("kerangka: internal error: IllegalStateException: stdin exploded\n")
        .contains("\tat ");
  }

  private static int runWithBrokenStdin(StringWriter err, String... args) {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("stdin exploded");
          }
        };
    return KerangkaCli.commandLine(
            broken, new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute(args);
  }
}
