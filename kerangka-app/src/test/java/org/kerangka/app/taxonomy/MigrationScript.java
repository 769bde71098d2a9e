package org.kerangka.app.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads an SQL migration from the classpath and splits it into statements for plain JDBC. */
final class MigrationScript {

  private MigrationScript() {}

  static String read(String resource) throws IOException {
    try (InputStream in = MigrationScript.class.getClassLoader().getResourceAsStream(resource)) {
      Objects.requireNonNull(in, resource + " not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Splits a script at semicolons outside string literals, dropping {@code --} comments. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (inString) {
        current.append(c);
        if (c == '\'') {
          inString = false; // a doubled quote re-enters the string on the next character
        }
      } else if (c == '\'') {
        inString = true;
        current.append(c);
      } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
        while (i < script.length() && script.charAt(i) != '\n') {
          i++;
        }
        current.append('\n');
      } else if (c == ';') {
        add(statements, current);
      } else {
        current.append(c);
      }
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder current) {
    String sql = current.toString().strip();
    if (!sql.isEmpty()) {
      statements.add(sql);
    }
    current.setLength(0);
  }
}
