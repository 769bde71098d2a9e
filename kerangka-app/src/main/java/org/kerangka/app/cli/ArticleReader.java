package org.kerangka.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kerangka.extract.Article;

/**
 * Turns {@code extract} arguments into articles, in order: a {@code .txt} file (with its {@code
 * .meta.json}), a {@code .jsonl} file (one article a line), a folder (its {@code .txt} and {@code
 * .jsonl} files, sorted by name) or {@code -} (standard input). Problems become {@link
 * Input.Failed} items; reading goes on.
 */
final class ArticleReader {
  static final String STDIN = "-";
  static final String STDIN_ID = "stdin";

  /** Bad lines reported one by one per file; the rest are counted in one more line. */
  static final int MAX_BAD_LINES_SHOWN = 5;

  private final InputStream stdin;

  ArticleReader(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Reads everything {@code argument} names and hands each item to {@code sink}. */
  void read(String argument, Consumer<Input> sink) {
    if (argument.equals(STDIN)) {
      sink.accept(readStdin());
      return;
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      sink.accept(new Input.Failed(argument + ": not a valid path"));
      return;
    }
    if (Files.isDirectory(path)) {
      readFolder(path, sink);
    } else if (!Files.exists(path)) {
      sink.accept(new Input.Failed(argument + ": no such file"));
    } else {
      readFile(path, argument, sink);
    }
  }

  private Input readStdin() {
    try {
      String text = Utf8.decode(stdin.readAllBytes());
      if (text.isBlank()) {
        return new Input.Failed("standard input: empty");
      }
      return new Input.Loaded(STDIN, Article.of(STDIN_ID, text));
    } catch (UserError e) {
      return new Input.Failed("standard input: " + e.getMessage());
    } catch (IOException e) {
      return new Input.Failed("standard input: cannot read (" + reason(e) + ")");
    }
  }

  private void readFolder(Path folder, Consumer<Input> sink) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if ((name.endsWith(".txt") || name.endsWith(".jsonl")) && Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      sink.accept(new Input.Failed(folder + ": cannot read folder (" + reason(e) + ")"));
      return;
    }
    if (files.isEmpty()) {
      sink.accept(new Input.Failed(folder + ": no .txt or .jsonl files in this folder"));
      return;
    }
    files.sort(null);
    for (Path file : files) {
      readFile(file, file.toString(), sink);
    }
  }

  private void readFile(Path file, String display, Consumer<Input> sink) {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      sink.accept(
          new Input.Failed(
              display + ": not an article file (expected .txt, .jsonl, a folder or -)"));
      return;
    }
    String text;
    try {
      text = Utf8.decode(Files.readAllBytes(file));
    } catch (UserError e) {
      sink.accept(new Input.Failed(display + ": " + e.getMessage()));
      return;
    } catch (IOException e) {
      sink.accept(new Input.Failed(display + ": " + problem(e)));
      return;
    }
    if (text.isBlank()) {
      sink.accept(new Input.Failed(display + ": empty file"));
    } else if (name.endsWith(".jsonl")) {
      readLines(text, display, sink);
    } else {
      sink.accept(readText(file, display, text));
    }
  }

  private Input readText(Path file, String display, String text) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Article article = Article.of(stem, text);
    Path meta = file.resolveSibling(stem + ".meta.json");
    if (!Files.exists(meta)) {
      return new Input.Loaded(display, article);
    }
    String metaDisplay = siblingDisplay(display, meta.getFileName().toString());
    try {
      String json = Utf8.decode(Files.readAllBytes(meta));
      return new Input.Loaded(display, JsonArticles.withMeta(article, json));
    } catch (UserError e) {
      return new Input.Failed(metaDisplay + ": " + e.getMessage());
    } catch (IOException e) {
      return new Input.Failed(metaDisplay + ": " + problem(e));
    }
  }

  private static void readLines(String text, String display, Consumer<Input> sink) {
    int lineNumber = 0;
    int badLines = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String origin = display + ":" + lineNumber;
      try {
        sink.accept(new Input.Loaded(origin, JsonArticles.fromLine(line)));
      } catch (UserError e) {
        badLines++;
        if (badLines <= MAX_BAD_LINES_SHOWN) {
          sink.accept(new Input.Failed(origin + ": " + e.getMessage()));
        }
      }
    }
    if (badLines > MAX_BAD_LINES_SHOWN) {
      sink.accept(
          new Input.Failed(
              display
                  + ": "
                  + (badLines - MAX_BAD_LINES_SHOWN)
                  + " more bad lines not shown ("
                  + badLines
                  + " in all)"));
    }
  }

  /** The path of a sibling file written the way the user wrote the original. */
  private static String siblingDisplay(String display, String siblingName) {
    int slash = Math.max(display.lastIndexOf('/'), display.lastIndexOf('\\'));
    return display.substring(0, slash + 1) + siblingName;
  }

  private static String problem(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read (permission denied)";
    }
    return "cannot read (" + reason(e) + ")";
  }

  static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
