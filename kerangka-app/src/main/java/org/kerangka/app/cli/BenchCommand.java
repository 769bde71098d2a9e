package org.kerangka.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kerangka.extract.AgreementExtractor;
import org.kerangka.extract.AgreementRecord;
import org.kerangka.extract.Article;
import org.kerangka.extract.ExtractionResult;
import org.kerangka.extract.Party;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kerangka bench}: extraction throughput on the IndoSum folds, next to a bare Aho–Corasick
 * scan of the same texts. A measurement to read, not a test: it never fails on slowness.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures extraction throughput (articles/s, MB/s of UTF-8 text) on the IndoSum folds,"
          + " and a bare Aho-Corasick scan for signing cue words over the same texts for"
          + " comparison.",
      "Also counts the agreements found (almost all are false alarms in general news: review"
          + " them with --list). Results go to standard output, progress to standard error."
    })
final class BenchCommand implements Callable<Integer> {

  /** Keeps the JIT from dropping work whose result is otherwise unused. */
  private static volatile long sink;

  @Spec private CommandSpec spec;

  @Mixin private DebugOption debug;

  @Option(
      names = "--threads",
      split = ",",
      arity = "1..*",
      paramLabel = "N",
      defaultValue = "1,2",
      description = "Thread counts to measure, e.g. --threads 1,2,4 (default: ${DEFAULT-VALUE}).")
  private List<Integer> threadCounts = new ArrayList<>();

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "10",
      description = "Seconds per measurement (default: ${DEFAULT-VALUE}).")
  private double seconds;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      defaultValue = "3",
      description =
          "Seconds of warm-up for extraction and for the scan (default: ${DEFAULT-VALUE}).")
  private double warmupSeconds;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Folder of IndoSum .jsonl folds (default: ../shared/corpus/indosum/ beside the project"
              + " root).")
  private @Nullable Path corpus;

  @Option(
      names = "--list",
      description = "Print each article id with the parties of every agreement found.")
  private boolean list;

  @Option(
      names = "--scaling",
      description =
          "Also time single inputs of 1, 2, 5 and 10 MB (general news, and the seed article"
              + " repeated) to show that time grows linearly with input size.")
  private boolean scaling;

  @Override
  public Integer call() throws InterruptedException {
    if (seconds <= 0 || warmupSeconds < 0) {
      throw new ParameterException(
          spec.commandLine(), "--seconds must be positive and --warmup not negative");
    }
    for (int n : threadCounts) {
      if (n < 1) {
        throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter progress = spec.commandLine().getErr();
    Path folder = corpus != null ? corpus : ProjectHome.find().resolve("../shared/corpus/indosum");
    Corpus texts = Corpus.load(folder.normalize(), progress);

    Runtime runtime = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "Kerangka extraction benchmark%n"
            + "java %s (%s), %d cores, max heap %d MB%n"
            + "corpus %s: %d articles, %.2f MB (%d duplicate ids dropped, %d bad lines"
            + " skipped)%n",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024),
        folder.normalize(),
        texts.articles.size(),
        texts.totalBytes / 1e6,
        texts.duplicates,
        texts.badLines);
    out.flush();

    AgreementExtractor extractor = AgreementExtractor.create();
    CueScanner scanner = new CueScanner();
    findings(extractor, scanner, texts, out);

    int warmThreads = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
    progress.printf(
        Locale.ROOT, "warming up (%.0f s + %.0f s) ...%n", warmupSeconds, warmupSeconds);
    measure(texts, warmThreads, warmupSeconds, a -> extractor.extract(a).agreements().size());
    measure(texts, warmThreads, warmupSeconds, a -> scanner.count(a.text()));

    out.printf(
        Locale.ROOT,
        "%n%-8s %14s %9s %14s %9s %16s%n",
        "threads",
        "extract art/s",
        "MB/s",
        "scan art/s",
        "MB/s",
        "extraction/scan");
    for (int threads : threadCounts) {
      progress.printf(Locale.ROOT, "measuring %d thread(s), %.0f s each ...%n", threads, seconds);
      Rate extraction =
          measure(texts, threads, seconds, a -> extractor.extract(a).agreements().size());
      Rate scan = measure(texts, threads, seconds, a -> scanner.count(a.text()));
      out.printf(
          Locale.ROOT,
          "%-8d %14.1f %9.2f %14.1f %9.2f %16.3f%n",
          threads,
          extraction.articlesPerSecond(),
          extraction.megabytesPerSecond(),
          scan.articlesPerSecond(),
          scan.megabytesPerSecond(),
          extraction.articlesPerSecond() / scan.articlesPerSecond());
      out.flush();
    }
    if (scaling) {
      scaling(extractor, texts, out, progress);
    }
    out.printf(
        Locale.ROOT,
        "%nMB = 10^6 bytes of UTF-8 text. extraction/scan = extraction throughput divided by"
            + " the throughput of the bare cue-word scan (which includes lower-casing);"
            + " target >= 0.3.%n");
    return ExitCodes.OK;
  }

  /** One long input per size and kind; best of three runs after one warm-up run. */
  private static void scaling(
      AgreementExtractor extractor, Corpus texts, PrintWriter out, PrintWriter progress) {
    StringBuilder news = new StringBuilder();
    for (Article a : texts.articles) {
      news.append(a.text()).append("\n\n");
    }
    String seed = seedText();
    out.printf(Locale.ROOT, "%n%-12s %8s %12s %12s%n", "input", "MB", "ms", "ms per MB");
    for (int mb : new int[] {1, 2, 5, 10}) {
      for (String kind : new String[] {"news", "seed x N"}) {
        String source = kind.equals("news") ? news.toString() : seed;
        StringBuilder b = new StringBuilder(mb * 1_000_000 + source.length());
        while (b.length() < mb * 1_000_000) {
          b.append(source).append("\n\n");
        }
        b.setLength(mb * 1_000_000);
        Article article = Article.of("scaling", b.toString());
        progress.printf(Locale.ROOT, "timing %s, %d MB ...%n", kind, mb);
        sink += extractor.extract(article).agreements().size();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
          long t0 = System.nanoTime();
          sink += extractor.extract(article).agreements().size();
          best = Math.min(best, System.nanoTime() - t0);
        }
        out.printf(Locale.ROOT, "%-12s %8d %12.1f %12.1f%n", kind, mb, best / 1e6, best / 1e6 / mb);
        out.flush();
      }
    }
  }

  private static String seedText() {
    try (InputStream in = BenchCommand.class.getResourceAsStream("/bench/seed.txt")) {
      if (in == null) {
        throw new IllegalStateException("bench/seed.txt is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bench/seed.txt", e);
    }
  }

  private void findings(
      AgreementExtractor extractor, CueScanner scanner, Corpus texts, PrintWriter out) {
    int agreements = 0;
    int articlesWithAgreements = 0;
    int articlesWithCues = 0;
    List<String> listing = new ArrayList<>();
    for (Article article : texts.articles) {
      ExtractionResult result = extractor.extract(article);
      if (scanner.count(article.text()) > 0) {
        articlesWithCues++;
      }
      if (result.agreements().isEmpty()) {
        continue;
      }
      agreements += result.agreements().size();
      articlesWithAgreements++;
      for (AgreementRecord agreement : result.agreements()) {
        listing.add(
            article.id()
                + "\t"
                + agreement.instrument()
                + "\t"
                + agreement.parties().stream().map(Party::name).collect(Collectors.joining(" | ")));
      }
    }
    out.printf(
        Locale.ROOT,
        "agreements found: %d in %d of %d articles (cue words in %d articles)%n",
        agreements,
        articlesWithAgreements,
        texts.articles.size(),
        articlesWithCues);
    if (list) {
      out.println("id\tinstrument\tparties");
      listing.forEach(out::println);
    }
    out.flush();
  }

  /**
   * Runs {@code work} over the articles on {@code threads} threads for {@code seconds}, each thread
   * starting at a different article and cycling through all of them.
   */
  private static Rate measure(
      Corpus texts, int threads, double seconds, ToIntFunction<Article> work)
      throws InterruptedException {
    if (seconds <= 0) {
      return new Rate(0, 0, 1);
    }
    List<Article> articles = texts.articles;
    int[] bytes = texts.bytes;
    long duration = (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<long[]>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = (int) ((long) t * articles.size() / threads);
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  long began = System.nanoTime();
                  long deadline = began + duration;
                  long count = 0;
                  long byteCount = 0;
                  long checksum = 0;
                  int i = first;
                  long now;
                  do {
                    checksum += work.applyAsInt(articles.get(i));
                    byteCount += bytes[i];
                    count++;
                    i = i + 1 == articles.size() ? 0 : i + 1;
                    now = System.nanoTime();
                  } while (now < deadline);
                  sink += checksum;
                  return new long[] {count, byteCount, now - began};
                }));
      }
      start.countDown();
      long count = 0;
      long byteCount = 0;
      long elapsed = 1;
      for (Future<long[]> worker : workers) {
        long[] r = worker.get();
        count += r[0];
        byteCount += r[1];
        elapsed = Math.max(elapsed, r[2]);
      }
      return new Rate(count, byteCount, elapsed);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private record Rate(long articles, long bytes, long nanos) {
    double articlesPerSecond() {
      return articles / (nanos / 1e9);
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / (nanos / 1e9);
    }
  }

  /** The IndoSum articles, deduplicated by id, with their UTF-8 sizes. */
  private static final class Corpus {
    final List<Article> articles;
    final int[] bytes;
    final long totalBytes;
    final int duplicates;
    final int badLines;

    private Corpus(List<Article> articles, int duplicates, int badLines) {
      this.articles = articles;
      this.bytes = new int[articles.size()];
      long total = 0;
      for (int i = 0; i < articles.size(); i++) {
        bytes[i] = articles.get(i).text().getBytes(StandardCharsets.UTF_8).length;
        total += bytes[i];
      }
      this.totalBytes = total;
      this.duplicates = duplicates;
      this.badLines = badLines;
    }

    static Corpus load(Path folder, PrintWriter progress) {
      if (!Files.isDirectory(folder)) {
        throw new UserError(folder + ": no such folder (give the IndoSum folds with --corpus DIR)");
      }
      List<Path> files;
      try (Stream<Path> entries = Files.list(folder)) {
        files =
            entries.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
      } catch (IOException e) {
        throw new UserError(folder + ": cannot read folder (" + ArticleReader.reason(e) + ")");
      }
      if (files.isEmpty()) {
        throw new UserError(folder + ": no .jsonl files in this folder");
      }
      Map<String, Article> byId = new LinkedHashMap<>();
      int[] duplicates = {0};
      int[] badLines = {0};
      ArticleReader reader = new ArticleReader(InputStream.nullInputStream());
      for (Path file : files) {
        reader.read(
            file.toString(),
            input -> {
              if (input instanceof Input.Loaded loaded) {
                if (byId.putIfAbsent(loaded.article().id(), loaded.article()) != null) {
                  duplicates[0]++;
                }
              } else {
                badLines[0]++;
                if (badLines[0] <= 3) {
                  progress.println("kerangka: " + ((Input.Failed) input).message() + " (skipped)");
                }
              }
            });
      }
      if (byId.isEmpty()) {
        throw new UserError(folder + ": no articles could be read");
      }
      return new Corpus(List.copyOf(byId.values()), duplicates[0], badLines[0]);
    }
  }
}
