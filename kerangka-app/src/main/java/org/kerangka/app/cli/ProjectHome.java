package org.kerangka.app.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The project root, for defaults such as the benchmark corpus ({@code ../shared/} beside it): the
 * {@code KERANGKA_HOME} environment variable set by the {@code ./kerangka} launcher, else the
 * nearest folder above the class path (the application jar, or {@code target/classes}) that holds
 * {@code kerangka-app} and a {@code pom.xml}, else the working folder.
 */
final class ProjectHome {
  private ProjectHome() {}

  static Path find() {
    String home = System.getenv("KERANGKA_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    Path fromClassPath = fromClassPath(System.getProperty("java.class.path", ""));
    return fromClassPath != null ? fromClassPath : Path.of("").toAbsolutePath();
  }

  static @Nullable Path fromClassPath(String classPath) {
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        for (Path p = Path.of(entry).toAbsolutePath(); p != null; p = p.getParent()) {
          if (Files.isDirectory(p.resolve("kerangka-app"))
              && Files.isRegularFile(p.resolve("pom.xml"))) {
            return p;
          }
        }
      } catch (InvalidPathException e) {
        // not a path on this system: try the next entry
      }
    }
    return null;
  }
}
