package org.kerangka.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code <id>.json} files in the {@code --out} folder, never seen half-written. */
final class OutputFiles {
  private static final int MAX_NAME = 200;

  private OutputFiles() {}

  /**
   * A file name for the article id: characters other than letters, digits, {@code . _ -} become
   * {@code _}; no leading dot; at most 200 characters before {@code .json}.
   */
  static String fileName(String id) {
    StringBuilder name = new StringBuilder(Math.min(id.length(), MAX_NAME) + 5);
    for (int i = 0; i < id.length() && name.length() < MAX_NAME; i++) {
      char c = id.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      name.append(safe ? c : '_');
    }
    if (name.isEmpty() || name.charAt(0) == '.') {
      name.insert(0, '_');
    }
    return name.append(".json").toString();
  }

  /** Writes {@code json} and a newline to a temporary file in {@code folder}, then renames it. */
  static void write(Path folder, String fileName, String json) throws IOException {
    Path target = folder.resolve(fileName);
    Path temporary = Files.createTempFile(folder, ".kerangka-", ".tmp");
    try {
      Files.writeString(temporary, json + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
