package org.kerangka.extract.internal.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.util.List;

class MoneyFinderFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void findsOnlyWellFormedSpansWithPositiveOrZeroAmounts(FuzzedDataProvider data) {
    int from = data.consumeInt(-5, 300);
    int to = data.consumeInt(-5, 300);
    String text = data.consumeRemainingAsString();

    List<MoneyMention> found = MoneyFinder.find(text, from, to);

    int lo = Math.max(0, Math.min(from, text.length()));
    int hi = Math.max(lo, Math.min(to, text.length()));
    int previousEnd = lo;
    for (MoneyMention m : found) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(m.start()).isLessThan(m.end());
      assertThat(m.end()).isLessThanOrEqualTo(hi);
      assertThat(m.amount().signum()).isNotNegative();
      assertThat(m.amount().scale()).isNotNegative();
      assertThat(m.amount().toPlainString()).doesNotContain("E");
      assertThat(m.currency()).hasSize(3);
      assertThat(m.amount()).isLessThan(BigDecimal.TEN.pow(60));
      previousEnd = m.end();
    }
  }
}
