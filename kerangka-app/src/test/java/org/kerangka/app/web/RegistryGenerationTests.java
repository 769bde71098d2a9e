package org.kerangka.app.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
