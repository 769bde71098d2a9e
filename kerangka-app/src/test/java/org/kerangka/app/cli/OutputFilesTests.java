package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTests {

  @Test
  void keepsSafeIdsAsTheyAre() {
    assertThat(OutputFiles.fileName("000_e8b1a75f7aff8d21")).isEqualTo("000_e8b1a75f7aff8d21.json");
  }

  @Test
  void replacesPathSeparatorsAndOtherUnsafeCharacters() {
    assertThat(OutputFiles.fileName("../etc/passwd")).isEqualTo("_.._etc_passwd.json");
    assertThat(OutputFiles.fileName("berita: satu/dua?")).isEqualTo("berita__satu_dua_.json");
  }

  @Test
  void neverStartsWithADotAndStaysShort() {
    assertThat(OutputFiles.fileName(".hidden")).isEqualTo("_.hidden.json");
    assertThat(OutputFiles.fileName("x".repeat(1000))).hasSize(200 + ".json".length());
  }

  @Test
  void writeLeavesOnlyTheTargetFile(@TempDir Path dir) throws IOException {
    OutputFiles.write(dir, "a.json", "{}");
    OutputFiles.write(dir, "a.json", "{\"again\":true}");

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.json");
    }
    assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("{\"again\":true}\n");
  }
}
