package org.kerangka.extract.internal.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;

class DateFinderFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void findsOnlyWellFormedSpansAndResolvesWithoutThrowing(FuzzedDataProvider data) {
    int from = data.consumeInt(-5, 300);
    int to = data.consumeInt(-5, 300);
    boolean hasPublished = data.consumeBoolean();
    LocalDate published =
        hasPublished ? LocalDate.ofEpochDay(data.consumeLong(-36_500, 73_000)) : null;
    Integer year = data.consumeBoolean() ? data.consumeInt(-10, 10_000) : null;
    String text = data.consumeRemainingAsString();

    List<DateMention> found = DateFinder.find(text, from, to);

    int lo = Math.max(0, Math.min(from, text.length()));
    int hi = Math.max(lo, Math.min(to, text.length()));
    int previousEnd = lo;
    for (DateMention m : found) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.start()).isLessThan(m.end());
      assertThat(m.end()).isLessThanOrEqualTo(hi);
      previousEnd = m.end();
      DateFinder.resolve(m, published, year);
    }
    DateFinder.dominantYear(found);
  }
}
