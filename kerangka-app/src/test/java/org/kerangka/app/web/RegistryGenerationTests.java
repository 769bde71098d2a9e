package org.kerangka.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegistryGenerationTests {
  @Test
  void everyStatementButASelectOrTheLastUseOfATokenCountsAsAWrite() {
    assertThat(RegistryGeneration.writes("select * from agreement")).isFalse();
    assertThat(RegistryGeneration.writes("  SELECT 1")).isFalse();
    assertThat(RegistryGeneration.writes("update api_token set last_used_at = ? where id = ?"))
        .isFalse();
    assertThat(RegistryGeneration.writes("update api_token set revoked_at = ? where id = ?"))
        .isTrue();
    assertThat(RegistryGeneration.writes("insert into agreement (id) values (1)")).isTrue();
    assertThat(RegistryGeneration.writes("with x as (delete from agreement) select 1")).isTrue();
    assertThat(RegistryGeneration.writes("merge into agreement")).isTrue();
    assertThat(RegistryGeneration.writes(null)).isTrue();
  }

  @Test
  void aCachedResultIsGivenOutOnlyInItsGeneration() {
    GenerationCache<String, Integer> cache = new GenerationCache<>(10, v -> 0);
    AtomicInteger reads = new AtomicInteger();
    assertThat(cache.get("a", 1, reads::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get("a", 1, reads::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get("a", 2, reads::incrementAndGet)).isEqualTo(2);
    assertThat(cache.get("a", 2, reads::incrementAndGet)).isEqualTo(2);
    assertThat(cache.get("b", 2, reads::incrementAndGet)).isEqualTo(3);
    for (int i = 0; i < 20; i++) {
      cache.get("k" + i, 2, () -> 0);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(10);
  }

  @Test
  void requestsMissingTheSameKeyAtOnceWaitForOneReading() throws Exception {
    GenerationCache<String, Integer> cache = new GenerationCache<>(10, v -> 0);
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Future<Integer> first =
          pool.submit(
              () ->
                  cache.get(
                      "page",
                      5,
                      () -> {
                        reading.countDown();
                        await(release);
                        return 100 + reads.incrementAndGet();
                      }));
      assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
      List<Future<Integer>> others = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        others.add(pool.submit(() -> cache.get("page", 5, () -> 200 + reads.incrementAndGet())));
      }
      // an older generation is served by the newer reading too; a newer one is not
      Future<Integer> older = pool.submit(() -> cache.get("page", 4, () -> -1));
      Thread.sleep(100); // the others are now waiting (or about to): none may have read
      assertThat(reads.get()).isZero();
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(101);
      for (Future<Integer> other : others) {
        assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(101);
      }
      assertThat(older.get(10, TimeUnit.SECONDS)).isEqualTo(101);
      assertThat(reads.get()).isEqualTo(1);
      assertThat(cache.get("page", 6, () -> 300 + reads.incrementAndGet())).isEqualTo(302);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void whenTheSharedReadingFailsEachWaitingRequestReadsOnItsOwn() throws Exception {
    GenerationCache<String, Integer> cache = new GenerationCache<>(10, v -> 0);
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> failing =
          pool.submit(
              () ->
                  cache.get(
                      "page",
                      1,
                      () -> {
                        reading.countDown();
                        await(release);
                        throw new IllegalStateException("database went away");
                      }));
      assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Integer> waiting = pool.submit(() -> cache.get("page", 1, () -> 7));
      Thread.sleep(100);
      release.countDown();
      assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS))
          .hasRootCauseMessage("database went away");
      assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(7);
      assertThat(cache.get("page", 1, () -> 8)).isEqualTo(7);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
