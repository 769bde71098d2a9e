package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
  void serveHelpSaysItOnlyStartsTheApplicationContextForNow() {
    CliRun run = CliRun.of("serve", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("only starts the Spring application context");
  }
}
