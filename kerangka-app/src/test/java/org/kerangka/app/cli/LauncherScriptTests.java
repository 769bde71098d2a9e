package org.kerangka.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./kerangka} script in a scratch project whose {@code mvnw} and {@code java}
 * are fakes that only log how they were called.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTests {

  @TempDir Path tmp;
  private Path project;
  private Path caller;
  private Path log;
  private Path jar;

  @BeforeEach
  void scratchProject() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run ./kerangka");
    project = Files.createDirectories(tmp.resolve("project"));
    caller = Files.createDirectories(tmp.resolve("elsewhere"));
    log = tmp.resolve("calls.log");
    jar = project.resolve("kerangka-app/target/kerangka-app.jar");
    Files.copy(script(), project.resolve("kerangka"));
    executable(project.resolve("kerangka"));
    Files.createDirectories(project.resolve("kerangka-app/src/main/java"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(project.resolve("kerangka-app/pom.xml"), "<project/>");
    Files.writeString(project.resolve("kerangka-app/src/main/java/A.java"), "class A {}");
    Files.writeString(
        project.resolve("mvnw"),
        "#!/bin/sh\n"
            + "echo \"mvnw $* in $PWD\" >> \"$CALLS\"\n"
            + "mkdir -p kerangka-app/target && : > kerangka-app/target/kerangka-app.jar\n");
    executable(project.resolve("mvnw"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.writeString(
        bin.resolve("java"),
        "#!/bin/sh\necho \"java $* in $PWD home=$KERANGKA_HOME\" >> \"$CALLS\"\n");
    executable(bin.resolve("java"));
    for (String source :
        List.of("pom.xml", "kerangka-app/pom.xml", "kerangka-app/src/main/java/A.java")) {
      age(project.resolve(source), -3600);
    }
  }

  @Test
  void buildsOnFirstUseThenRunsTheJarFromTheCallersDirectory() throws Exception {
    String stderr = launch(Map.of(), "extract", "a.txt");

    assertThat(stderr).isEqualTo("building Kerangka ...\n");
    assertThat(calls())
        .containsExactly(
            "mvnw -B -q -DskipTests install in " + project.toRealPath(),
            "java -jar "
                + project.toRealPath().resolve("kerangka-app/target/kerangka-app.jar")
                + " extract a.txt in "
                + caller
                + " home="
                + project.toRealPath());
  }

  @Test
  void doesNotRebuildWhileTheJarIsNewerThanSourcesAndPoms() throws Exception {
    launch(Map.of(), "extract", "a.txt");
    String stderr = launch(Map.of(), "extract", "b.txt");

    assertThat(stderr).isEmpty();
    assertThat(calls()).filteredOn(c -> c.startsWith("mvnw")).hasSize(1);
  }

  @Test
  void rebuildsWhenASourceFileIsNewerThanTheJar() throws Exception {
    launch(Map.of(), "extract", "a.txt");
    age(project.resolve("kerangka-app/src/main/java/A.java"), 60);

    launch(Map.of(), "extract", "a.txt");

    assertThat(calls()).filteredOn(c -> c.startsWith("mvnw")).hasSize(2);
  }

  @Test
  void rebuildsWhenAPomIsNewerThanTheJar() throws Exception {
    launch(Map.of(), "extract", "a.txt");
    age(project.resolve("kerangka-app/pom.xml"), 60);

    launch(Map.of(), "extract", "a.txt");

    assertThat(calls()).filteredOn(c -> c.startsWith("mvnw")).hasSize(2);
  }

  @Test
  void benchGetsASmallHeapOnlyWhenNoJavaOptionsAreSet() throws Exception {
    launch(Map.of(), "bench", "--seconds", "1");
    launch(Map.of("KERANGKA_JAVA_OPTS", "-Xmx1g -Dx=y"), "bench");
    launch(Map.of(), "extract", "a.txt");

    List<String> java = calls().stream().filter(c -> c.startsWith("java")).toList();
    assertThat(java.get(0)).startsWith("java -Xmx256m -jar ");
    assertThat(java.get(1)).startsWith("java -Xmx1g -Dx=y -jar ");
    assertThat(java.get(2)).startsWith("java -jar ");
  }

  @Test
  void aSmallIngestRunsWithC1OnlyALargeOneAndOneWithJavaOptionsAsGiven() throws Exception {
    Path news = Files.createDirectories(caller.resolve("news"));
    Files.writeString(news.resolve("a.txt"), "Teken MoU");
    Path big = Files.createDirectories(tmp.resolve("big"));
    byte[] megabyte = new byte[1 << 20];
    java.util.Arrays.fill(megabyte, (byte) 'x');
    try (java.io.OutputStream out = Files.newOutputStream(big.resolve("huge.jsonl"))) {
      for (int i = 0; i < 129; i++) {
        out.write(megabyte);
      }
    }

    launch(Map.of(), "ingest", "--batch", "100", "news");
    launch(Map.of(), "ingest", "news", big.toString());
    launch(Map.of("KERANGKA_JAVA_OPTS", "-Xmx1g"), "ingest", "news");
    launch(Map.of(), "ingest", "--batch", "500", "no-such-folder");

    List<String> java = calls().stream().filter(c -> c.startsWith("java")).toList();
    assertThat(java.get(0)).startsWith("java -XX:TieredStopAtLevel=1 -jar ");
    assertThat(java.get(0)).contains(" ingest --batch 100 news in ");
    assertThat(java.get(1)).startsWith("java -jar ");
    assertThat(java.get(2)).startsWith("java -Xmx1g -jar ");
    assertThat(java.get(3)).startsWith("java -XX:TieredStopAtLevel=1 -jar ");
  }

  /** Runs the script from the caller's directory and returns its standard error. */
  private String launch(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("/bin/bash", project.resolve("kerangka").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(caller.toFile());
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("KERANGKA_JAVA_OPTS");
    builder.environment().remove("KERANGKA_HOME");
    builder.environment().put("CALLS", log.toString());
    builder.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().putAll(env);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Path stderr = tmp.resolve("stderr");
    builder.redirectError(stderr.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
    assertThat(process.exitValue()).as("launcher exit code").isZero();
    return Files.readString(stderr, UTF_8);
  }

  private List<String> calls() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log, UTF_8) : List.of();
  }

  private static Path script() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("kerangka"))
          && Files.isDirectory(p.resolve("kerangka-app"))) {
        return p.resolve("kerangka");
      }
    }
    throw new IllegalStateException("./kerangka not found above " + Path.of("").toAbsolutePath());
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void age(Path file, long secondsFromNow) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsFromNow)));
  }
}
