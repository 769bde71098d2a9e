package org.kerangka.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.KerangkaApplication;
import org.kerangka.app.audit.AuditActor;
import org.kerangka.app.capture.CaptureService;
import org.kerangka.app.capture.DocumentFormats;
import org.kerangka.app.capture.IncomingDocument;
import org.kerangka.app.capture.IngestOutcome;
import org.kerangka.app.capture.UnreadableDocumentException;
import org.kerangka.app.review.GroupingSummary;
import org.kerangka.app.review.ReviewService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code kerangka ingest PATH...}: stores news documents in the registry database, each once, with
 * the agreements found in them, then groups the agreements for review.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads news documents into the registry database: .txt (with NAME.meta.json beside it),"
          + " .jsonl (one article a line, IndoSum too), .html/.htm, .warc and .warc.gz (HTML"
          + " responses). Folders are read recursively.",
      "Each document is stored once (canonical URL and content hash): ingesting again adds"
          + " nothing. Agreements are extracted on worker threads, stored with the document in"
          + " one transaction per batch, and grouped into candidates for the review queue.",
      "Shows a progress bar on a terminal, log lines otherwise, then a summary on standard"
          + " output. Exit code 0 when every file was read, 2 when any file (or line) failed:"
          + " the others are stored all the same; 1 on an internal error.",
      "Other arguments (e.g. --spring.datasource.url=...) are passed to Spring Boot."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
  private List<String> paths = new ArrayList<>();

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      defaultValue = "67108864",
      description = "Largest file accepted (default: ${DEFAULT-VALUE}, 64 MB).")
  private long maxSize;

  @Option(
      names = "--max-expanded",
      paramLabel = "BYTES",
      defaultValue = "536870912",
      description =
          "Most bytes a .warc.gz may expand to (default: ${DEFAULT-VALUE}, 512 MB): a"
              + " decompression bomb is refused.")
  private long maxExpanded;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "500",
      description = "Documents stored per transaction (default: ${DEFAULT-VALUE}).")
  private int batchSize;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "GLOB",
      defaultValue = "gold.jsonl",
      description =
          "File names to leave out when reading folders (default: ${DEFAULT-VALUE}, the"
              + " annotation files of the corpora).")
  private List<String> excludes = new ArrayList<>();

  @Unmatched private List<String> springArguments = new ArrayList<>();

  private final InputStream stdin;

  IngestCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** A file to read, with an estimate of its documents for the progress bar. */
  record Work(Path path, long documents) {}

  @Override
  public Integer call() throws IOException {
    if (maxSize <= 0 || maxExpanded <= 0 || batchSize <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--max-size, --max-expanded and --batch must be positive");
    }
    for (String argument : springArguments) {
      if (!argument.startsWith("--")) {
        throw new ParameterException(spec.commandLine(), "unknown argument '" + argument + "'");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> failures = new ArrayList<>();
    DocumentFormats.Limits limits = new DocumentFormats.Limits(maxSize, maxExpanded);
    try {
      // documents and decisions are recorded in the audit trail for cli:<os user>
      return AuditActor.as(
          AuditActor.cli(),
          () -> {
            try {
              return ingest(limits, failures, out, err);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private int ingest(
      DocumentFormats.Limits limits, List<String> failures, PrintWriter out, PrintWriter err)
      throws IOException {
    try (ConfigurableApplicationContext context = start()) {
      // Start-up (JVM, Spring Boot, migrations) ends here; the ingestion phase is everything
      // after: finding and reading the files, extracting, storing and the final grouping.
      ProcessClock ready = ProcessClock.now();
      CaptureService capture = context.getBean(CaptureService.class);
      ReviewService review = context.getBean(ReviewService.class);
      List<Work> work = new ArrayList<>();
      for (String argument : paths) {
        collect(argument, work, failures);
      }
      long total = work.stream().mapToLong(Work::documents).sum();
      Counts counts = new Counts();
      try (Progress progress = Progress.open(total, err)) {
        pipeline(capture, work, limits, failures, counts, progress);
      }
      // Grouping once at the end, over all mentions (n log n), never per batch.
      GroupingSummary groups = review.regroup();
      ProcessClock end = ProcessClock.now();
      summary(out, counts, failures, groups, ready, end.since(ready), end);
      for (String failure : failures) {
        err.println("kerangka: " + failure);
      }
    }
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private static final class Counts {
    long read;
    long stored;
    long known;
    long agreements;
  }

  /** What the reading thread hands to the storing one: a batch, the end, or its own failure. */
  private sealed interface Handover {
    record Next(CaptureService.Batch batch) implements Handover {}

    record End() implements Handover {}

    record Failed(RuntimeException error) implements Handover {}
  }

  /**
   * Reads, extracts and stores as a pipeline: a reading thread reads the files in order, cuts the
   * documents into batches and starts their extraction on the worker threads ({@link
   * CaptureService#extract}); this thread stores the batches in the same order ({@link
   * CaptureService#store}, one transaction each). At most two batches wait between the two, so the
   * next files are read and extracted while the previous batch is written. A file that cannot be
   * read gives its failure and no document, the others go on; any other error stops both threads.
   */
  private void pipeline(
      CaptureService capture,
      List<Work> work,
      DocumentFormats.Limits limits,
      List<String> failures,
      Counts counts,
      Progress progress) {
    BlockingQueue<Handover> queue = new ArrayBlockingQueue<>(2);
    List<String> readFailures = Collections.synchronizedList(new ArrayList<>());
    AtomicLong read = new AtomicLong();
    // Set when this thread gives up (an error while storing): the reading thread then stops at
    // its next file or hand-over. It is never interrupted: an interrupt during the H2 query that
    // recognises known documents could close the database file under the other connections.
    AtomicBoolean stopped = new AtomicBoolean();
    Thread reader =
        new Thread(
            () -> {
              Handover last = new Handover.End();
              try {
                List<IncomingDocument> pending = new ArrayList<>();
                for (Work item : work) {
                  if (stopped.get()) {
                    return;
                  }
                  List<IncomingDocument> documents = read(item.path(), limits, readFailures);
                  read.addAndGet(documents.size());
                  pending.addAll(documents);
                  if (pending.size() >= batchSize) {
                    if (!handOver(queue, capture.extract(List.copyOf(pending)), stopped)) {
                      return;
                    }
                    pending.clear();
                  }
                  progress.step(documents.isEmpty() ? item.documents() : documents.size());
                }
                if (!pending.isEmpty()
                    && !handOver(queue, capture.extract(List.copyOf(pending)), stopped)) {
                  return;
                }
              } catch (RuntimeException e) {
                last = new Handover.Failed(e);
              } catch (Error e) {
                last = new Handover.Failed(new IllegalStateException("reading failed: " + e, e));
              }
              try {
                while (!stopped.get() && !queue.offer(last, 100, TimeUnit.MILLISECONDS)) {
                  // the storing thread is still busy with the batches before
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "kerangka-ingest-read");
    reader.setDaemon(true);
    reader.start();
    boolean finished = false;
    try {
      while (true) {
        Handover next = queue.take();
        if (next instanceof Handover.Next n) {
          IngestOutcome outcome = capture.store(n.batch());
          counts.stored += outcome.stored();
          counts.known += outcome.known();
          counts.agreements += outcome.agreements();
        } else if (next instanceof Handover.Failed f) {
          throw f.error();
        } else {
          break;
        }
      }
      reader.join();
      finished = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while ingesting", e);
    } finally {
      if (!finished) {
        stopped.set(true);
        for (Handover left : queue) {
          if (left instanceof Handover.Next n) {
            n.batch().cancel();
          }
        }
      }
    }
    counts.read = read.get();
    failures.addAll(readFailures);
  }

  /**
   * Puts the batch in the queue, waiting while it is full; false (and the batch's extraction
   * stopped) when the storing thread has given up.
   */
  private static boolean handOver(
      BlockingQueue<Handover> queue, CaptureService.Batch batch, AtomicBoolean stopped) {
    try {
      while (!stopped.get()) {
        if (queue.offer(new Handover.Next(batch), 100, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    batch.cancel();
    return false;
  }

  private ConfigurableApplicationContext start() {
    SpringApplication application = new SpringApplication(KerangkaApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setLogStartupInfo(false);
    List<String> arguments = new ArrayList<>(springArguments);
    arguments.add("--spring.main.banner-mode=off");
    arguments.add("--logging.level.root=WARN");
    return application.run(arguments.toArray(String[]::new));
  }

  /** The document files an argument names: the file, or a folder's files recursively, sorted. */
  private void collect(String argument, List<Work> work, List<String> failures) throws IOException {
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      List<Path> files;
      List<java.nio.file.PathMatcher> excluded =
          excludes.stream()
              .map(glob -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob))
              .toList();
      try (Stream<Path> walk = Files.walk(path)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(p -> DocumentFormats.isDocumentFile(p.getFileName().toString()))
                .filter(p -> excluded.stream().noneMatch(m -> m.matches(p.getFileName())))
                .sorted()
                .toList();
      }
      if (files.isEmpty()) {
        failures.add(argument + ": no document files in this folder");
      }
      for (Path file : files) {
        work.add(new Work(file, estimate(file)));
      }
    } else if (!Files.exists(path)) {
      failures.add(argument + ": no such file");
    } else {
      work.add(new Work(path, estimate(path)));
    }
  }

  private long estimate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".jsonl")) {
      return 1;
    }
    try {
      if (Files.size(file) > maxSize) {
        return 1;
      }
      byte[] bytes = Files.readAllBytes(file);
      long lines = 0;
      for (byte b : bytes) {
        if (b == '\n') {
          lines++;
        }
      }
      return Math.max(1, lines);
    } catch (IOException e) {
      return 1;
    }
  }

  /** The documents of one file; problems are added to {@code failures} and give no document. */
  private List<IncomingDocument> read(
      Path file, DocumentFormats.Limits limits, List<String> failures) {
    String display = file.toString();
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (Files.size(file) > limits.maxFileBytes()) {
        failures.add(
            display + ": file larger than the limit of " + limits.maxFileBytes() + " bytes");
        return List.of();
      }
      if (DocumentFormats.handles(lower)) {
        String stem = name.replaceFirst("(?i)\\.(html?|warc(\\.gz)?)$", "");
        try (InputStream in = Files.newInputStream(file)) {
          return DocumentFormats.read(lower, stem, display, in, limits);
        }
      }
      if (lower.endsWith(".jsonl")) {
        return jsonLines(file, display, failures);
      }
      return text(file, display, failures);
    } catch (UnreadableDocumentException e) {
      failures.add(display + ": " + e.getMessage());
    } catch (IOException e) {
      failures.add(display + ": cannot read (" + ArticleReader.reason(e) + ")");
    }
    return List.of();
  }

  private List<IncomingDocument> text(Path file, String display, List<String> failures)
      throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8192);
    }
    for (byte b : head) {
      if (b == 0) {
        failures.add(display + ": binary file, not text");
        return List.of();
      }
    }
    List<Input> inputs = new ArrayList<>();
    new ArticleReader(stdin).read(display, inputs::add);
    List<IncomingDocument> documents = new ArrayList<>();
    for (Input input : inputs) {
      if (input instanceof Input.Failed failed) {
        failures.add(failed.message());
      } else if (input instanceof Input.Loaded loaded) {
        JsonArticles.Provenance provenance = metaProvenance(file, display, failures);
        if (provenance == null) {
          return List.of();
        }
        documents.add(
            new IncomingDocument(
                loaded.origin(), loaded.article(), provenance.url(), provenance.outlet()));
      }
    }
    return documents;
  }

  private static JsonArticles.@Nullable Provenance metaProvenance(
      Path file, String display, List<String> failures) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path meta = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".meta.json");
    if (!Files.exists(meta)) {
      return new JsonArticles.Provenance(null, null);
    }
    try {
      return JsonArticles.provenance(Utf8.decode(Files.readAllBytes(meta)));
    } catch (UserError e) {
      failures.add(meta + ": " + e.getMessage());
    } catch (IOException e) {
      failures.add(meta + ": cannot read (" + ArticleReader.reason(e) + ")");
    }
    return null;
  }

  private static List<IncomingDocument> jsonLines(Path file, String display, List<String> failures)
      throws IOException {
    String text;
    try {
      text = Utf8.decode(Files.readAllBytes(file));
    } catch (UserError e) {
      failures.add(display + ": " + e.getMessage());
      return List.of();
    }
    if (text.indexOf('\0') >= 0) {
      failures.add(display + ": binary file, not text");
      return List.of();
    }
    List<IncomingDocument> documents = new ArrayList<>();
    int lineNumber = 0;
    int bad = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String origin = display + ":" + lineNumber;
      try {
        JsonArticles.Located located = JsonArticles.locatedFromLine(line);
        documents.add(
            new IncomingDocument(
                origin,
                located.article(),
                located.provenance().url(),
                located.provenance().outlet()));
      } catch (UserError e) {
        bad++;
        if (bad <= ArticleReader.MAX_BAD_LINES_SHOWN) {
          failures.add(origin + ": " + e.getMessage());
        }
      }
    }
    if (bad > ArticleReader.MAX_BAD_LINES_SHOWN) {
      failures.add(
          display
              + ": "
              + (bad - ArticleReader.MAX_BAD_LINES_SHOWN)
              + " more bad lines not shown ("
              + bad
              + " in all)");
    }
    if (documents.isEmpty() && bad == 0) {
      failures.add(display + ": empty file");
    }
    return documents;
  }

  private static void summary(
      PrintWriter out,
      Counts counts,
      List<String> failures,
      GroupingSummary groups,
      ProcessClock startUp,
      ProcessClock ingestion,
      ProcessClock whole) {
    out.printf(Locale.ROOT, "read                 %8d documents%n", counts.read);
    out.printf(Locale.ROOT, "stored               %8d%n", counts.stored);
    out.printf(
        Locale.ROOT,
        "skipped, known       %8d (stored before: same URL or same text)%n",
        counts.known);
    out.printf(
        Locale.ROOT,
        "failed               %8d (files or lines; reasons on standard error)%n",
        failures.size());
    out.printf(
        Locale.ROOT, "agreements found     %8d (in the documents stored now)%n", counts.agreements);
    out.printf(
        Locale.ROOT,
        "candidate groups     %8d open: %d new, %d matching a registry record%n",
        groups.openGroups(),
        groups.newAgreements(),
        groups.matchingRegistry());
    out.printf(
        Locale.ROOT,
        "attached             %8d new reports of accepted agreements; %d of rejected ones%n",
        groups.attached(),
        groups.joinedRejected());
    time(out, "start-up", startUp, -1, "JVM, Spring Boot, database migrations");
    time(out, "ingestion", ingestion, counts.read, "read, extract, store, group");
    time(out, "whole run", whole, counts.read, "since the JVM started");
    out.printf(
        Locale.ROOT,
        "machine              %8d cores, load average %.2f when ingestion started, %.2f at"
            + " the end%n",
        Runtime.getRuntime().availableProcessors(),
        startUp.loadAverage(),
        whole.loadAverage());
    out.flush();
  }

  /** One timing line: wall time and rate, CPU time and rate, and the JIT and GC share of it. */
  private static void time(
      PrintWriter out, String label, ProcessClock clock, long documents, String what) {
    double seconds = clock.seconds();
    double cpu = clock.cpuSeconds();
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "%-20s %8.2f s", label, seconds));
    if (documents >= 0) {
      line.append(
          String.format(
              Locale.ROOT, " (%.0f documents/s)", seconds > 0 ? documents / seconds : 0.0));
    }
    if (cpu > 0) {
      line.append(String.format(Locale.ROOT, ", cpu %.2f s", cpu));
      if (documents >= 0) {
        line.append(
            String.format(Locale.ROOT, " (%.0f documents per CPU second)", documents / cpu));
      }
      if (clock.jitNanos() > 0 || clock.gcNanos() > 0) {
        line.append(
            String.format(
                Locale.ROOT,
                " of which JIT compiler %.2f s, GC %.2f s",
                clock.jitNanos() / 1e9,
                clock.gcNanos() / 1e9));
      }
    }
    line.append(": ").append(what);
    out.println(line);
  }

  /** A progress bar on a terminal; log lines every few seconds otherwise. */
  private interface Progress extends AutoCloseable {
    void step(long n);

    @Override
    void close();

    static Progress open(long total, PrintWriter err) {
      if (System.console() != null) {
        ProgressBar bar =
            new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .build();
        return new Progress() {
          @Override
          public void step(long n) {
            bar.stepBy(n);
          }

          @Override
          public void close() {
            bar.close();
          }
        };
      }
      long started = System.nanoTime();
      return new Progress() {
        private long done;
        private long lastLog = started;

        @Override
        public void step(long n) {
          done += n;
          long now = System.nanoTime();
          if (now - lastLog >= Duration.ofSeconds(2).toNanos()) {
            lastLog = now;
            double seconds = (now - started) / 1e9;
            double rate = done / seconds;
            long eta = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : -1;
            err.printf(
                Locale.ROOT,
                "ingest: %d of about %d documents, %.0f docs/s, ETA %d s%n",
                done,
                total,
                rate,
                eta);
            err.flush();
          }
        }

        @Override
        public void close() {
          double seconds = (System.nanoTime() - started) / 1e9;
          err.printf(Locale.ROOT, "ingest: %d documents read in %.1f s%n", done, seconds);
          err.flush();
        }
      };
    }
  }
}
