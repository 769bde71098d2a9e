package org.kerangka.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectHomeTests {

  @Test
  void findsTheRootAboveTheApplicationJar(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Path jar =
        Files.createDirectories(root.resolve("kerangka-app/target")).resolve("kerangka-app.jar");

    assertThat(ProjectHome.fromClassPath("/nowhere/else.jar" + File.pathSeparator + jar))
        .isEqualTo(root);
  }

  @Test
  void findsNothingOutsideAProject(@TempDir Path elsewhere) {
    assertThat(ProjectHome.fromClassPath(elsewhere.resolve("lib.jar").toString())).isNull();
  }
}
