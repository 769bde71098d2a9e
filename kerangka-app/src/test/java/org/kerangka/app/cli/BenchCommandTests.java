package org.kerangka.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the benchmark runs and describes itself; it measures nothing worth asserting. */
class BenchCommandTests {

  @TempDir Path dir;

  @Test
  void reportsEnvironmentCorpusAndOneRowPerThreadCount() throws IOException {
    String line =
        "{\"id\": \"%s\", \"paragraphs\": [[[\"PSSI\", \"menandatangani\", \"kontrak\","
            + " \".\"]]]}\n";
    Files.writeString(
        dir.resolve("dev.01.jsonl"), line.formatted("a") + line.formatted("b"), UTF_8);
    Files.writeString(dir.resolve("dev.02.jsonl"), line.formatted("b"), UTF_8);

    CliRun run =
        CliRun.of(
            "bench",
            "--corpus",
            dir.toString(),
            "--seconds",
            "0.05",
            "--warmup",
            "0",
            "--threads",
            "1,2",
            "--list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("max heap", "cores", "java 17")
        .contains("2 articles", "1 duplicate ids dropped")
        .contains("agreements found:", "cue words in 2 articles")
        .contains("extract art/s", "scan art/s", "extraction/scan");
    assertThat(run.outLines()).anyMatch(l -> l.startsWith("1 ")).anyMatch(l -> l.startsWith("2 "));
  }

  @Test
  void missingCorpusFolderIsOneLineAndExitTwo() {
    Path missing = dir.resolve("nope");

    CliRun run = CliRun.of("bench", "--corpus", missing.toString(), "--seconds", "0.01");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "kerangka: " + missing + ": no such folder (give the IndoSum folds with --corpus DIR)");
  }
}
