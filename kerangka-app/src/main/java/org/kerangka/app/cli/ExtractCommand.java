package org.kerangka.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.AgreementExtractor;
import org.kerangka.extract.Article;
import org.kerangka.extract.ExtractionJson;
import org.kerangka.extract.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kerangka extract}: articles in, one extraction JSON per article out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts cooperation agreements from news articles.",
      "",
      "FILE is a .txt article (NAME.meta.json beside NAME.txt, if there is one, gives id,"
          + " lang, published and title; otherwise the id is NAME), a .jsonl file with one article a"
          + " line (id, text or IndoSum paragraphs, optional lang, published, title), a folder"
          + " (its .txt and .jsonl files, sorted, not recursive) or - for one article on standard"
          + " input (id stdin).",
      "",
      "Writes JSON Lines on standard output in input order, or one <id>.json per article with"
          + " --out. A file that cannot be read is reported on standard error and skipped.",
      "Exit codes: 0 all read and written; 2 invalid input (any file skipped, bad option);"
          + " 1 internal error."
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.Date.class,
      description = "Publication date for articles that have none of their own.")
  private @Nullable LocalDate published;

  @Option(
      names = "--lang",
      paramLabel = "id|en",
      converter = Converters.Lang.class,
      description = "Language for articles that have none of their own (default: detected).")
  private @Nullable Language language;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one <id>.json per article into DIR (created if missing).")
  private @Nullable Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: ${DEFAULT-VALUE}, the number of processors).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to read.")
  private List<String> files = List.of();

  private final InputStream stdin;

  ExtractCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Path folder = out;
    if (folder != null) {
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new UserError(folder + ": --out must be a folder, this is a file");
      }
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UserError(
            folder + ": cannot create output folder (" + ArticleReader.reason(e) + ")");
      }
    }
    Run run = new Run(folder);
    ExecutorService pool = Executors.newFixedThreadPool(threads, Run::daemon);
    try {
      ArticleReader reader = new ArticleReader(stdin);
      int window = threads * 4 + 16;
      for (String file : files) {
        reader.read(
            file,
            input -> {
              run.submit(input, pool);
              while (run.pending.size() > window) {
                run.drainOne();
              }
            });
      }
      while (!run.pending.isEmpty()) {
        run.drainOne();
      }
    } finally {
      pool.shutdownNow();
      spec.commandLine().getOut().flush();
    }
    if (folder != null && System.console() != null) {
      spec.commandLine()
          .getErr()
          .printf(Locale.ROOT, "kerangka: wrote %d files to %s%n", run.written.get(), folder);
    }
    if (run.internalErrors > 0) {
      return ExitCodes.INTERNAL_ERROR;
    }
    return run.failures > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  /** The state of one run: work in flight in input order, and what went wrong. */
  private final class Run {
    final Deque<Pending> pending = new ArrayDeque<>();
    final AgreementExtractor extractor = AgreementExtractor.create();
    final Map<String, String> fileNames = new HashMap<>();
    final AtomicInteger written = new AtomicInteger();
    final @Nullable Path folder;
    int failures;
    int internalErrors;

    Run(@Nullable Path folder) {
      this.folder = folder;
    }

    void submit(Input input, ExecutorService pool) {
      if (input instanceof Input.Failed failed) {
        pending.add(new Pending(failed.message(), failed.message(), null));
        return;
      }
      Input.Loaded loaded = (Input.Loaded) input;
      Article article = withDefaults(loaded.article());
      Path target = folder;
      if (target == null) {
        pending.add(new Pending(loaded.origin(), null, pool.submit(() -> extract(article))));
        return;
      }
      String fileName = OutputFiles.fileName(article.id());
      String earlier = fileNames.putIfAbsent(fileName.toLowerCase(Locale.ROOT), loaded.origin());
      if (earlier != null) {
        String problem =
            loaded.origin()
                + ": id '"
                + article.id()
                + "' gives the same output file "
                + fileName
                + " as "
                + earlier
                + "; not written";
        pending.add(new Pending(loaded.origin(), problem, null));
        return;
      }
      pending.add(
          new Pending(
              loaded.origin(), null, pool.submit(() -> extractTo(target, fileName, article))));
    }

    private Article withDefaults(Article article) {
      Article result = article;
      if (result.language() == null && language != null) {
        result = result.withLanguage(language);
      }
      if (result.published() == null && published != null) {
        result = result.withPublished(published);
      }
      return result;
    }

    private Outcome extract(Article article) {
      return new Outcome(ExtractionJson.toJson(extractor.extract(article)), null);
    }

    private Outcome extractTo(Path target, String fileName, Article article) {
      String json = ExtractionJson.toJson(extractor.extract(article));
      try {
        OutputFiles.write(target, fileName, json);
        written.incrementAndGet();
        return new Outcome(null, null);
      } catch (IOException e) {
        return new Outcome(
            null, target.resolve(fileName) + ": cannot write (" + ArticleReader.reason(e) + ")");
      }
    }

    void drainOne() {
      Pending next = pending.poll();
      if (next == null) {
        return;
      }
      PrintWriter err = spec.commandLine().getErr();
      if (next.problem() != null) {
        failures++;
        err.println("kerangka: " + next.problem());
        return;
      }
      Outcome outcome;
      try {
        outcome = next.future().get();
      } catch (ExecutionException e) {
        internalErrors++;
        Throwable cause = e.getCause() == null ? e : e.getCause();
        err.println(
            "kerangka: " + next.origin() + ": internal error: " + ExitCodes.describe(cause));
        if (debug.debug) {
          cause.printStackTrace(err);
        }
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for extraction", e);
      }
      if (outcome.problem() != null) {
        failures++;
        err.println("kerangka: " + outcome.problem());
      } else if (outcome.json() != null) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(outcome.json());
        stdout.print('\n');
      }
    }

    static Thread daemon(Runnable task) {
      Thread thread = new Thread(task, "kerangka-extract");
      thread.setDaemon(true);
      return thread;
    }
  }

  /** One item in input order: a problem already known, or extraction in progress. */
  private record Pending(
      String origin, @Nullable String problem, @Nullable Future<Outcome> future) {}

  /** What a worker produced: a JSON line for standard output, or a write problem. */
  private record Outcome(@Nullable String json, @Nullable String problem) {}
}
