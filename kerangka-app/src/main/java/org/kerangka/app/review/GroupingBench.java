package org.kerangka.app.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kerangka.app.capture.MinHash;

/**
 * Synthetic candidates for timing the grouping: agreements between organisations of 30 countries,
 * each reported by one to five documents (dates may be a day off, signatories spelled alike),
 * grouped in memory without the database. The stream covers a period that grows with its size (n /
 * 5 days, at least a year): news arrive at a steady rate, so a larger stream is a longer one.
 */
public final class GroupingBench {
  private static final String[] COUNTRIES = {
    "CN", "KR", "JP", "DE", "FR", "US", "GB", "AU", "IN", "SG", "MY", "TH", "VN", "PH", "NL", "IT",
    "ES", "SA", "AE", "QA", "TR", "RU", "BR", "CA", "NZ", "CH", "SE", "NO", "DK", "FI"
  };
  private static final String[] INSTRUMENTS = {"MOU", "AGREEMENT", "LOI"};

  private GroupingBench() {}

  /**
   * One measurement.
   *
   * @param candidates mentions grouped
   * @param groups groups formed
   * @param millis wall time of the grouping
   */
  public record Result(int candidates, int groups, double millis) {}

  /** Groups {@code n} synthetic candidates made from the seed; returns the time it took. */
  public static Result run(int n, long seed) {
    List<Candidate> candidates = synthetic(n, seed);
    long start = System.nanoTime();
    List<List<Candidate>> groups = Grouper.group(candidates);
    double millis = (System.nanoTime() - start) / 1e6;
    return new Result(n, groups.size(), millis);
  }

  static List<Candidate> synthetic(int n, long seed) {
    Random random = new Random(seed);
    List<Candidate> candidates = new ArrayList<>(n);
    long epoch = LocalDate.of(2020, 1, 1).toEpochDay();
    long mention = 0;
    long document = 0;
    int organisations = Math.max(50, n / 4);
    while (candidates.size() < n) {
      String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
      String instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
      long day = epoch + random.nextInt(Math.max(365, n / 5));
      int a = random.nextInt(organisations);
      int b = random.nextInt(organisations);
      String signerA = "signer " + random.nextInt(organisations);
      String signerB = "signer " + random.nextInt(organisations);
      String place = "city" + random.nextInt(200);
      long[] text = MinHash.signature("press release " + a + " " + b + " " + day + " " + place);
      int reports = 1 + random.nextInt(5);
      for (int r = 0; r < reports && candidates.size() < n; r++) {
        boolean copy = random.nextInt(3) == 0;
        candidates.add(
            new Candidate(
                mention++,
                document++,
                "SIGNED|" + instrument + "|ID " + country,
                day + (random.nextInt(10) == 0 ? 1 : 0),
                List.of(Set.of("org " + a, "o" + a), Set.of("org " + b + " " + country)),
                Set.copyOf(List.of(signerA, signerB)),
                Set.of(place),
                Set.of("area" + random.nextInt(30)),
                null,
                copy ? text : MinHash.signature("rewrite " + r + " of " + a + " " + b)));
      }
    }
    return candidates;
  }
}
