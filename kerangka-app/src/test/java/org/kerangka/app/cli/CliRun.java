package org.kerangka.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code kerangka} in-process with captured standard streams. */
record CliRun(int exitCode, String out, String err) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        KerangkaCli.commandLine(
                new ByteArrayInputStream(stdin),
                new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  static CliRun withStdin(String stdin, String... args) {
    return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  List<String> outLines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
  }

  /** The {@code document} objects of the JSON lines on standard output. */
  List<JsonNode> documents() {
    return outLines().stream().map(line -> JSON.readTree(line).get("document")).toList();
  }

  static JsonNode document(String json) {
    return JSON.readTree(json).get("document");
  }
}
